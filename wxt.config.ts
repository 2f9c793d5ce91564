import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import path from 'node:path';
import type { Plugin } from 'vite';
import { PAGE_CHECK_FILE } from './lib/script-files';

/**
 * The engine's build gets lib/i18n/catalogues-deferred.ts in place of catalogues.ts: the strings of
 * both languages would be a third of the script injected into every report page, so the engine
 * asks the background for the one language it shows (entrypoints/engine/create-engine.ts).
 */
function deferCatalogues(): Plugin {
  const bundled = path.resolve(import.meta.dirname, 'lib/i18n/catalogues.ts');
  const deferred = path.resolve(import.meta.dirname, 'lib/i18n/catalogues-deferred.ts');
  return {
    name: 'nianbao:defer-catalogues',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('/catalogues')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === bundled ? deferred : resolved;
    },
  };
}

const GOV_CN = '*://*.gov.cn/*';

export default defineConfig({
  // There is no @wxt-dev/module-preact; Preact's own Vite preset does the JSX.
  // The polyfill module makes `browser` from 'wxt/browser' promise-based in every browser.
  modules: ['@wxt-dev/webextension-polyfill'],
  // Static files (locales, icons) live under assets/ with everything else that is not code.
  publicDir: 'assets/public',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // activeTab + scripting: the toolbar button, the shortcut and the menu item grant access to that
    // one tab, so the on-demand audit needs no broad host permission. storage: settings.
    // contextMenus: "审查此页". The sites a person adds are asked for at run time (optional).
    // offscreen (Chrome): a hidden extension page builds XLSX exports asked for from the panel.
    // *.gov.cn, the content script's own sites: the background injects the engine there once a page
    // passes the cheap test (entrypoints/page-check.ts), which asks for no access the content script has not.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen']),
      ...(manifestVersion === 3 ? [] : [GOV_CN])],
    ...(manifestVersion === 3
      ? { host_permissions: [GOV_CN], optional_host_permissions: ['*://*/*'] }
      : { optional_permissions: ['*://*/*'] }),
    // The per-page script: a plain script (entrypoints/page-check.ts says why it is not WXT's
    // content-script entrypoint), declared here for the government sites.
    content_scripts: [{ matches: [GOV_CN], js: [PAGE_CHECK_FILE], run_at: 'document_idle' }],
    commands: {
      // Alt+Shift+A and Alt+Shift+P are silently left unbound by Chromium; K binds (tests/e2e).
      'audit-page': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandAudit__' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'nianbao-audit@example.org' } } }
      : {}),
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((e) => e.name === 'engine')) config.plugins = [...(config.plugins ?? []), deferCatalogues()];
    },
    // The toolbar tooltip in the browser's language (WXT takes it from the popup's fixed <title>).
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_actionTitle__';
    },
  },
});
