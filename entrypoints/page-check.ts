// The per-page script, declared for *.gov.cn in the manifest (wxt.config.ts) and registered on the
// sites a person adds: all a page that is not a report ever evaluates, so it holds only the cheap
// test and a bounded watch for late content. A page that passes the test asks the background to
// inject the engine (extraction, overlay, zod, Preact: entrypoints/engine/) into this frame, then
// starts the automatic run (README, "Speed and size"). The popup, the shortcut and the menu item
// inject the engine directly.
//
// Built as a plain script, not through WXT's content-script wrapper and the polyfill: the wrapper
// posts a message to the page's window on start (every `message` listener of the page runs) and,
// with the polyfill, costs about a millisecond on every government page (tests/bench). The one
// call made here, runtime.sendMessage, returns a promise natively in both browsers (Firefox's
// `browser`, Chrome MV3's `chrome`), so the polyfill adds nothing to it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startAutoRun } from '@/lib/page/auto-run';
import { pageMightHaveReport } from '@/lib/page/quick-check';
import { engineIn, type EngineHandle } from '@/lib/page/engine-slot';
import { isApiNamespace } from '@/lib/page/api-namespace';
import { performanceTimer, untimed } from '@/lib/perf/phases';

/** The one extension API this script calls. */
interface Runtime {
  id?: string;
  sendMessage(message: { type: 'load-engine' }): Promise<unknown>;
}
type ApiGlobal = { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };

// Phase timings on the page's performance timeline, in the bench build only (lib/perf/phases.ts).
const time = import.meta.env.MODE === 'bench' ? performanceTimer(performance) : untimed;

/**
 * The extension's runtime, or undefined once the extension was reloaded or removed. `browser` only
 * when it is the real namespace: in Chrome a page's element named "browser" shows here too
 * (lib/page/api-namespace.ts).
 */
function runtime(): Runtime | undefined {
  const api = globalThis as ApiGlobal;
  const rt = (isApiNamespace(api.browser) ? api.browser?.runtime : undefined) ?? api.chrome?.runtime;
  return rt?.id ? rt : undefined;
}

/**
 * The engine of this frame, injected by the background on the first call, and the background's
 * reply then (settings and strings, handed to the engine unread: it validates them).
 */
async function loadEngine(rt: Runtime): Promise<{ engine?: EngineHandle; given?: unknown }> {
  const present = engineIn(globalThis);
  if (present) return { engine: present };
  const loaded = time.begin('load');
  const given = await rt.sendMessage({ type: 'load-engine' });
  loaded();
  return { engine: engineIn(globalThis), given };
}

function start(): void {
  try {
    // On pages that fail the cheap test, nothing more.
    startAutoRun(document, {
      mightBeReport: () => time('quick-check', () => pageMightHaveReport(document)),
      timed: (run) => time('watch', run),
      audit: async () => {
        const rt = runtime();
        if (!rt) return true; // the extension was reloaded or removed: nothing more to do
        const { engine, given } = await loadEngine(rt);
        // None after a load that did not fail: the automatic run is off here, nothing more to do.
        return engine ? engine.autoAudit(given) : true;
      },
    });
  } catch {
    /* a hostile page must never see our errors */
  }
}

// Timed as a whole: on a page that is not a report this is all the extension does.
export default defineUnlistedScript(() => time('start', start));
