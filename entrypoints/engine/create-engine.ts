// The engine, injected by the background (./index.ts) once a page passes the cheap test
// of entrypoints/page-check.ts or someone asks for an audit: a thin adapter from the page to lib/ (audit, overlay, the panel's export
// menus) and to the extension (messages, settings, badge, catalogue, the XLSX relay).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { auditPage, type PageAudit, type RuleRunner } from '@/lib/page/find-report';
import { createOverlay, type ShowOptions } from '@/lib/overlay/controller';
import { countFindings } from '@/lib/summary';
import { DEFAULT_LANG, installCatalogue, type Lang } from '@/lib/i18n/translate';
import type { Timer } from '@/lib/perf/phases';
import { ensureCatalogue } from '@/lib/i18n/ensure-catalogue';
import { DEFAULT_SETTINGS, changedSettings, isAutoHost, loadSettings, parseSettings, resolveLang, type Settings } from '@/lib/settings/settings';
import { ContentRequestSchema, EngineStartSchema, RULES_PORT, type AuditReply, type BackgroundMessage, type StateReply } from '@/lib/messages';
import { rulesChannel, type RulesChannel } from '@/lib/rules-channel/content';
import { panelExportSlots } from '@/lib/export/panel-slots';
import { requestXlsx } from '@/lib/export/messages';
import exportMenuCss from '@/lib/export/export-menu.css?inline';

export interface Engine {
  /** A request from the popup or the background (validated here). */
  onMessage(raw: unknown): Promise<unknown> | undefined;
  /** The automatic run once the page passed the cheap test: true once there is nothing more to wait for (lib/page/engine-slot.ts). */
  autoAudit(start?: unknown): Promise<boolean>;
}

export function createEngine(ctx: ContentScriptContext, time: Timer): Engine {
  let lang: Lang = DEFAULT_LANG;
  let csvBom = DEFAULT_SETTINGS.csvBom;
  let last: PageAudit | null = null;
  const notify = (msg: BackgroundMessage) => browser.runtime.sendMessage(msg).catch(() => {});
  // The rules run in the background: this script's build carries none of them. They wait for the
  // settings, read while the page is (their language; whether the automatic run is still on).
  let ruleIds: readonly string[] = [];
  const rulesOver = (channel: RulesChannel, go: Promise<boolean>): RuleRunner => async (input, doc) => {
    if (!(await go)) return null;
    const pending = channel.run(input, lang);
    // The page's thread is free until the reply: the overlay's hosts and styles go on meanwhile.
    overlay.prepare(doc);
    const reply = await pending;
    ruleIds = reply.rules;
    return reply.findings;
  };
  const overlay = createOverlay(document, {
    lang,
    rules: () => ruleIds,
    onCleared: () => {
      last = null;
      void notify({ type: 'cleared' });
    },
    slots: panelExportSlots({
      lang: () => lang,
      bom: () => csvBom,
      xlsx: (result, l) => requestXlsx((m) => browser.runtime.sendMessage(m), result, l),
    }),
    slotsCss: exportMenuCss,
  });
  // The strings come from the background (this script's build does not carry them: wxt.config.ts),
  // before the first audit or redraw in a language.
  const askCatalogue = (l: Lang) => ensureCatalogue(l, (req) => browser.runtime.sendMessage(req));
  const langOf = (s: Settings) => resolveLang(s.lang, browser.i18n.getUILanguage());
  const applySettings = async (s: Settings) => {
    const next = langOf(s);
    await askCatalogue(next);
    lang = next;
    csvBom = s.csvBom;
    overlay.setLang(lang); // also redraws the panel's export menus with the new BOM setting
    return s;
  };
  const settings = () => {
    // The default language's strings are asked for while the settings are read, not after.
    void askCatalogue(langOf(DEFAULT_SETTINGS));
    return loadSettings(browser.storage.local).then(applySettings);
  };
  const autoHere = (s: Settings) => s.autoRun && isAutoHost(location.hostname, s.extraSites);

  const connect = () => browser.runtime.connect({ name: RULES_PORT });
  // An audit follows each injection at once (the automatic run, or the request that injected the
  // engine): its connection is made now, while the injection's reply comes back and the page is read.
  let first: RulesChannel | null = rulesChannel(connect);
  try {
    first.open();
  } catch {
    first = null; // the extension is gone; every audit fails alike
  }

  /**
   * `go`: whether to finish once the settings are read (the automatic run checks they still allow
   * it); null when it did not. The page is read meanwhile: a storage read takes milliseconds.
   */
  const audit = async (show: ShowOptions, go = settings().then(() => true)): Promise<AuditReply | null> => {
    // Each audit its own connection, made while the settings load and the page is read.
    const channel = first ?? rulesChannel(connect);
    first = null;
    void go.catch(() => {}); // a failed read fails the rules' wait; on a page that is not a report nothing waits
    try {
      channel.open();
      const a = await auditPage(document, rulesOver(channel, go), time);
      if (!a) return null;
      last = a;
      overlay.clear();
      const { extracted } = a;
      // Timed until the marks stand at their cells, which is a render after show() returns.
      if (extracted) overlay.show(a.doc, a.result, extracted, { ...show, onDrawn: time.begin('mount') });
      void notify({ type: 'audited', kind: a.result.detection.kind, counts: countFindings(a.result.findings) });
      return { ok: true, result: a.result };
    } catch (e) {
      // Never let an exception escape into the page.
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    } finally {
      channel.close();
      overlay.discardPrepared(); // nothing once show() took them; the empty hosts when the audit failed
    }
  };
  const state = (): StateReply => ({ result: last?.result ?? null });

  const onMessage = (raw: unknown) => {
    const msg = ContentRequestSchema.safeParse(raw);
    if (!msg.success) return undefined;
    switch (msg.data.type) {
      case 'audit':
        // Without `go` the audit is never called off.
        return audit({ open: true, focus: !!msg.data.show }).then((r) => r ?? { ok: false, error: 'called off' });
      case 'state':
        return Promise.resolve(state());
      case 'show':
        if (last?.extracted && overlay.shown) overlay.open();
        else if (last?.extracted) overlay.show(last.doc, last.result, last.extracted, { focus: true });
        return Promise.resolve(state());
      case 'clear':
        overlay.clear();
        last = null;
        void notify({ type: 'cleared' });
        return Promise.resolve(state());
    }
  };
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const s = area === 'local' ? changedSettings(changes) : undefined;
    if (s) void applySettings(s);
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => {
    first?.close();
    overlay.clear();
    browser.storage.onChanged.removeListener(onStorage);
  });

  return {
    onMessage,
    async autoAudit(start) {
      if (overlay.shown) return true;
      // The background injects this engine for the automatic run only where the settings allow it,
      // and hands over those settings and their strings (entrypoints/background.ts); a later run
      // reads them again, while the page is read, in case they changed.
      const given = EngineStartSchema.safeParse(start);
      let go: Promise<boolean>;
      if (given.success) {
        const s = parseSettings(given.data.settings);
        if (given.data.catalogue.lang === langOf(s)) installCatalogue(given.data.catalogue.lang, given.data.catalogue.strings);
        go = applySettings(s).then(autoHere);
      } else go = settings().then(autoHere);
      const reply = await audit({ open: true }, go);
      return !reply || (reply.ok && reply.result.report !== null);
    },
  };
}
