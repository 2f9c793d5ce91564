// Reports that arrive after load (content fetched by script, a frame that loads later): watch the
// page for a while and call back once the cheap test passes. Throttled; stops when found, when
// stopped, or after the time limit, whichever comes first.
import { frameElements } from './frames';

export interface WatchOptions {
  check: () => boolean;
  onFound: () => void;
  debounceMs?: number;
  timeLimitMs?: number;
  /** Runs each reaction to the page's changes (the bench build times them: lib/perf/phases.ts). */
  timed?: (run: () => void) => void;
}

export function watchForReport(doc: Document, { check, onFound, debounceMs = 400, timeLimitMs = 20_000, timed = (run) => run() }: WatchOptions): () => void {
  const win = doc.defaultView;
  if (!win) return () => {};
  let timer = 0;
  const framesSeen = new Set<Element>();
  const run = () => {
    timer = 0;
    let found = false;
    try {
      found = check();
    } catch {
      found = false;
    }
    if (found) {
      stop();
      onFound();
    }
  };
  // At most one check per debounceMs, even on a page that never stops changing (a news ticker).
  const schedule = () => {
    if (!timer) timer = win.setTimeout(run, debounceMs);
  };
  // Frames are looked for again only when the window's frame count changed: a selector on every
  // change of a busy page would walk its whole DOM each time.
  let frameCount = -1;
  const watchFrames = () => {
    if (win.length === frameCount) return;
    frameCount = win.length;
    for (const f of frameElements(doc)) {
      if (framesSeen.has(f)) continue;
      framesSeen.add(f);
      f.addEventListener('load', schedule);
    }
  };
  const observer = new win.MutationObserver((records) => timed(() => {
    if (records.some((r) => r.addedNodes.length > 0)) {
      watchFrames();
      schedule();
    }
  }));
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  watchFrames();
  const limit = win.setTimeout(() => stop(), timeLimitMs);
  function stop() {
    observer.disconnect();
    win!.clearTimeout(limit);
    if (timer) win!.clearTimeout(timer);
    framesSeen.forEach((f) => f.removeEventListener('load', schedule));
    framesSeen.clear();
  }
  return stop;
}
