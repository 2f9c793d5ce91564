import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  // There is no @wxt-dev/module-preact; Preact's own Vite preset does the JSX.
  // The polyfill module makes `browser` from 'wxt/browser' promise-based in every browser.
  modules: ['@wxt-dev/webextension-polyfill'],
  // Static files (locales, icons) live under assets/ with everything else that is not code.
  publicDir: 'assets/public',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // activeTab + scripting: the user's click on the toolbar button grants access to that one tab,
    // so the on-demand audit needs no broad host permission. storage: per-tab results and settings.
    // offscreen (Chrome): a hidden extension page builds XLSX exports asked for from the panel.
    permissions: ['activeTab', 'scripting', 'storage', ...(browser === 'firefox' ? [] : ['offscreen'])],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'nianbao-audit@example.org' } } }
      : {}),
  }),
});
