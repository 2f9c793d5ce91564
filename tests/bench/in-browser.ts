// The content script's phases measured in Chromium on real and generated pages. Each run is a
// fresh page load, as a person opening the page gets it: the bench build of the extension marks
// each phase on the page's performance timeline (lib/perf/phases.ts), read here from the page.
// The pages are served cross-origin isolated (COOP + COEP, the origin treated as secure), which
// gives performance.now() 5 µs steps instead of 100 µs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchExtension, OTHER_HOST, ROOT } from '../e2e/browser';
import { startServer, type PageServer, type ServedPage } from '../e2e/server';
import { MEASURE_PREFIX } from '../../lib/perf/phases';
import type { BenchPage } from './pages';

export const BENCH_EXTENSION = path.join(ROOT, '.output/chrome-mv3-bench');

/** One page load's numbers, in milliseconds; phases that did not run are absent. */
export interface Run {
  phases: Record<string, number>;
  /** Reading every cell's text once: querySelectorAll('td,th') and textContent. */
  floor: number;
  /** From the per-page script's start to the marks drawn at their cells: what a person waits, engine load and settings included. */
  toMarks?: number;
  cells: number;
  /**
   * A page that is not a report: what the extension ran after its start, in the first
   * LATER_WINDOW_MS after it (the watch's reactions to the page's changes and its checks again).
   */
  later: number;
}

export interface PageRuns {
  page: BenchPage;
  runs: Run[];
  /**
   * A page that is not a report, loaded apart from the runs (no phase read, nothing evaluated in
   * the page, which would count as its script): all script time on load (CDP ScriptDuration).
   */
  script: number[];
  /** The same page on a host the extension does not run on: the page's own script time. */
  baseline: number[];
  /** The page on its government host with an extension whose content script is empty: what any content script costs. */
  emptyScript: number[];
  /** The same with a content script of one line that reads the page's title: what any script costs that reads the page. */
  readerScript: number[];
}

/** How long after its start the extension's later work on a page that is not a report is counted. */
export const LATER_WINDOW_MS = 1500;

const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

/**
 * Poll an expression in the page from here until it is true: each poll is one CDP Runtime.evaluate
 * of a few property reads. Playwright's waitForFunction would first evaluate its own injected
 * script in the page, 7–9 ms of the page's thread that landed inside the phases being measured
 * (the engine's load and the rules' round trip looked 10–15 ms longer).
 */
async function pollPage(cdp: CDPSession, expression: string, timeoutMs: number, everyMs = 50): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { result } = (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })) as { result: { value?: unknown } };
    if (result.value === true) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Wait until the overlay is mounted (a report) or no phase has been added for `idleMs`. */
async function settle(cdp: CDPSession, report: boolean, idleMs = 300): Promise<void> {
  const prefix = JSON.stringify(MEASURE_PREFIX);
  await pollPage(cdp, `performance.getEntriesByName(${prefix} + 'start').length > 0`, 60_000);
  // The watch's reactions do not count: on a page that never stops changing they go on for 20 s.
  await pollPage(cdp, `(() => {
    const all = performance.getEntriesByType('measure').filter((m) => m.name.startsWith(${prefix}) && m.name !== ${prefix} + 'watch');
    if (${report} && all.some((m) => m.name === ${prefix} + 'mount')) return true;
    const last = Math.max(...all.map((m) => m.startTime + m.duration));
    return performance.now() - last > ${idleMs};
  })()`, 120_000);
}

async function scriptMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000;
}

/**
 * All script time of `runs` loads of a page (one unrecorded load first), read 100 ms after load
 * and nothing else done in the page: the same for the extension and the comparisons.
 */
async function scriptOnLoad(tab: Page, cdp: CDPSession, url: string, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let r = -1; r < runs; r++) {
    await tab.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await tab.waitForTimeout(100);
    if (r >= 0) out.push(await scriptMs(cdp));
  }
  return out;
}

/** A page that is not a report: wait until the window of its later work has passed. */
async function waitLater(cdp: CDPSession): Promise<void> {
  const prefix = JSON.stringify(MEASURE_PREFIX);
  await pollPage(cdp, `performance.now() > performance.getEntriesByName(${prefix} + 'start')[0].startTime + ${LATER_WINDOW_MS}`, 60_000, 100);
}

