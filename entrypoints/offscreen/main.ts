// The offscreen page: builds XLSX workbooks for the background (the content script's panel cannot
// load the writer, and a service worker cannot import on demand). Loaded only on request.
import { browser } from 'wxt/browser';
import { buildXlsx } from '@/lib/export/xlsx-loader';
import { XlsxBuildSchema, errorReply, fileReply } from '@/lib/export/messages';

browser.runtime.onMessage.addListener((raw: unknown) => {
  const msg = XlsxBuildSchema.safeParse(raw);
  if (!msg.success) return undefined;
  return buildXlsx(msg.data.result, msg.data.lang).then(fileReply, errorReply);
});
