// Background: the toolbar badge of each tab, the keyboard shortcut and the context-menu item (both
// audit the page on demand through activeTab), the content script on the sites the person added,
// and the XLSX relay for the panel's exports.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { BackgroundMessageSchema, CatalogueRequestSchema, EngineRequestSchema, RULES_PORT, type EngineStart } from '@/lib/messages';
import { serveRules } from '@/lib/rules-channel/background';
import { badgeFor } from '@/lib/badge';
import { CATALOGUES, translate } from '@/lib/i18n/translate';
import { changedSettings, isAutoHost, loadSettings, resolveLang, sitePatterns, type Settings } from '@/lib/settings/settings';
import { auditTab, type TabApi } from '@/lib/tab-audit';
import { ENGINE_FILE, PAGE_CHECK_FILE } from '@/lib/script-files';
import { FileReplySchema, XlsxRequestSchema, errorReply, type FileReply, type XlsxRequest } from '@/lib/export/messages';

const AUDIT_COMMAND = 'audit-page';
const MENU_ID = 'audit-page';
const EXTRA_SITES_SCRIPT = 'extra-sites';
const OFFSCREEN = '/offscreen.html';
let xlsxQueue: Promise<unknown> = Promise.resolve();

/**
 * XLSX for the panel, built in the offscreen page (Chrome's offscreen document; in Firefox's
 * background page, the same page in an iframe), one at a time, the page closed after each.
 */
function buildXlsxOffscreen(req: XlsxRequest): Promise<FileReply> {
  const run = async (): Promise<FileReply> => {
    let close: () => Promise<void>;
    if (browser.offscreen) {
      // One left open by an interrupted run is reused rather than failing every later export.
      if (!(await browser.offscreen.hasDocument())) {
        await browser.offscreen.createDocument({ url: OFFSCREEN, reasons: ['BLOBS'], justification: 'Build an XLSX export on request' });
      }
      close = () => browser.offscreen.closeDocument();
    } else {
      const frame = document.createElement('iframe');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = browser.runtime.getURL(OFFSCREEN);
      document.body.appendChild(frame);
      await loaded;
      close = async () => frame.remove();
    }
    try {
      return FileReplySchema.parse(await browser.runtime.sendMessage({ type: 'build-xlsx', result: req.result, lang: req.lang }));
    } finally {
      await close();
    }
  };
  const reply = xlsxQueue.then(run).catch(errorReply);
  xlsxQueue = reply;
  return reply;
}

/** The host name of a frame's address ('' when there is none to read). */
function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  const tabs: TabApi = {
    sendMessage: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    inject: (tabId) => browser.scripting.executeScript({ target: { tabId }, files: [ENGINE_FILE] }),
  };
  const langOf = (s: Settings) => resolveLang(s.lang, browser.i18n.getUILanguage());
  const settings = () => loadSettings(browser.storage.local);
  // Read once per service worker's life and kept up to date: the engine's injection waits for them.
  let known: Promise<Settings> | null = null;
  const current = () => (known ??= settings().catch((e: unknown) => {
    known = null;
    throw e;
  }));

  // A page passed the per-page script's cheap test: the engine into that frame, where the automatic
  // run is on (else the page keeps only the per-page script; the toolbar button still injects it).
  // The host access is the content script's own (*.gov.cn, or a site the person granted).
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!EngineRequestSchema.safeParse(raw).success || tabId === undefined) return undefined;
    return current().then(async (s) => {
      if (!s.autoRun || !isAutoHost(hostOf(sender.url), s.extraSites)) return { ok: true };
      await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [ENGINE_FILE] });
      const lang = langOf(s);
      const start: EngineStart = { settings: s, catalogue: { lang, strings: CATALOGUES[lang] } };
      return start;
    });
  });
  // The engine carries no rule: it reads the page and the rules run here.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === RULES_PORT) serveRules(port);
  });
  // The content script does not bundle the strings (lib/i18n/catalogues-deferred.ts): it asks here.
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const req = CatalogueRequestSchema.safeParse(raw);
    return req.success ? Promise.resolve(CATALOGUES[req.data.lang]) : undefined;
  });
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const req = XlsxRequestSchema.safeParse(raw);
    return req.success ? buildXlsxOffscreen(req.data) : undefined;
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const msg = BackgroundMessageSchema.safeParse(raw);
    const tabId = sender.tab?.id;
    if (!msg.success || tabId === undefined) return undefined;
    const badge =
      msg.data.type === 'audited'
        ? badgeFor(msg.data.kind, msg.data.counts)
        : badgeFor('other', { errors: 0, warnings: 0, infos: 0, reviews: 0 });
    return settings().then((s) =>
      Promise.all([
        action.setBadgeText({ tabId, text: badge.text }),
        action.setBadgeBackgroundColor({ tabId, color: badge.color }),
        action.setTitle({ tabId, title: translate(langOf(s), badge.title) }),
      ]).then(() => ({ ok: true })),
    );
  });

  // The shortcut and the menu item grant activeTab on that tab, like the toolbar button.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === AUDIT_COMMAND && tab?.id !== undefined) void auditTab(tabs, tab.id, true);
  });
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void auditTab(tabs, tab.id, true);
  });

  /** The menu item, titled in the chosen language (menus persist, so create replaces it). */
  const setUpMenu = async (s: Settings) => {
    if (!browser.contextMenus) return;
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: MENU_ID, title: translate(langOf(s), 'menu.audit'), contexts: ['page', 'frame', 'selection'] });
  };

  /** The content script on the extra sites whose permission the person granted (options page). */
  const syncExtraSites = async (s: Settings) => {
    const scripting = browser.scripting;
    if (!scripting?.registerContentScripts) return;
    const granted: string[] = [];
    for (const site of s.extraSites) {
      const origins = sitePatterns(site);
      if (await browser.permissions.contains({ origins }).catch(() => false)) granted.push(...origins);
    }
    const existing = await scripting.getRegisteredContentScripts({ ids: [EXTRA_SITES_SCRIPT] }).catch(() => []);
    if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [EXTRA_SITES_SCRIPT] });
    if (granted.length === 0) return;
    await scripting.registerContentScripts([
      { id: EXTRA_SITES_SCRIPT, matches: granted, js: [PAGE_CHECK_FILE], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  };

  const applySettings = (s: Settings) => Promise.all([setUpMenu(s), syncExtraSites(s)]).catch(() => {});
  browser.runtime.onInstalled.addListener(() => void settings().then(applySettings));
  browser.runtime.onStartup.addListener(() => void settings().then(applySettings));
  browser.storage.onChanged.addListener((changes, area) => {
    const s = area === 'local' ? changedSettings(changes) : undefined;
    if (!s) return;
    known = Promise.resolve(s);
    void applySettings(s);
  });
  browser.permissions?.onAdded.addListener(() => void settings().then(syncExtraSites).catch(() => {}));
  browser.permissions?.onRemoved.addListener(() => void settings().then(syncExtraSites).catch(() => {}));
});
