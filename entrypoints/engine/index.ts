// The engine's file, injected by the background into a frame (scripting.executeScript): when the
// per-page script's cheap test passes on a *.gov.cn page or an added site, and when a person asks
// for an audit on any page (popup, shortcut, menu item, through activeTab). Injected twice, it
// keeps the first instance. It answers the popup's and the background's requests from then on.
import './hide-page-globals'; // before the polyfill: a page's <form id="browser"> is not the API
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { engineIn, putEngine } from '@/lib/page/engine-slot';
import { performanceTimer, untimed } from '@/lib/perf/phases';
import { createEngine } from './create-engine';

const time = import.meta.env.MODE === 'bench' ? performanceTimer(performance) : untimed;

export default defineUnlistedScript(() => {
  try {
    if (engineIn(globalThis)) return;
    // No "script started" message posted to the page's window (it would run the page's listeners);
    // a newer engine still tells an older one through the document event WXT dispatches as well.
    const ctx = new ContentScriptContext('nianbao-engine', { noScriptStartedPostMessage: true });
    const engine = createEngine(ctx, time);
    const onMessage = (raw: unknown) => engine.onMessage(raw);
    browser.runtime.onMessage.addListener(onMessage);
    putEngine(globalThis, { autoAudit: engine.autoAudit, valid: () => ctx.isValid });
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      putEngine(globalThis, undefined);
    });
  } catch {
    /* a hostile page must never see our errors */
  }
});