function readRun(page: Page): Promise<Run> {
  return page.evaluate(({ prefix, window }) => {
    const phases: Record<string, number> = {};
    let later = 0;
    const start = performance.getEntriesByName(`${prefix}start`)[0];
    const mount = performance.getEntriesByName(`${prefix}mount`)[0];
    const toMarks = start && mount ? mount.startTime + mount.duration - start.startTime : undefined;
    const until = (start ? start.startTime + start.duration : 0) + window;
    for (const m of performance.getEntriesByType('measure')) {
      if (!m.name.startsWith(prefix)) continue;
      const name = m.name.slice(prefix.length);
      // The first of each phase: later quick checks are the watch reacting to the page's changes.
      if (!(name in phases) && name !== 'watch') phases[name] = m.duration;
      else if ((name === 'watch' || name === 'quick-check') && m.startTime < until) later += m.duration;
    }
    const t0 = performance.now();
    let chars = 0;
    const cells = document.querySelectorAll('td,th');
    for (const c of cells) chars += (c.textContent ?? '').length;
    const floor = performance.now() - t0;
    if (chars < 0) throw new Error('unreachable'); // the text is used, so the reads stay
    return { phases, floor, toMarks, cells: cells.length, later };
  }, { prefix: MEASURE_PREFIX, window: LATER_WINDOW_MS });
}

export async function measurePages(pages: readonly BenchPage[], runs: number, log: (line: string) => void): Promise<PageRuns[]> {
  const served: Record<string, ServedPage> = {};
  pages.forEach((p, i) => (served[`/p${i}.html`] = { body: p.html, type: 'text/html; charset=utf-8', headers: ISOLATED }));
  const server = await startServer(served);
  const origins = [server.url(''), server.url('', OTHER_HOST)].map((u) => u.replace(/\/$/, ''));
  const args = [`--unsafely-treat-insecure-origin-as-secure=${origins.join(',')}`];
  const out: PageRuns[] = [];
  try {
    await measureExtension(args, pages, runs, server, log, out);
    await measureOtherContentScript('void 0;\n', 'emptyScript', args, pages, runs, server, out);
    await measureOtherContentScript('void document.title;\n', 'readerScript', args, pages, runs, server, out);
  } finally {
    await server.close();
  }
  return out;
}

async function measureExtension(args: string[], pages: readonly BenchPage[], runs: number, server: PageServer, log: (line: string) => void, out: PageRuns[]): Promise<void> {
  const browser = await launchExtension({ extensionDir: BENCH_EXTENSION, args });
  try {
    const tab = await browser.newPage();
    const cdp = await browser.context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    for (const [i, page] of pages.entries()) {
      const result: PageRuns = { page, runs: [], script: [], baseline: [], emptyScript: [], readerScript: [] };
      // One load first, not counted: the first load of a page compiles the extension's code.
      for (let r = -1; r < runs; r++) {
        await tab.goto(server.url(`/p${i}.html`), { waitUntil: 'load', timeout: 120_000 });
        // Checked on a served page (the blank tab before it never is): without it timers step by 0.1 ms.
        if (i === 0 && r === -1 && !(await tab.evaluate(() => crossOriginIsolated))) log('note: not cross-origin isolated');
        await settle(cdp, page.report);
        if (!page.report) await waitLater(cdp);
        const run = await readRun(tab);
        if (r >= 0) result.runs.push(run);
      }
      if (!page.report) {
        result.script = await scriptOnLoad(tab, cdp, server.url(`/p${i}.html`), runs);
        result.baseline = await scriptOnLoad(tab, cdp, server.url(`/p${i}.html`, OTHER_HOST), runs);
      }
      log(`  ${page.name}: ${result.runs.length} runs`);
      out.push(result);
    }
  } finally {
    await browser.close();
  }
}

/**
 * What the browser itself spends on a page for any content script: the pages that are not reports
 * again, with an extension whose content script is only `code`. An empty one costs the set-up of
 * an extension's script world in the frame; one that reads the page's title adds the set-up of the
 * page's objects in that world, which any script that reads the page pays once.
 */
async function measureOtherContentScript(code: string, into: 'emptyScript' | 'readerScript', args: string[], pages: readonly BenchPage[], runs: number, server: PageServer, out: PageRuns[]): Promise<void> {
  const dir = otherExtension(code);
  const empty = await launchExtension({ extensionDir: dir, args });
  try {
    const tab = await empty.newPage();
    const cdp = await empty.context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    for (const [i, page] of pages.entries()) {
      if (!page.report) out[i]![into] = await scriptOnLoad(tab, cdp, server.url(`/p${i}.html`), runs);
    }
  } finally {
    await empty.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** An extension whose content script on *.gov.cn is `code` (and an empty service worker, which the launcher waits for). */
function otherExtension(code: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-empty-'));
  const manifest = {
    manifest_version: 3, name: 'empty', version: '1.0',
    background: { service_worker: 'bg.js' },
    content_scripts: [{ matches: ['*://*.gov.cn/*'], js: ['content.js'], run_at: 'document_idle' }],
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  fs.writeFileSync(path.join(dir, 'bg.js'), '');
  fs.writeFileSync(path.join(dir, 'content.js'), code);
  return dir;
}
