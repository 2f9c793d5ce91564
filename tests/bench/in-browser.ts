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
  cells: number;
  /** All script time on the page (CDP Performance.getMetrics ScriptDuration). */
  script: number;
}

export interface PageRuns {
  page: BenchPage;
  runs: Run[];
  /** The same page on a host the extension does not run on: the page's own script time. */
  baseline: number[];
  /** The page on its government host with an extension whose content script is empty: what any content script costs. */
  emptyScript: number[];
}

const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

/** Wait until the overlay is mounted (a report) or no phase has been added for `idleMs`. */
async function settle(page: Page, report: boolean, idleMs = 300): Promise<void> {
  await page.waitForFunction((prefix) => performance.getEntriesByName(`${prefix}start`).length > 0, MEASURE_PREFIX, { timeout: 60_000 });
  await page.waitForFunction(
    ({ prefix, report, idleMs }) => {
      const all = performance.getEntriesByType('measure').filter((m) => m.name.startsWith(prefix));
      if (report && all.some((m) => m.name === `${prefix}mount`)) return true;
      const last = Math.max(...all.map((m) => m.startTime + m.duration));
      return performance.now() - last > idleMs;
    },
    { prefix: MEASURE_PREFIX, report, idleMs },
    { timeout: 120_000, polling: 50 },
  );
}

async function scriptMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000;
}

function readRun(page: Page): Promise<Omit<Run, 'script'>> {
  return page.evaluate((prefix) => {
    const phases: Record<string, number> = {};
    for (const m of performance.getEntriesByType('measure')) {
      // The first of each phase: later quick checks are the watch reacting to the page's changes.
      const name = m.name.slice(prefix.length);
      if (m.name.startsWith(prefix) && !(name in phases)) phases[name] = m.duration;
    }
    const t0 = performance.now();
    let chars = 0;
    const cells = document.querySelectorAll('td,th');
    for (const c of cells) chars += (c.textContent ?? '').length;
    const floor = performance.now() - t0;
    if (chars < 0) throw new Error('unreachable'); // the text is used, so the reads stay
    return { phases, floor, cells: cells.length };
  }, MEASURE_PREFIX);
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
    await measureEmptyContentScript(args, pages, runs, server, out);
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
    if (!(await tab.evaluate(() => crossOriginIsolated).catch(() => true))) log('note: not cross-origin isolated');
    for (const [i, page] of pages.entries()) {
      const result: PageRuns = { page, runs: [], baseline: [], emptyScript: [] };
      // One load first, not counted: the first load of a page compiles the extension's code.
      for (let r = -1; r < runs; r++) {
        await tab.goto(server.url(`/p${i}.html`), { waitUntil: 'load', timeout: 120_000 });
        await settle(tab, page.report);
        const script = await scriptMs(cdp);
        const run = await readRun(tab);
        if (r >= 0) result.runs.push({ ...run, script });
      }
      if (!page.report) {
        for (let r = 0; r < runs; r++) {
          await tab.goto(server.url(`/p${i}.html`, OTHER_HOST), { waitUntil: 'load', timeout: 120_000 });
          await tab.waitForTimeout(100);
          result.baseline.push(await scriptMs(cdp));
        }
      }
      log(`  ${page.name}: ${result.runs.length} runs`);
      out.push(result);
    }
  } finally {
    await browser.close();
  }
}

/**
 * What the browser itself spends on a page for any content script (setting up an extension's
 * script world in the frame): the pages that are not reports again, with an empty one.
 */
async function measureEmptyContentScript(args: string[], pages: readonly BenchPage[], runs: number, server: PageServer, out: PageRuns[]): Promise<void> {
  const dir = emptyExtension();
  const empty = await launchExtension({ extensionDir: dir, args });
  try {
    const tab = await empty.newPage();
    const cdp = await empty.context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    for (const [i, page] of pages.entries()) {
      if (page.report) continue;
      for (let r = -1; r < runs; r++) {
        await tab.goto(server.url(`/p${i}.html`), { waitUntil: 'load', timeout: 120_000 });
        await tab.waitForTimeout(100);
        if (r >= 0) out[i]!.emptyScript.push(await scriptMs(cdp));
      }
    }
  } finally {
    await empty.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** An extension with an empty content script on *.gov.cn (and an empty service worker, which the launcher waits for). */
function emptyExtension(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-empty-'));
  const manifest = {
    manifest_version: 3, name: 'empty', version: '1.0',
    background: { service_worker: 'bg.js' },
    content_scripts: [{ matches: ['*://*.gov.cn/*'], js: ['content.js'], run_at: 'document_idle' }],
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  fs.writeFileSync(path.join(dir, 'bg.js'), '');
  fs.writeFileSync(path.join(dir, 'content.js'), 'void 0;\n');
  return dir;
}
