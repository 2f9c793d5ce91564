// Content script: a thin adapter from the page to lib/ (audit, overlay, the panel's export menus)
// and to the extension (messages, settings, badge, the XLSX relay). Declared for *.gov.cn; the
// popup, the shortcut and the context menu inject the same file on any page the person asks for;
// extra sites get it registered at run time.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { auditPage, pageMightHaveReport, type PageAudit } from '@/lib/page/find-report';
import { startAutoRun } from '@/lib/page/auto-run';
import { createOverlay, type ShowOptions } from '@/lib/overlay/controller';
import { countFindings } from '@/lib/summary';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/translate';
import { DEFAULT_SETTINGS, changedSettings, isAutoHost, loadSettings, resolveLang, type Settings } from '@/lib/settings/settings';
import { ContentRequestSchema, type AuditReply, type BackgroundMessage, type StateReply } from '@/lib/messages';
import { panelExportSlots } from '@/lib/export/panel-slots';
import { requestXlsx } from '@/lib/export/messages';
import exportMenuCss from '@/lib/export/export-menu.css?inline';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    let lang: Lang = DEFAULT_LANG;
    let csvBom = DEFAULT_SETTINGS.csvBom;
    let last: PageAudit | null = null;
    const notify = (msg: BackgroundMessage) => browser.runtime.sendMessage(msg).catch(() => {});
    const overlay = createOverlay(document, {
      lang,
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
    const applySettings = (s: Settings) => {
      lang = resolveLang(s.lang, browser.i18n.getUILanguage());
      csvBom = s.csvBom;
      overlay.setLang(lang); // also redraws the panel's export menus with the new BOM setting
      return s;
    };
    const settings = () => loadSettings(browser.storage.local).then(applySettings);

    const audit = async (show: ShowOptions): Promise<AuditReply> => {
      try {
        await settings();
        const a = auditPage(document, lang);
        last = a;
        overlay.clear();
        if (a.extracted) overlay.show(a.doc, a.result, a.extracted, show);
        void notify({ type: 'audited', kind: a.result.detection.kind, counts: countFindings(a.result.findings) });
        return { ok: true, result: a.result };
      } catch (e) {
        // Never let an exception escape into the page.
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
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
      if (s) applySettings(s);
    };
    browser.runtime.onMessage.addListener(onMessage);
    browser.storage.onChanged.addListener(onStorage);

    // The automatic run: on pages that fail the cheap test, nothing more (a bounded watch for late content).
    let stopAuto = () => {};
    try {
      stopAuto = startAutoRun(document, {
        mightBeReport: () => pageMightHaveReport(document),
        audit: async () => {
          const s = await settings();
          if (!s.autoRun || !isAutoHost(location.hostname, s.extraSites) || overlay.shown) return true; // nothing (more) to do
          const reply = await audit({ open: true });
          return reply.ok && reply.result.report !== null;
        },
      });
    } catch {
      /* a hostile page must never see our errors */
    }

    ctx.onInvalidated(() => {
      stopAuto();
      overlay.clear();
      browser.runtime.onMessage.removeListener(onMessage);
      browser.storage.onChanged.removeListener(onStorage);
    });
  },
});
