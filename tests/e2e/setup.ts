// The frame of every browser-test file: a local server with the file's pages and Chromium with
// the built extension, started before its tests and closed after; and the closing check that no
// page, popup or content script raised an error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser, type LaunchOptions } from './browser';
import { startServer, type PageServer, type ServedPage } from './server';

export interface TestEnv {
  browser: ExtensionBrowser;
  server: PageServer;
}

export function useExtension(pages: () => Record<string, ServedPage>, launch: () => Promise<LaunchOptions> = async () => ({})): TestEnv {
  const env = {} as TestEnv;
  beforeAll(async () => {
    env.server = await startServer(pages());
    env.browser = await launchExtension(await launch());
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

export function expectNoPageErrors(env: TestEnv): void {
  describe('hygiene', () => {
    it('raised no errors in any page, popup or content script', () => {
      expect(env.browser.pageErrors).toEqual([]);
    });
  });
}
