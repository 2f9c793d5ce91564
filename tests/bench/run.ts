// npm run bench [-- --runs N] [-- --only TEXT]: the speed and size budgets of the README
// ("Speed and size"), measured on this machine and printed as markdown. Not a test: nothing here
// fails a build; each budget is printed as met or missed.
// `npm run bench` builds first: the production build (sizes) and the bench build (phase timings,
// `wxt build --mode bench`), which differ only by the performance marks.
import os from 'node:os';
import { scriptSizes } from './bundle-size';
import { measureCli } from './cli-speed';
import { LATER_WINDOW_MS, measurePages, type PageRuns } from './in-browser';
import { corpusPages, generatedPages } from './pages';
import { ms, summarize, table, type Summary } from './stats';

const BUDGET = { auditMs: 20, auditPerFloor: 3, otherPageMs: 1, contentGzipKb: 60, cliPagesPerSecond: 20 };

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const runs = Number(option('runs') ?? 20);
const only = option('only');
const log = (line: string) => process.stderr.write(`${line}\n`);
const met = (ok: boolean) => (ok ? 'met' : '**missed**');

const phase = (p: PageRuns, name: string): Summary => summarize(p.runs.map((r) => r.phases[name]).filter((x): x is number => x !== undefined));
/** Extraction, rules and the overlay's mount of one load: the full audit. */
const auditOf = (p: PageRuns) => summarize(p.runs.filter((r) => r.phases.mount !== undefined).map((r) => (r.phases.extract ?? 0) + (r.phases.rules ?? 0) + r.phases.mount!));

async function main(): Promise<void> {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`# npm run bench — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, ${runs} runs a page\n`);

  const sizes = scriptSizes();
  console.log(table(['script (production build)', 'minified', 'gzip -9'], sizes.map((s) => [s.file, `${(s.bytes / 1024).toFixed(1)} KB`, `${(s.gzip / 1024).toFixed(1)} KB`])));
  const content = sizes.find((s) => s.file === 'page-check.js')!;
  const engine = sizes.find((s) => s.file === 'engine.js')!;
  console.log(`\nContent script gzipped: ${(content.gzip / 1024).toFixed(1)} KB on every government page, and the engine injected into report pages ${(engine.gzip / 1024).toFixed(1)} KB; budget ${BUDGET.contentGzipKb} KB each: ${met(content.gzip / 1024 < BUDGET.contentGzipKb)} / ${met(engine.gzip / 1024 < BUDGET.contentGzipKb)}\n`);

  const pages = [...corpusPages(), ...generatedPages()].filter((p) => !only || p.name.includes(only));
  if (corpusPages().length === 0) log('corpus pages skipped: ../shared/corpus is absent');
  log(`measuring ${pages.length} pages in Chromium, ${runs} loads each…`);
  const measured = await measurePages(pages, runs, log);

  const reports = measured.filter((p) => p.page.report);
  console.log('\n## Report pages (ms: median (10th–90th percentile))\n');
  console.log(table(
    ['page', 'cells', 'floor', 'quick check', 'engine load', 'extract', 'rules', 'mount', 'full audit', 'audit ÷ floor', 'start → marks'],
    reports.map((p) => {
      const floor = summarize(p.runs.map((r) => r.floor));
      const audit = auditOf(p);
      return [p.page.name, String(p.runs[0]?.cells ?? 0), ms(floor), ms(phase(p, 'quick-check')), ms(phase(p, 'load')), ms(phase(p, 'extract')),
        ms(phase(p, 'rules')), ms(phase(p, 'mount')), ms(audit), `${(audit.median / floor.median).toFixed(1)}×`,
        ms(summarize(p.runs.flatMap((r) => (r.toMarks === undefined ? [] : [r.toMarks]))))];
    }),
  ));
  const others = measured.filter((p) => !p.page.report);
  console.log('\n## Pages that are not reports (ms: median (10th–90th percentile))\n');
  console.log(table(
    ['page', 'cells', 'quick check', 'extension start (quick check included)', `watch, first ${LATER_WINDOW_MS / 1000} s after start`,
      'all script on the page (on load)', 'with a content script that reads the title instead', 'with an empty content script instead', 'the page’s own script (no content script)'],
    others.map((p) => [p.page.name, String(p.runs[0]?.cells ?? 0), ms(phase(p, 'quick-check')), ms(phase(p, 'start')), ms(summarize(p.runs.map((r) => r.later))),
      ms(summarize(p.script)), ms(summarize(p.readerScript)), ms(summarize(p.emptyScript)), ms(summarize(p.baseline))]),
  ));

  console.log('\n## Budgets\n');
  const typical = reports.filter((p) => p.page.typical);
  const rows = typical.map((p) => {
    const audit = auditOf(p);
    const floor = summarize(p.runs.map((r) => r.floor)).median;
    return [`full audit, ${p.page.name}`, `${audit.median.toFixed(2)} ms = ${(audit.median / floor).toFixed(1)}× floor`, `< ${BUDGET.auditMs} ms and ≤ ${BUDGET.auditPerFloor}× floor`,
      `${met(audit.median < BUDGET.auditMs)} / ${met(audit.median <= BUDGET.auditPerFloor * floor)}`];
  });
  // The extension's work on a page that is not a report, timed inside: its start and the watch's
  // reactions in the first seconds. Measured from outside, the script time on load over a content
  // script that only reads the page's title, and over an empty one (the README's note: the browser
  // sets up the script world, and the page's objects in it, for any content script).
  for (const p of others) {
    const work = summarize(p.runs.map((r) => (r.phases.start ?? 0) + r.later)).median;
    const script = summarize(p.script).median;
    const overReader = script - summarize(p.readerScript).median;
    const overEmpty = script - summarize(p.emptyScript).median;
    rows.push([`not a report, ${p.page.name}`,
      `start + watch ${work.toFixed(3)} ms; on load over a title-reading script ≈ ${overReader.toFixed(2)} ms, over an empty one ≈ ${overEmpty.toFixed(2)} ms`,
      `< ${BUDGET.otherPageMs} ms`, `${met(work < BUDGET.otherPageMs)} / ${met(overReader < BUDGET.otherPageMs)} / ${met(overEmpty < BUDGET.otherPageMs)}`]);
  }
  rows.push(['content script gzip (every page; the engine, report pages only)', `${(content.gzip / 1024).toFixed(1)} KB; ${(engine.gzip / 1024).toFixed(1)} KB`,
    `< ${BUDGET.contentGzipKb} KB`, `${met(content.gzip / 1024 < BUDGET.contentGzipKb)} / ${met(engine.gzip / 1024 < BUDGET.contentGzipKb)}`]);

  log('timing the CLI on the corpus…');
  const cli = only ? null : measureCli();
  if (cli) {
    const perSecond = cli.pages / (cli.total.median / 1000);
    const afterStart = cli.pages / ((cli.total.median - cli.startup.median) / 1000);
    console.log(`\nCLI: ${cli.pages} corpus pages in ${ms(cli.total)} ms; start-up alone ${ms(cli.startup)} ms`);
    rows.push(['CLI pages per second (corpus)', `${perSecond.toFixed(1)} end to end; ${afterStart.toFixed(1)} after start-up`, `≥ ${BUDGET.cliPagesPerSecond}`,
      `${met(perSecond >= BUDGET.cliPagesPerSecond)} / ${met(afterStart >= BUDGET.cliPagesPerSecond)}`]);
  }
  console.log(table(['budget', 'measured (median)', 'budget', 'result'], rows));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
