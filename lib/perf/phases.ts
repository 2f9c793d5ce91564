// Timing of the content script's phases for the benchmark (npm run bench, tests/bench/). Each timed
// phase becomes a performance.measure named "nianbao:<phase>" on the page's timeline, which the
// bench reads from the page (in Chromium a content script shares the page's performance timeline).
// Only the bench build (`wxt build --mode bench`) passes performanceTimer; every other build passes
// `untimed`, and the timer code is left out of it.
export type Phase =
  | 'start' // the content script's own start on page load, the quick check included
  | 'quick-check' // lib/detect/quick-check on the page and its frames
  | 'extract' // the report model and the page's kind (lib/extract, lib/detect/classify)
  | 'rules' // every rule of the registry
  | 'mount'; // the overlay on the page

export const MEASURE_PREFIX = 'nianbao:';

export type Timer = <T>(phase: Phase, run: () => T) => T;

export const untimed: Timer = (_phase, run) => run();

export function performanceTimer(perf: Performance): Timer {
  return (phase, run) => {
    const start = perf.now();
    try {
      return run();
    } finally {
      perf.measure(MEASURE_PREFIX + phase, { start, end: perf.now() });
    }
  };
}
