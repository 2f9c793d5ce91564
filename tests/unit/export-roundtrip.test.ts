// Every export read back with an independent reader equals the model exactly: every synthetic
// variety of the builder (both formats, blanks, placeholders, decimals, signed numbers, a missing
// column, text that looks like a formula) and the real reports of ../shared/corpus.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { textExport, type TableFormat } from '../../lib/export/actions';
import { xlsxExport } from '../../lib/export/xlsx';
import { auditDocument } from '../../lib/audit';
import { runRules } from '../../lib/rules/run';
import { SCHEMA_VERSION, type AuditResult, type Report } from '../../lib/model/schema';
import type { Lang } from '../../lib/i18n/translate';
import { decodePage } from '../../cli/decode';
import { parseHtml } from '../../cli/parse-html';
import { buildReportHtml, buildReportModel, type ReportSpec } from '../fixtures/report-builder';
import { modelView, readDelimited, readWorkbook, type TableView } from '../support/export-readback';

const VARIETIES: [string, ReportSpec][] = [
  ['2021 format', {}],
  ['2019 format', { year: 2020, format: '2019' }],
  ['blank cells', { t3: { new: { natural: null }, total: { research: null } }, t4: { review: { pending: null } }, t2: { fees: { amount: null } } }],
  ['placeholders and full-width digits', {
    t3: { new: { research: '—', legal: '１２' }, granted: { otherOrg: '无' }, carriedOut: { natural: '/' } },
    t2: { licensing: { decisions: '-' } }, t4: { suitDirect: { other: '—' } },
  }],
  ['decimals and thousands separators', { t2: { fees: { amount: 5949.088667 }, licensing: { decisions: '3,000' } } }],
  ['2019 signed numbers and money in 元', { year: 2020, format: '2019', t2: { licensing: { change: -15 }, fees: { change: '+3' }, punishment: { change: '减少2' }, procurement: { amount: '73802895.90元' } } }],
  ['a missing column', { layout: { dropT3Column: 'otherOrg' } }],
  ['text that a spreadsheet would run as a formula, commas and quotes', { t3: { new: { natural: '=1+1' }, carriedIn: { commercial: 'a,"b"' }, granted: { legal: '@x' }, total: { research: '-2+3' } } }],
  ['only table 三', { omitTables: ['t2', 't4'] }],
];

