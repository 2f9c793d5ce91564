import { createRequire } from 'node:module';
import { launchExtension } from './tests/e2e/browser';
import { startServer } from './tests/e2e/server';
import * as stress from './tests/fixtures/stress-pages';
import { buildReportHtml } from './tests/fixtures/report-builder';
import fs from 'node:fs';
const which = process.argv[2] ?? 'sample';
const html = which === 'sample' ? buildReportHtml() : which.startsWith('/') ? fs.readFileSync(which, 'utf8') : (stress as any)[which]();
const lines = fs.readFileSync('/tmp/perf-probe-out/chrome-mv3-bench/content-scripts/content.js', 'utf8').split('\n');
const regions: [number, string][] = []; lines.forEach((l, i) => { const m = l.match(/^\t\/\/ ((node_modules|lib|entrypoints)\/\S+)/); if (m) regions.push([i, m[1]!]); });
const region = (line: number) => { let r = '(runtime)'; for (const [i, n] of regions) { if (i <= line) r = n; else break; } return r; };
const server = await startServer({ '/r.html': html });
const b = await launchExtension({ extensionDir: '/tmp/perf-probe-out/chrome-mv3-bench' });
const page = await b.newPage();
const cdp = await b.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
const byFile = new Map<string, number>(); const byFn = new Map<string, number>();
const N = 5;
for (let i = 0; i < N + 1; i++) {
  await cdp.send('Profiler.start');
  await page.goto(server.url('/r.html'));
  await page.waitForFunction(() => performance.getEntriesByName('nianbao:mount').length > 0, null, { timeout: 60000 });
  const { profile } = (await cdp.send('Profiler.stop')) as any;
  if (i === 0) continue;
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  profile.samples.forEach((id: number, k: number) => {
    const cf = (byId.get(id) as any).callFrame;
    const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000 / N;
    if (!cf.url.includes('chrome-extension')) { byFile.set('[non-ext] ' + (cf.functionName || cf.url || '(native)'), (byFile.get('[non-ext] ' + (cf.functionName || cf.url || '(native)')) ?? 0) + dt); return; }
    const f = region(cf.lineNumber); byFile.set(f, (byFile.get(f) ?? 0) + dt);
    const fn = `${cf.functionName || '(anon)'} ${f}:${cf.lineNumber}`; byFn.set(fn, (byFn.get(fn) ?? 0) + dt);
  });
}
for (const [k, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(v.toFixed(2), k);
console.log('---');
for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(2), k);
await b.close(); await server.close();
