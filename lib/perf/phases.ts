// Timing of the content script's phases for the benchmark (npm run bench, tests/bench/). Each timed
// phase becomes a performance.measure named "nianbao:<phase>" on the page's timeline, which the
// bench reads from the page (in Chromium a content script shares the page's performance timeline).
// Only the bench build (`wxt build --mode bench`) passes performanceTimer; every other build passes
// `untimed`, and the timer code is left out of it.
export type Phase =
  | 'start' // the content script's own start on page load, the quick check included
  | 'quick-check' // lib/detect/quick-check on the page and its frames
  | 'watch' // one reaction of the watch for late content to the page's changes (lib/page/watch)
  | 'load' // the engine's injection once a page passed the quick check, until the background's reply (entrypoints/page-check.ts)
  | 'extract' // the report model and the page's kind (lib/extract, lib/detect/classify)
  | 'rules' // every rule of the registry
  | 'mount'; // the overlay on the page

export const MEASURE_PREFIX = 'nianbao:';

export interface Timer {
  /** Run `run`, timed as `phase`. */
  <T>(phase: Phase, run: () => T): T;
  /** Start timing `phase` (one that spans an await); call the result when it ends. */
  begin(phase: Phase): () => void;
}

export const untimed: Timer = Object.assign(<T>(_phase: Phase, run: () => T): T => run(), { begin: () => () => {} });

export function performanceTimer(perf: Performance): Timer {
  const begin = (phase: Phase) => {
    const start = perf.now();
    return () => void perf.measure(MEASURE_PREFIX + phase, { start, end: perf.now() });
  };
  return Object.assign(<T>(phase: Phase, run: () => T): T => {
    const end = begin(phase);
    try {
      return run();
    } finally {
      end();
    }
  }, { begin });
}
