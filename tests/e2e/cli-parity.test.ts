// The CLI and the extension read the same pages the same way: every HTML page of the corpus,
// served under a government host name, audited in Chromium by the content script (asked from the
// service worker as the popup asks) and by `npm run audit` on the saved file, gives the same
// detection and the same tables.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { launchExtension, ROOT, type ExtensionBrowser } from './browser';
import { startServer, type PageServer, type ServedPage } from './server';
import { AuditReplySchema, type AuditReply } from '../../lib/messages';
import { AuditResultSchema, type AuditResult } from '../../lib/model/schema';

/** The part of the extension API evaluated in the service worker. */
declare const chrome: {
  tabs: {
    query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, msg: unknown): Promise<unknown>;
  };
  scripting: { executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown> };
};

const CORPUS = path.resolve(ROOT, '../shared/corpus');
const have = existsSync(path.join(CORPUS, 'MANIFEST.tsv'));
const files = have
  ? readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')[0]!).filter((f) => f.endsWith('.html'))
  : [];

let browser: ExtensionBrowser;
let server: PageServer;
let cli: Map<string, AuditResult>;

beforeAll(async () => {
  if (!have) return;
  const pages: Record<string, ServedPage> = {};
  for (const f of files) pages[`/corpus/${f}`] = { body: readFileSync(path.join(CORPUS, f)), type: 'text/html' };
  server = await startServer(pages);
  browser = await launchExtension();
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'cli/audit.ts', '--json', ...files.map((f) => path.join(CORPUS, f))],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  cli = new Map((JSON.parse(stdout) as unknown[]).map((r) => AuditResultSchema.parse(r)).map((r) => [path.relative(CORPUS, r.source), r]));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The engine's audit of the active tab, asked for from the service worker as the popup asks: the
 * engine is injected when the page has none (a page that failed the cheap test), then asked again.
 */
async function auditInTab(page: Page): Promise<AuditReply> {
  await page.bringToFront();
  for (let attempt = 0; attempt < 50; attempt++) {
    const reply = await browser.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const ask = () => chrome.tabs.sendMessage(tab!.id!, { type: 'audit' });
      try {
        return await ask();
      } catch {
        try {
          await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: ['/engine.js'] });
          return await ask();
        } catch {
          return null; // the page is still loading
        }
      }
    });
    if (reply) return AuditReplySchema.parse(reply);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no content script answered in ${page.url()}`);
}

describe.skipIf(!have)(have ? 'CLI and extension parity on the corpus' : 'CLI and extension parity (skipped: ../shared/corpus is absent)', () => {
  it.each(files)('%s: same detection and tables', async (file) => {
    const page = await browser.newPage();
    const url = server.url(`/corpus/${file}`);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const reply = await auditInTab(page);
    await page.close();
    expect(reply.ok).toBe(true);
    const inBrowser = (reply as { result: AuditResult }).result;
    const fromCli = cli.get(file)!;
    expect(inBrowser.detection.kind).toBe(fromCli.detection.kind);
    expect(inBrowser.detection.signals).toEqual(fromCli.detection.signals);
    expect(inBrowser.report?.tables ?? null).toEqual(fromCli.report?.tables ?? null);
    expect(inBrowser.report?.tableInfo ?? null).toEqual(fromCli.report?.tableInfo ?? null);
    expect(inBrowser.report?.sections ?? null).toEqual(fromCli.report?.sections ?? null);
  });
});
