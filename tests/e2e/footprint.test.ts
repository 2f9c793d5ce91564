// What the extension takes and leaves: it makes no network request (every request of the pages,
// the popup and the service worker is recorded while a person audits, opens the panel and the
// popup, exports and clears), and its manifest asks for the fewest permissions, each explained in
// the README.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, overlay, ROOT, OTHER_HOST } from './browser';
import { expectNoPageErrors, useExtension } from './setup';
import { download } from './exports';
import { buildOtherPageHtml, buildReportHtml, sampleValues } from '../fixtures/report-builder';

const sample = sampleValues('2021').t3;
/** A page script that records every message posted to the page's window. */
const LISTENER = '<script>window.__messages = []; addEventListener("message", (e) => window.__messages.push(String(e.data && e.data.type || e.data)));</script>';
const listening = (html: string) => html.replace('</head>', `${LISTENER}</head>`);
const env = useExtension(() => ({
  '/nb/report.html': buildReportHtml({ t3: { total: { natural: sample.total!.natural + 5 } } }),
  '/news.html': buildOtherPageHtml(),
  '/nb/listening.html': listening(buildReportHtml({ t3: { total: { natural: sample.total!.natural + 5 } } })),
  '/listening-news.html': listening(buildOtherPageHtml()),
}));

describe('network', () => {
  it('the extension sends no request while it audits, shows, exports and clears', async () => {
    const requests: string[] = [];
    env.browser.context.on('request', (r) => requests.push(r.url()));
    const visited = [env.server.url('/nb/report.html'), env.server.url('/news.html'), env.server.url('/nb/report.html', OTHER_HOST)];

    // Automatic run on a government page; the panel's exports (XLSX goes through the background
    // and its offscreen page); the popup; Clear.
    await env.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await env.browser.newPage();
    await page.goto(visited[0]!);
    await expect.poll(() => overlay.findings(page).count()).toBeGreaterThan(0);
    await overlay.findings(page).first().press('Enter');
    const exportMenu = (action: string) => page.locator(`nianbao-audit-overlay section.export-menu [data-action="${action}"]`);
    await exportMenu('copy-tsv').click();
    expect((await download(page, () => exportMenu('xlsx').click())).bytes.length).toBeGreaterThan(1000);
    await page.locator('nianbao-audit-overlay [data-testid="clear"]').click();
    await expect.poll(() => page.locator('nianbao-audit-overlay').count()).toBe(0);
    // A page that is not a report, and the toolbar button on a host outside *.gov.cn.
    await page.goto(visited[1]!);
    await page.waitForTimeout(500);
    await page.goto(visited[2]!);
    const popup = await env.browser.clickToolbarButton(page);
    await expect.poll(() => popup.locator('[data-testid="counts"]').count()).toBe(1);
    await popup.close();
    await page.waitForTimeout(500);

    const network = requests.filter((u) => /^(https?|wss?|ftp):/i.test(u));
    const own = new Set(visited.flatMap((u) => [u, new URL('/favicon.ico', u).href]));
    expect(network.filter((u) => !own.has(u))).toEqual([]);
    expect(env.server.requests.map((r) => r.path).filter((p) => p !== '/favicon.ico').sort()).toEqual(['/nb/report.html', '/nb/report.html', '/news.html']);

    // The recorder does see what the service worker fetches: a request made there on purpose is in the log.
    const probe = env.server.url('/probe', OTHER_HOST);
    await env.browser.worker.evaluate((url) => fetch(url).then(() => 0, () => 0), probe);
    await expect.poll(() => requests.includes(probe)).toBe(true);
  });
});

describe('the page’s own scripts', () => {
  it('receive no message from the extension, on a report it audits and on a page it leaves alone', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url('/listening-news.html'));
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages)).toEqual([]);
    await page.goto(env.server.url('/nb/listening.html'));
    await expect.poll(() => overlay.findings(page).count()).toBeGreaterThan(0);
    expect(await env.browser.engineLoaded(page)).toBe(true);
    // The page can hear its own messages: the listener works.
    await page.evaluate(() => window.postMessage({ type: 'page-own' }, '*'));
    await expect.poll(() => page.evaluate(() => (window as unknown as { __messages: string[] }).__messages)).toEqual(['page-own']);
  });
});

describe('permissions', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('asks for the fewest: no host access beyond *.gov.cn pages, other sites only when a person adds them', () => {
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage', 'contextMenus', 'offscreen']);
    // The content script's own sites, where the background injects the engine: no access beyond them.
    expect(manifest.host_permissions).toEqual(['*://*.gov.cn/*']);
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect((manifest.content_scripts as { matches: string[] }[]).flatMap((c) => c.matches)).toEqual(['*://*.gov.cn/*']);
  });

  it('each is explained in the README', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const p of manifest.permissions as string[]) expect(readme, p).toMatch(new RegExp(`\\|\\s*\`${p}\`[^|]*\\|[^|\\n]{10,}`));
  });
});

expectNoPageErrors(env);
