import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects, one run: unit tests in happy-dom, browser tests driving the built extension in
// Chromium (they need `wxt build` first; `npm test` does that).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file starts its own Chromium; two at once is what two cores carry.
          maxWorkers: 2,
          // After the unit tests: a broken engine fails fast there, not in a browser.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
