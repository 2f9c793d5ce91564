// The XLSX export in the built extension: the writer is in a chunk of its own that no content
// script or background code includes, and the panel's route (message → background → offscreen
// page → bytes back) gives a workbook that reads back to the model, in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, launchExtension, type ExtensionBrowser } from './browser';
import { fromBase64, FileReplySchema } from '../../lib/export/messages';
import { SCHEMA_VERSION, type AuditResult } from '../../lib/model/schema';
import { runRules } from '../../lib/rules/run';
import { buildReportModel } from '../fixtures/report-builder';
import { modelView, readWorkbook } from '../support/export-readback';

/** The part of the extension API the test evaluates in the extension page and the service worker. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> }; offscreen: { hasDocument(): Promise<boolean> } };

// Strings only the XLSX writer has (its package and the workbook part names it writes).
const WRITER_MARKERS = ['sharedStrings.xml', 'spreadsheetml.sheet.main'];
const read = (rel: string) => fs.readFileSync(path.join(EXTENSION_DIR, rel), 'utf8');

describe('the XLSX writer is loaded only on request', () => {
  it('is in no content script and not in the background, but in a chunk of its own', () => {
    for (const file of ['page-check.js', 'engine.js', 'background.js']) {
      for (const m of WRITER_MARKERS) expect(read(file), `${file} has ${m}`).not.toContain(m);
    }
    const chunks = fs.readdirSync(path.join(EXTENSION_DIR, 'chunks'));
    const writer = chunks.filter((c) => WRITER_MARKERS.every((m) => read(`chunks/${c}`).includes(m)));
    expect(writer).toHaveLength(1);
    // The pages that export (offscreen, popup) neither load nor preload it up front: only a dynamic
    // import does (in the chunk of xlsx-loader.ts, which both share), and nothing imports it statically.
    for (const page of ['offscreen.html', 'popup.html']) expect(read(page)).not.toContain(writer[0]);
    const name = writer[0]!.replace('.', '\\.');
    const importers = chunks.filter((c) => c !== writer[0] && read(`chunks/${c}`).includes(writer[0]!));
    expect(importers).toHaveLength(1);
    const loader = read(`chunks/${importers[0]}`);
    expect(loader).toMatch(new RegExp(`import\\(\\s*[\`'"]\\./${name}`));
    expect(loader).not.toMatch(new RegExp(`from\\s*[\`'"]\\./${name}`));
  });
});

describe('the panel’s XLSX route through the background', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => { browser = await launchExtension(); });
  afterAll(async () => { await browser?.close(); });

  it('builds the workbook in the offscreen page and returns it; two at once both arrive', async () => {
    const results: AuditResult[] = [
      { agency: '某某区', t3: { new: { natural: null, research: '—' } } },
      { agency: '另一局', year: 2020, format: '2019' as const, t2: { licensing: { change: -15 } } },
    ].map((spec, i) => {
      const report = buildReportModel(spec);
      return { schema: SCHEMA_VERSION, source: `p${i}.html`, detection: { kind: 'report', confidence: 1, signals: [] }, report,
        findings: runRules({ report, text: { preamble: '', sections: [] } }, 'zh_CN') };
    });
    // Any extension page stands in for the content script: both reach the background the same way.
    const page = await browser.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const replies = await page.evaluate(
      (rs) => Promise.all(rs.map((result) => chrome.runtime.sendMessage({ type: 'export-xlsx', result, lang: 'zh_CN' }))),
      results,
    );
    for (const [i, raw] of replies.entries()) {
      const reply = FileReplySchema.parse(raw);
      if (!reply.ok) throw new Error(reply.error);
      const report = results[i]!.report!;
      expect(reply.filename).toBe(i === 0 ? '某某区_2024_年报数据.xlsx' : '另一局_2020_年报数据.xlsx');
      const { view, sheets } = await readWorkbook(fromBase64(reply.base64), report.format, 'zh_CN');
      expect(view).toEqual(modelView(report));
      expect(sheets.at(-1)!.sheet).toBe('审查问题');
    }
    // The offscreen page is closed again once the work is done.
    expect(await browser.worker.evaluate(() => chrome.offscreen.hasDocument())).toBe(false);
    expect(browser.pageErrors).toEqual([]);
  });
});
