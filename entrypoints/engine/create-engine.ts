// The engine, injected by the background (./index.ts) once a page passes the cheap test
// of entrypoints/page-check.ts or someone asks for an audit: a thin adapter from the page to lib/ (audit, overlay, the panel's export
// menus) and to the extension (messages, settings, badge, catalogue, the XLSX relay).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { auditPage, type PageAudit, type RuleRunner } from '@/lib/page/find-report';
import { createOverlay, type ShowOptions } from '@/lib/overlay/controller';
import { countFindings } from '@/lib/summary';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/translate';
import type { Timer } from '@/lib/perf/phases';
import { ensureCatalogue } from '@/lib/i18n/ensure-catalogue';
import { DEFAULT_SETTINGS, changedSettings, isAutoHost, loadSettings, resolveLang, type Settings } from '@/lib/settings/settings';
import { ContentRequestSchema, RULES_PORT, type AuditReply, type BackgroundMessage, type StateReply } from '@/lib/messages';
import { rulesChannel, type RulesChannel } from '@/lib/rules-channel/content';
import { panelExportSlots } from '@/lib/export/panel-slots';
import { requestXlsx } from '@/lib/export/messages';
import exportMenuCss from '@/lib/export/export-menu.css?inline';

export interface Engine {
  /** A request from the popup or the background (validated here). */
  onMessage(raw: unknown): Promise<unknown> | undefined;
  /** The automatic run once the page passed the cheap test: true once there is nothing more to wait for. */
  autoAudit(): Promise<boolean>;
}

export function createEngine(ctx: ContentScriptContext, time: Timer): Engine {
  let lang: Lang = DEFAULT_LANG;
  let csvBom = DEFAULT_SETTINGS.csvBom;
  let last: PageAudit | null = null;
  const notify = (msg: BackgroundMessage) => browser.runtime.sendMessage(msg).catch(() => {});
  // The rules run in the background: this script's build carries none of them.
  let ruleIds: readonly string[] = [];
  const rulesOver = (channel: RulesChannel): RuleRunner => async (input, l, doc) => {
    const pending = channel.run(input, l);
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
  const applySettings = async (s: Settings) => {
    const next = resolveLang(s.lang, browser.i18n.getUILanguage());
    await ensureCatalogue(next, (req) => browser.runtime.sendMessage(req));
    lang = next;
    csvBom = s.csvBom;
    overlay.setLang(lang); // also redraws the panel's export menus with the new BOM setting
    return s;
  };
  const settings = () => loadSettings(browser.storage.local).then(applySettings);

  const audit = async (show: ShowOptions): Promise<AuditReply> => {
    // Each audit its own connection, made while the settings load and the page is read.
    const channel = rulesChannel(() => browser.runtime.connect({ name: RULES_PORT }));
    try {
      channel.open();
      await settings();
      const a = await auditPage(document, lang, rulesOver(channel), time);
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
        return audit({ open: true, focus: !!msg.data.show });
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
    overlay.clear();
    browser.storage.onChanged.removeListener(onStorage);
  });

  return {
    onMessage,
    async autoAudit() {
      const s = await settings();
      if (!s.autoRun || !isAutoHost(location.hostname, s.extraSites) || overlay.shown) return true; // nothing (more) to do
      const reply = await audit({ open: true });
      return reply.ok && reply.result.report !== null;
    },
  };
}
