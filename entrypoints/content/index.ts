// Content script: declared for *.gov.cn; the popup, the shortcut and the context menu inject the
// same file on any page the person asks for; extra sites get it registered at run time.
// On load it evaluates only this light part: the cheap test and a bounded watch for late content.
// The engine (extraction, rules, overlay, zod schemas: ./engine.ts) is loaded with import(), which
// the build inlines as a module evaluated on first use, so a page that is not a report never pays
// for it (README, "Speed and size").
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { startAutoRun } from '@/lib/page/auto-run';
import { pageMightHaveReport } from '@/lib/page/quick-check';
import { performanceTimer, untimed } from '@/lib/perf/phases';
import type { Engine } from './engine';

// Phase timings on the page's performance timeline, in the bench build only (lib/perf/phases.ts).
const time = import.meta.env.MODE === 'bench' ? performanceTimer(performance) : untimed;

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // Timed as a whole: on a page that is not a report this is all the extension does.
  main: (ctx) => time('start', () => start(ctx)),
});

function start(ctx: ContentScriptContext): void {
  let engine: Promise<Engine> | null = null;
  const load = () => {
    if (engine) return engine;
    const loaded = time.begin('load');
    return (engine = import('./engine').then((m) => {
      const e = m.createEngine(ctx, time);
      loaded();
      return e;
    }));
  };

  // Only the extension's own pages and background message a content script; the engine validates.
  const onMessage = (raw: unknown) => load().then((e) => e.onMessage(raw));
  browser.runtime.onMessage.addListener(onMessage);

  // The automatic run: on pages that fail the cheap test, nothing more.
  let stopAuto = () => {};
  try {
    stopAuto = startAutoRun(document, {
      mightBeReport: () => time('quick-check', () => pageMightHaveReport(document)),
      audit: () => load().then((e) => e.autoAudit()),
    });
  } catch {
    /* a hostile page must never see our errors */
  }

  ctx.onInvalidated(() => {
    stopAuto();
    browser.runtime.onMessage.removeListener(onMessage);
  });
}
