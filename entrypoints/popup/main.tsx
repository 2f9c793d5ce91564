// Popup adapter: the toolbar button's click granted activeTab on the page; show its audit and the
// export menu (XLSX built here, its writer loaded on demand).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView } from '@/lib/popup/PopupView';
import { auditTab, currentOrNewAudit, type TabApi } from '@/lib/tab-audit';
import { ENGINE_FILE } from '@/lib/script-files';
import { loadSettings, resolveLang } from '@/lib/settings/settings';
import { ExportMenu } from '@/lib/export/ExportMenu';
import { copyText, downloadFile } from '@/lib/export/deliver';
import { buildXlsx } from '@/lib/export/xlsx-loader';
import '@/lib/export/export-menu.css';
import './style.css';

const tabs: TabApi = {
  sendMessage: (tabId, message) => browser.tabs.sendMessage(tabId, message),
  inject: (tabId) => browser.scripting.executeScript({ target: { tabId }, files: [ENGINE_FILE] }),
};

/** The tab to audit: the active one; tests that open the popup in a tab of its own pass ?tab=<id>. */
async function targetTabId(): Promise<number> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

const withTab = <T,>(fn: (tabId: number) => Promise<T>, fallback: (e: unknown) => T) => () =>
  targetTabId().then(fn, (e: unknown) => fallback(e));
const failed = (e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) });

const settings = await loadSettings(browser.storage.local);
const lang = resolveLang(settings.lang, browser.i18n.getUILanguage());
document.documentElement.lang = lang === 'zh_CN' ? 'zh-CN' : 'en';

render(
  <PopupView
    lang={lang}
    load={withTab((id) => currentOrNewAudit(tabs, id), failed)}
    reaudit={withTab((id) => auditTab(tabs, id), failed)}
    onShow={withTab(async (id) => {
      await browser.tabs.sendMessage(id, { type: 'show' }).catch(() => {});
      window.close();
    }, () => undefined)}
    onOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
    exportActions={(result) => (
      <ExportMenu lang={lang} result={result} bom={settings.csvBom} copy={copyText} download={downloadFile} xlsx={buildXlsx} />
    )}
  />,
  document.getElementById('app')!,
);
