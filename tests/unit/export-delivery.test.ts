// Delivery (clipboard, download link) and the XLSX relay's messages, in happy-dom. The real
// clipboard, download and offscreen page are exercised in Chromium (tests/e2e/export-relay.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyRefused, copyText, downloadFile } from '../../lib/export/deliver';
import { FileReplySchema, XlsxRequestSchema, errorReply, fileReply, fromBase64, requestXlsx, toBase64 } from '../../lib/export/messages';
import { SCHEMA_VERSION, type AuditResult } from '../../lib/model/schema';
import { buildReportModel } from '../fixtures/report-builder';

afterEach(() => vi.restoreAllMocks());

describe('downloadFile', () => {
  it('saves the content under the file name through a temporary link, and leaves the page as it was', async () => {
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => { blob = b as Blob; return 'blob:test/1'; });
    const clicked: { download: string; href: string; inPage: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href, inPage: document.contains(this) });
    });
    const before = document.body.innerHTML;
    downloadFile({ filename: '某某区_2024_年报数据.csv', mime: 'text/csv;charset=utf-8', content: '\uFEFF项目,自然人\r\n' });
    expect(clicked).toEqual([{ download: '某某区_2024_年报数据.csv', href: 'blob:test/1', inPage: true }]);
    expect(blob!.type).toBe('text/csv;charset=utf-8');
    expect([...new Uint8Array(await blob!.arrayBuffer())].slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
    expect(document.body.innerHTML).toBe(before);
  });

  it('puts its link inside a shadow root when given one (the panel)', () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/2');
    const host = document.createElement('div');
    document.body.appendChild(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const parents: (Node | null)[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { parents.push(this.parentNode); });
    downloadFile({ filename: 'a.xlsx', mime: 'application/x', content: new Uint8Array([1]) }, shadow);
    expect(parents).toEqual([shadow]);
    expect(shadow.childNodes.length).toBe(0);
    host.remove();
  });
});

describe('copyText', () => {
  it('uses the async clipboard where there is one', async () => {
    const writeText = vi.fn(async () => {});
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    await copyText('a\tb\r\n');
    expect(writeText).toHaveBeenCalledWith('a\tb\r\n');
  });

  it('falls back to a selected textarea and the copy command (plain-http portals), then removes it', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard);
    const copied: string[] = [];
    // As a browser does: a copy event at the selection; what a listener sets replaces the selection.
    const exec = vi.fn(() => {
      const area = document.querySelector('textarea')!;
      const data = new DataTransfer();
      const event = new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true });
      area.dispatchEvent(event);
      // A browser's textarea holds LF line breaks (HTML's value normalisation; happy-dom keeps CRLF).
      const selected = area.value.slice(area.selectionStart, area.selectionEnd).replace(/\r\n?/g, '\n');
      copied.push(event.defaultPrevented ? data.getData('text/plain') : selected);
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    const input = document.body.appendChild(document.createElement('input'));
    input.focus();
    await copyText('项目\t自然人\r\n1\t2\r\n');
    expect(exec).toHaveBeenCalledWith('copy');
    // Exactly, CRLF kept (a textarea's value would have turned it into LF).
    expect(copied).toEqual(['项目\t自然人\r\n1\t2\r\n']);
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(input);
    input.remove();
  });

  it('reports a refusal instead of pretending it copied', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText: async () => { throw new Error('denied'); } } as unknown as Clipboard);
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    await expect(copyText('x')).rejects.toBeInstanceOf(CopyRefused);
    expect(document.querySelector('textarea')).toBeNull();
  });
});

describe('the XLSX relay messages', () => {
  const result: AuditResult = { schema: SCHEMA_VERSION, source: 's', detection: { kind: 'report', confidence: 1, signals: [] }, report: buildReportModel(), findings: [] };

  it('carries bytes through base64 unchanged', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });

  it('sends a validated request and returns the file the background built', async () => {
    const sent: unknown[] = [];
    const file = await requestXlsx(async (m) => {
      sent.push(m);
      return fileReply({ filename: 'a.xlsx', mime: 'application/x', content: new Uint8Array([80, 75, 3, 4]) });
    }, result, 'en');
    expect(XlsxRequestSchema.parse(sent[0])).toMatchObject({ type: 'export-xlsx', lang: 'en' });
    expect(file).toEqual({ filename: 'a.xlsx', mime: 'application/x', content: new Uint8Array([80, 75, 3, 4]) });
  });

  it('turns an error reply, or no reply at all, into a rejection', async () => {
    await expect(requestXlsx(async () => errorReply(new Error('no offscreen')), result, 'zh_CN')).rejects.toThrow('no offscreen');
    await expect(requestXlsx(async () => undefined, result, 'zh_CN')).rejects.toThrow();
    expect(FileReplySchema.safeParse({ ok: true, filename: 'a' }).success).toBe(false);
  });
});
