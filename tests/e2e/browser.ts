// Launches Debian's Chromium with the built extension for the browser tests (headless, or headed
// on a given X display for the shortcut and context-menu tests), and drives what a person does:
// open pages on government hosts, click the toolbar button, read the badge, change settings.
import { chromium, type BrowserContext, type CDPSession, type Locator, type Page, type Worker } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GOV_HOST, OTHER_HOST } from './server';

/** The part of the extension API the tests call inside the service worker (evaluated there, typed here). */
declare const chrome: {
  tabs: {
    query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]>;
  };
  storage: { local: { set(items: Record<string, unknown>): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
};

// The popup target first appears as type "other"; without this Playwright never wraps it as a Page.
process.env.PW_CHROMIUM_ATTACH_TO_OTHER = '1';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
export const ARTIFACTS = path.join(ROOT, 'tests/artifacts');

export interface LaunchOptions {
  /** Run headed on this X display (Xvfb) instead of headless. */
  display?: string;
  /** Another build of the extension (the bench build, .output/chrome-mv3-bench). */
  extensionDir?: string;
  /** More Chromium switches. */
  args?: string[];
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  cdp: CDPSession;
  /** Errors thrown in any page the test opened (the page's own and our content script's). */
  pageErrors: string[];
  newPage(): Promise<Page>;
  /** Press the toolbar button for this page (it becomes the active tab) and return the popup. */
  clickToolbarButton(page: Page): Promise<Page>;
  /** The toolbar badge text and colour for this page's tab. */
  badge(page: Page): Promise<{ text: string; color: number[] }>;
  /** The id of this page's tab (it becomes the active tab). */
  tabId(page: Page): Promise<number>;
  /** Whether the engine is in the page (injected after the cheap test passed, or on request). */
  engineLoaded(page: Page): Promise<boolean>;
  /** Write settings straight into storage (as the options page would). */
  setSettings(settings: Record<string, unknown>): Promise<void>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`${extensionDir} is missing: run \`npm test\` (it builds first) or \`npx wxt build\``);
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: !options.display,
    // LC_ALL: a UTF-8 locale this machine has (zh_CN.UTF-8 is not installed); in the C locale
    // Chromium cannot write a download's Chinese file name and saves it as "download".
    env: { ...process.env, LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8', LC_ALL: 'C.UTF-8', ...(options.display ? { DISPLAY: options.display } : {}) },
    viewport: null, // a forced viewport would be applied to the popup too
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // Test hosts reach the local server; every other host fails at once (no request leaves the machine).
      `--host-resolver-rules=MAP *.gov.cn 127.0.0.1, MAP *.example.org 127.0.0.1, MAP * ~NOTFOUND`,
      '--window-size=1200,900',
      '--window-position=0,0',
      '--lang=zh-CN',
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--disable-features=HttpsUpgrades,Translate',
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const browser = context.browser();
  if (!browser) throw new Error('no browser handle for a browser-level CDP session');
  const cdp = await browser.newBrowserCDPSession();
  const pageErrors: string[] = [];

  const tabTargetId = async (page: Page): Promise<string> => {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as {
      targetInfos: { targetId: string; url: string }[];
    };
    const found = targetInfos.find((t) => t.url === page.url());
    if (!found) throw new Error(`no tab target for ${page.url()}`);
    return found.targetId;
  };
  const tabId = async (page: Page) => {
    await page.bringToFront();
    return worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
  };

  return {
    context,
    worker,
    extensionId,
    cdp,
    pageErrors,
    async newPage() {
      const page = await context.newPage();
      page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
      return page;
    },
    async clickToolbarButton(page) {
      // triggerAction acts on the window's active tab, whatever tab is named: bring ours to front.
      await page.bringToFront();
      const popup = context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/popup.html'), timeout: 10_000 });
      await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: await tabTargetId(page) });
      const p = await popup;
      p.on('pageerror', (e) => pageErrors.push(`popup: ${e.message}`));
      await p.waitForLoadState('domcontentloaded');
      return p;
    },
    async badge(page) {
      const id = await tabId(page);
      return worker.evaluate(async (tabId) => ({
        text: await chrome.action.getBadgeText({ tabId }),
        color: await chrome.action.getBadgeBackgroundColor({ tabId }),
      }), id);
    },
    tabId,
    async engineLoaded(page) {
      const id = await tabId(page);
      // Only the engine answers messages; the per-page script has no listener.
      return worker.evaluate((tabId) => chrome.tabs.sendMessage(tabId, { type: 'state' }).then(() => true, () => false), id);
    },
    async setSettings(settings) {
      await worker.evaluate((s) => chrome.storage.local.set({ settings: s }), { autoRun: true, extraSites: [], lang: 'zh_CN', ...settings });
    },
    async screenshot(page, name) {
      const file = path.join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
    async close() {
      await context.close().catch(() => {});
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The overlay's parts; CSS locators pierce the open shadow root. */
export const overlay = {
  marks: (page: Page): Locator => page.locator('nianbao-audit-overlay .mark'),
  panel: (page: Page): Locator => page.locator('nianbao-audit-overlay [data-testid="panel"]'),
  summary: (page: Page): Locator => page.locator('nianbao-audit-overlay [data-testid="summary"]'),
  findings: (page: Page): Locator => page.locator('nianbao-audit-overlay button.finding'),
};

/** Rows of [row, col, rule, severity] of the marks, sorted, for comparing with what is expected. */
export async function markAddresses(marks: Locator): Promise<string[]> {
  const rows = await marks.evaluateAll((els) =>
    els.map((e) => ['data-table', 'data-row', 'data-col', 'data-rule', 'data-severity'].map((a) => e.getAttribute(a)).join(' ')),
  );
  return rows.sort();
}

/** The text of every table cell (in the page's document) that a mark's badge covers: none may be. */
export function badgesOverText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const host = document.querySelector('nianbao-audit-overlay')!;
    const badges = Array.from(host.shadowRoot!.querySelectorAll('.badge'), (b) => b.getBoundingClientRect());
    const range = document.createRange();
    return Array.from(document.querySelectorAll('td, th')).flatMap((cell) => {
      // The boxes of the text nodes: a range over the cell would add the boxes of its blocks (Word's <p> fills the cell).
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      const text: DOMRect[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        range.selectNodeContents(n);
        text.push(...Array.from(range.getClientRects()).filter((r) => r.width > 0));
      }
      const covered = text.some((r) => badges.some((b) => b.left < r.right && r.left < b.right && b.top < r.bottom && r.top < b.bottom));
      return covered ? [cell.textContent ?? ''] : [];
    });
  });
}

export { GOV_HOST, OTHER_HOST };

export interface Box { left: number; top: number; right: number; bottom: number }

/**
 * The page's own line boxes of a passage of its text, measured in the page (not by the overlay):
 * from the first occurrence of `from` up to the end of `to` (in the same text node), or of `from` alone.
 */
export function pageTextBoxes(page: Page, from: string, to?: string): Promise<Box[]> {
  return page.evaluate(([from, to]) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.nodeValue ?? '';
      const start = text.indexOf(from!);
      if (start < 0 || n.parentElement?.closest('nianbao-audit-overlay')) continue;
      const end = to ? text.indexOf(to, start) + to.length : start + from!.length;
      const range = document.createRange();
      range.setStart(n, start);
      range.setEnd(n, end);
      return Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
    }
    return [];
  }, [from, to ?? null] as const);
}

/** The boxes of overlay elements (inside the shadow root). */
export function boxesOf(locator: Locator): Promise<Box[]> {
  return locator.evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }));
}

export const within = (inner: Box, outer: Box, slack = 1): boolean =>
  inner.left >= outer.left - slack && inner.right <= outer.right + slack && inner.top >= outer.top - slack && inner.bottom <= outer.bottom + slack;
export const intersects = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
