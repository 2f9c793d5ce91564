// The content script declared for *.gov.cn (and registered on the sites a person adds): all a page
// that is not a report ever evaluates, so it holds only the cheap test and a bounded watch for late
// content. A page that passes the test asks the background to inject the engine (extraction,
// overlay, zod, Preact: entrypoints/engine.ts) into this frame, then starts the automatic run
// (README, "Speed and size"). The popup, the shortcut and the menu item inject the engine directly.
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { startAutoRun } from '@/lib/page/auto-run';
import { pageMightHaveReport } from '@/lib/page/quick-check';
import { engineIn, type EngineHandle } from '@/lib/page/engine-slot';
import { performanceTimer, untimed } from '@/lib/perf/phases';

// Phase timings on the page's performance timeline, in the bench build only (lib/perf/phases.ts).
const time = import.meta.env.MODE === 'bench' ? performanceTimer(performance) : untimed;

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // Timed as a whole: on a page that is not a report this is all the extension does.
  main: (ctx) => time('start', () => start(ctx)),
});

/** The engine of this frame, injected by the background on the first call. */
async function loadEngine(): Promise<EngineHandle | undefined> {
  const present = engineIn(globalThis);
  if (present) return present;
  const loaded = time.begin('load');
  await browser.runtime.sendMessage({ type: 'load-engine' });
  loaded();
  return engineIn(globalThis);
}

function start(ctx: ContentScriptContext): void {
  let stopAuto = () => {};
  try {
    // On pages that fail the cheap test, nothing more.
    stopAuto = startAutoRun(document, {
      mightBeReport: () => time('quick-check', () => pageMightHaveReport(document)),
      audit: async () => {
        if (!ctx.isValid) return true; // the extension was reloaded or removed: nothing more to do
        const engine = await loadEngine();
        return engine ? engine.autoAudit() : false;
      },
    });
  } catch {
    /* a hostile page must never see our errors */
  }
  ctx.onInvalidated(() => stopAuto());
}
