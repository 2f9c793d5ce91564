import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['*://*/*'] }
      : { optional_permissions: ['*://*/*'] }),
    commands: {
      // Alt+Shift+A and Alt+Shift+P are silently left unbound by Chromium; K binds (tests/e2e).
      'audit-page': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandAudit__' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'nianbao-audit@example.org' } } }
      : {}),
  }),
  hooks: {
    // The toolbar tooltip in the browser's language (WXT takes it from the popup's fixed <title>).
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_actionTitle__';
    },
  },
});
