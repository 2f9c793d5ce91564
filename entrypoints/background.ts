// Background: turns the content script's counts into the toolbar badge of that tab.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { BackgroundMessageSchema } from '@/lib/messages';
import { badgeFor } from '@/lib/badge';
import { DEFAULT_LANG, translate } from '@/lib/i18n/translate';
import { FileReplySchema, XlsxRequestSchema, errorReply, type FileReply, type XlsxRequest } from '@/lib/export/messages';

const OFFSCREEN = '/offscreen.html';
let xlsxQueue: Promise<unknown> = Promise.resolve();

/**
 * XLSX for the panel, built in the offscreen page (Chrome's offscreen document; in Firefox's
 * background page, the same page in an iframe), one at a time, the page closed after each.
 */
function buildXlsxOffscreen(req: XlsxRequest): Promise<FileReply> {
  const run = async (): Promise<FileReply> => {
    let close: () => Promise<void>;
    if (browser.offscreen) {
      // One left open by an interrupted run is reused rather than failing every later export.
      if (!(await browser.offscreen.hasDocument())) {
        await browser.offscreen.createDocument({ url: OFFSCREEN, reasons: ['BLOBS'], justification: 'Build an XLSX export on request' });
      }
      close = () => browser.offscreen.closeDocument();
    } else {
      const frame = document.createElement('iframe');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = browser.runtime.getURL(OFFSCREEN);
      document.body.appendChild(frame);
      await loaded;
      close = async () => frame.remove();
    }
    try {
      return FileReplySchema.parse(await browser.runtime.sendMessage({ type: 'build-xlsx', result: req.result, lang: req.lang }));
    } finally {
      await close();
    }
  };
  const reply = xlsxQueue.then(run).catch(errorReply);
  xlsxQueue = reply;
  return reply;
}

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const req = XlsxRequestSchema.safeParse(raw);
    return req.success ? buildXlsxOffscreen(req.data) : undefined;
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const msg = BackgroundMessageSchema.safeParse(raw);
    const tabId = sender.tab?.id;
    if (!msg.success || tabId === undefined) return undefined;
    const badge =
      msg.data.type === 'audited'
        ? badgeFor(msg.data.kind, msg.data.counts)
        : badgeFor('other', { errors: 0, warnings: 0, infos: 0, reviews: 0 });
    const lang = DEFAULT_LANG;
    return Promise.all([
      action.setBadgeText({ tabId, text: badge.text }),
      action.setBadgeBackgroundColor({ tabId, color: badge.color }),
      action.setTitle({ tabId, title: translate(lang, badge.title) }),
    ]).then(() => ({ ok: true }));
  });
});