function resultOf(report: Report, source = 'test.html'): AuditResult {
  const text = { preamble: '', sections: [] };
  return { schema: SCHEMA_VERSION, source, detection: { kind: 'report', confidence: 1, signals: [] }, report, findings: runRules({ report, text }, 'zh_CN') };
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Every text and XLSX export of the result, read back; each must equal the model's view. */
async function expectRoundTrips(result: AuditResult, lang: Lang = 'zh_CN'): Promise<TableView> {
  const report = result.report!;
  const want = modelView(report);
  const text = (format: TableFormat, extra: { table?: 't2' | 't3' | 't4'; bom?: boolean } = {}) =>
    textExport(result, { kind: 'tables', format, table: extra.table }, { lang, bom: extra.bom }).content as string;

  expect(readDelimited(text('tsv'), '\t', report.format, lang), 'TSV, all tables').toEqual(want);
  for (const table of Object.keys(want.tables) as ('t2' | 't3' | 't4')[]) {
    const one = readDelimited(text('tsv', { table }), '\t', report.format, lang, table);
    expect(one.tables, `TSV of ${table}`).toEqual({ [table]: want.tables[table] });
    const csv = readDelimited(text('csv', { table }), ',', report.format, lang, table);
    expect(csv.tables, `CSV of ${table}`).toEqual({ [table]: want.tables[table] });
  }

  // CSV with the BOM, as Excel reads it: bytes EF BB BF, then UTF-8 (TextDecoder drops the BOM).
  const withBom = utf8(text('csv'));
  expect([...withBom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(readDelimited(new TextDecoder().decode(withBom), ',', report.format, lang), 'CSV with BOM').toEqual(want);
  const noBom = utf8(text('csv', { bom: false }));
  expect(noBom[0]).not.toBe(0xef);
  expect(readDelimited(new TextDecoder().decode(noBom), ',', report.format, lang), 'CSV without BOM').toEqual(want);

  const json = textExport(result, { kind: 'json' }, { lang }).content as string;
  // Against the result itself, not a re-parsed copy: validation must not drop anything.
  expect(JSON.parse(json), 'JSON').toEqual(JSON.parse(JSON.stringify(result)));

  const xlsx = await xlsxExport(result, lang);
  const { view } = await readWorkbook(xlsx.content as Uint8Array, report.format, lang);
  expect(view, 'XLSX').toEqual(want);
  return want;
}

describe('export round trips on synthetic reports', () => {
  it.each(VARIETIES)('%s: TSV, CSV (with and without BOM), JSON and XLSX read back to the model', async (_, spec) => {
    const want = await expectRoundTrips(resultOf(buildReportModel(spec)));
    expect(Object.keys(want.tables).length).toBeGreaterThan(0);
  });

  it('round-trips with English labels for people (the data labels stay the report’s own)', async () => {
    await expectRoundTrips(resultOf(buildReportModel({ t3: { new: { research: '—' } } })), 'en');
  });

  // Pages whose table 三 the extractor reads in full (a cell of free text reads as a label there).
  const EXTRACTED: [string, ReportSpec][] = [
    ['2021 format', {}],
    ['2019 format', { year: 2020, format: '2019' }],
    ['blanks and placeholders in table 三', { t3: { new: { natural: null, research: '—', legal: '１２' }, carriedOut: { natural: '/' } } }],
    ['a missing column', { layout: { dropT3Column: 'otherOrg' } }],
  ];
  it.each(EXTRACTED)('%s, extracted from the built page (plain and Word markup), round-trips too', async (_, spec) => {
    for (const layout of [{}, { word: true }]) {
      const html = buildReportHtml({ ...spec, layout: { ...spec.layout, ...layout } });
      const { document, close } = parseHtml(html);
      try {
        const { result } = auditDocument(document, { source: 'page.html' });
        // The builder's model is what the page holds: table 三 is extracted exactly as modelled.
        expect(result.report!.tables.t3).toEqual(buildReportModel(spec).tables.t3);
        await expectRoundTrips(result);
      } finally {
        close();
      }
    }
  });
});

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');
const corpusReports = existsSync(path.join(CORPUS, 'MANIFEST.tsv'))
  ? readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1)
      .map((line) => line.split('\t'))
      .filter(([file, kind]) => kind === 'report' && file!.endsWith('.html'))
      .map(([file, , , , , tables]) => [file!, tables ?? ''] as const)
  : [];

describe.skipIf(corpusReports.length === 0)('export round trips on the corpus (../shared/corpus)', () => {
  it.each(corpusReports)('%s (tables on the page: %s)', async (file, tables) => {
    const { text } = decodePage(readFileSync(path.join(CORPUS, file)));
    const { document, close } = parseHtml(text);
    try {
      const { result } = auditDocument(document, { source: file });
      if (tables !== '') {
        // Generic over whatever tables the model holds today (三 now; 二 and 四 when extracted).
        const want = await expectRoundTrips(result);
        expect(Object.keys(want.tables).length).toBeGreaterThan(0);
      } else {
        // A legacy report without the standard tables: there is nothing to lose, and JSON still validates.
        expect(JSON.parse(textExport(result, { kind: 'json' }, { lang: 'zh_CN' }).content as string)).toEqual(JSON.parse(JSON.stringify(result)));
      }
    } finally {
      close();
    }
  }, 30_000);
});
if (corpusReports.length === 0) console.warn(`export corpus round trips skipped: ${CORPUS} is absent`);
