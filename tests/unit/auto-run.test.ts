// The automatic run: nothing beyond the cheap test on a page that is not a report; late content
// picked up by a throttled watch that stops when found or at its time limit.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAutoRun } from '../../lib/page/auto-run';
import { watchForReport } from '../../lib/page/watch';
import { pageMightHaveReport } from '../../lib/page/quick-check';

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<p>详情</p>';
});
afterEach(() => vi.useRealTimers());

const flush = async () => {
  await vi.advanceTimersByTimeAsync(0);
};

describe('watching for a report that arrives after load', () => {
  it('checks after changes, at most once per interval, and stops once found', async () => {
    let checks = 0;
    let ready = false;
    const found = vi.fn();
    watchForReport(document, { check: () => (checks++, ready), onFound: found, debounceMs: 400, timeLimitMs: 10_000 });
    for (let i = 0; i < 10; i++) {
      document.body.append(document.createElement('span'));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(checks).toBeLessThanOrEqual(3); // 1000 ms of changes, one check per 400 ms
    ready = true;
    document.body.append(document.createElement('table'));
    await vi.advanceTimersByTimeAsync(500);
    expect(found).toHaveBeenCalledTimes(1);
    const after = checks;
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(checks).toBe(after);
  });

  it('gives up at the time limit', async () => {
    let checks = 0;
    watchForReport(document, { check: () => (checks++, false), onFound: () => {}, debounceMs: 100, timeLimitMs: 1000 });
    await vi.advanceTimersByTimeAsync(1500);
    const at = checks;
    document.body.append(document.createElement('table'));
    await vi.advanceTimersByTimeAsync(500);
    expect(checks).toBe(at);
  });
});

describe('the automatic run', () => {
  it('audits at once when the cheap test passes', async () => {
    const audit = vi.fn(async () => true);
    startAutoRun(document, { mightBeReport: () => true, audit });
    await flush();
    expect(audit).toHaveBeenCalledTimes(1);
  });

  it('does nothing but watch on a page that is not a report, and audits when one arrives', async () => {
    let ready = false;
    const audit = vi.fn(async () => true);
    startAutoRun(document, { mightBeReport: () => ready, audit, debounceMs: 100 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(audit).not.toHaveBeenCalled();
    ready = true;
    document.body.append(document.createElement('table'));
    await vi.advanceTimersByTimeAsync(200);
    expect(audit).toHaveBeenCalledTimes(1);
  });

  it('audits again after changes while an audit finds no report yet (a body still loading), until found', async () => {
    const results = [false, false, true];
    const audit = vi.fn(async () => results.shift() ?? true);
    startAutoRun(document, { mightBeReport: () => true, audit, debounceMs: 100 });
    await flush();
    for (let i = 0; i < 5; i++) {
      document.body.append(document.createElement('div'));
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(audit).toHaveBeenCalledTimes(3);
  });

  it('stops when told', async () => {
    const audit = vi.fn(async () => true);
    const stop = startAutoRun(document, { mightBeReport: () => false, audit, debounceMs: 100 });
    stop();
    document.body.append(document.createElement('table'));
    await vi.advanceTimersByTimeAsync(500);
    expect(audit).not.toHaveBeenCalled();
  });
});

describe('the start on a page with frames', () => {
  it('walks the page for its frames once: the cheap test and the watch share the walk', () => {
    // A <frame>, which happy-dom does not try to load (an <iframe> would log that it may not).
    document.body.innerHTML = '<p>详情</p>';
    document.body.append(document.createElement('frame'));
    // happy-dom does not count frames on the window; a browser's window.length is what lets the walk happen.
    Object.defineProperty(window, 'length', { value: 1, configurable: true });
    const walk = vi.spyOn(document, 'getElementsByTagName');
    try {
      const stop = startAutoRun(document, { mightBeReport: () => pageMightHaveReport(document), audit: async () => true });
      expect(walk.mock.calls.filter(([tag]) => tag === 'frame')).toHaveLength(1);
      stop();
    } finally {
      walk.mockRestore();
      Reflect.deleteProperty(window, 'length');
    }
  });
});
