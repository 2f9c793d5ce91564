// The automatic run on page load: nothing but the cheap test on a page that is not a report; an
// audit once it passes, now or when late content arrives; again when an audit found no report yet
// (a title that names a report whose body is still loading), until the time limit.
import { watchForReport } from './watch';

export interface AutoRunOptions {
  /** The cheap test (title, meta, table labels). */
  mightBeReport: () => boolean;
  /** Audit the page; resolves true once a report was found and shown. */
  audit: () => Promise<boolean>;
  timeLimitMs?: number;
  debounceMs?: number;
  /** Runs each reaction of the watch to the page's changes (lib/page/watch.ts). */
  timed?: (run: () => void) => void;
}

export function startAutoRun(doc: Document, { mightBeReport, audit, timeLimitMs = 20_000, debounceMs = 400, timed }: AutoRunOptions): () => void {
  const deadline = Date.now() + timeLimitMs;
  let stopWatch = () => {};
  let stopped = false;
  const watch = () => {
    const left = deadline - Date.now();
    if (stopped || left <= 0) return;
    stopWatch = watchForReport(doc, { check: mightBeReport, onFound: () => void attempt(), debounceMs, timeLimitMs: left, timed });
  };
  const attempt = async () => {
    if (stopped) return;
    const found = await audit().catch(() => false);
    if (!found) watch();
  };
  let ready = false;
  try {
    ready = mightBeReport();
  } catch {
    ready = false;
  }
  if (ready) void attempt();
  else watch();
  return () => {
    stopped = true;
    stopWatch();
  };
}
