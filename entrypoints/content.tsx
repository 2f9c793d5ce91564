// Content script: a thin adapter from the page to lib/ (audit) and back (overlay, badge).
// Runs by itself on *.gov.cn pages; the popup injects the same file on any page the user asks for.
import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { browser } from 'wxt/browser';
import { auditDocument } from '@/lib/audit';
import { mightBeReport } from '@/lib/detect/quick-check';
import { cellMarks } from '@/lib/overlay/marks';
import { Overlay } from '@/lib/overlay/Overlay';
import overlayCss from '@/lib/overlay/overlay.css?inline';
import { countFindings } from '@/lib/summary';
import { DEFAULT_LANG } from '@/lib/i18n/translate';
import { ContentRequestSchema, type AuditReply, type BackgroundMessage } from '@/lib/messages';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    let ui: ShadowRootContentScriptUi<void> | null = null;

    const notify = (msg: BackgroundMessage) => browser.runtime.sendMessage(msg).catch(() => {});

    const clear = () => {
      ui?.remove();
      ui = null;
    };

    const audit = async (): Promise<AuditReply> => {
      try {
        const lang = DEFAULT_LANG;
        const { result, extracted } = auditDocument(document, { source: location.href, lang });
        clear();
        void notify({ type: 'audited', kind: result.detection.kind, counts: countFindings(result.findings) });
        if (extracted) {
          const marks = cellMarks(result.findings, extracted.cells);
          const mounted = await createShadowRootUi(ctx, {
            name: 'nianbao-audit-overlay',
            position: 'overlay',
            anchor: 'html',
            append: 'last',
            css: overlayCss,
            onMount(container) {
              render(<Overlay lang={lang} result={result} marks={marks} onClear={() => { clear(); void notify({ type: 'cleared' }); }} />, container);
            },
            onRemove() {
              if (mounted.uiContainer) render(null, mounted.uiContainer);
            },
          });
          ui = mounted;
          mounted.mount();
        }
        return { ok: true, result };
      } catch (e) {
        // Never let an exception escape into the page.
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    };

    const onMessage = (raw: unknown) => {
      const msg = ContentRequestSchema.safeParse(raw);
      if (!msg.success) return undefined;
      if (msg.data.type === 'clear') {
        clear();
        return Promise.resolve({ ok: true });
      }
      return audit();
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    // The automatic path: pages that fail the cheap test cost nothing more.
    try {
      if (mightBeReport(document)) void audit();
    } catch {
      /* a hostile page must never see our errors */
    }
  },
});
