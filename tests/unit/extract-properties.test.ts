// Property tests of the whole engine (fast-check): on random tables made of the standard tables'
// own labels and values, and on real published pages (../shared/corpus) mutated as portals and
// Word mangle them (cells dropped, spans changed, labels garbled, tables cut), the audit never
// throws, stays within a generous bound, and returns a result that validates against the MODEL.md
// schema. Pages are parsed as the CLI parses them (cli/parse-html.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { auditDocument } from '../../lib/audit';
import { AuditResultSchema } from '../../lib/model/schema';
import { T2_2019, T2_2021, T3_COLUMNS, T3_ROWS, T4_FIELDS, T4_GROUPS } from '../../lib/model/keys';
import { parseHtml } from '../../cli/parse-html';
import { decodePage } from '../../cli/decode';
import { buildReportHtml } from '../fixtures/report-builder';
import { escapeHtml } from '../../lib/dom/escape';

/** A guard against runaway work, far above anything the bench measures; not a speed check. */
const HANG_GUARD_MS = 15_000;

function auditChecked(doc: Document): void {
  const t0 = performance.now();
  const { result } = auditDocument(doc, { source: 'property', lang: 'zh_CN' });
  expect(performance.now() - t0).toBeLessThan(HANG_GUARD_MS);
  const parsed = AuditResultSchema.safeParse(JSON.parse(JSON.stringify(result)));
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
}

const LABELS = [
  ...T3_ROWS.map((r) => r.label), ...T3_ROWS.flatMap((r) => ('group' in r ? [r.group] : [])), ...T3_COLUMNS.map((c) => c.label),
  '申请人情况', '法人或其他组织', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  ...T4_GROUPS.map((g) => g.label), ...T4_FIELDS.map((f) => f.label), '行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉',
  ...[...T2_2021, ...T2_2019].flatMap((r) => [r.label, r.block, ...r.cols.map((c) => c.label)]), '信息内容',
];
const cellText = fc.oneof(
  fc.constantFrom(...LABELS),
  fc.integer({ min: -5, max: 100_000 }).map(String),
  fc.constantFrom('', '—', '/', '无', '0', '１２', '3,000', '25.5万元', '-15', '减少3', '\u200b7\u202e', '&nbsp;'),
  fc.string({ maxLength: 6 }),
);
const span = fc.oneof(fc.constant(''), fc.constantFrom('1', '2', '3', '5', '7', '0', '22', '1001', '70000', 'x'));
const randomTable = fc.array(
  fc.array(fc.record({ text: cellText, colspan: span, rowspan: span }), { minLength: 1, maxLength: 9 }),
  { minLength: 1, maxLength: 30 },
).map((rows) => `<table border="1">${rows.map((cells) => `<tr>${cells.map((c) =>
  `<td${c.colspan ? ` colspan="${c.colspan}"` : ''}${c.rowspan ? ` rowspan="${c.rowspan}"` : ''}>${c.text === '&nbsp;' ? c.text : escapeHtml(c.text)}</td>`).join('')}</tr>`).join('')}</table>`);

describe('the engine on random tables of the standard labels', () => {
  it('never throws and returns a valid result, whether the tables stand alone or replace the report’s', () => {
    fc.assert(
      fc.property(fc.array(randomTable, { minLength: 1, maxLength: 4 }), fc.boolean(), (tables, withReport) => {
        const html = withReport ? buildReportHtml({ omitTables: ['t2', 't3', 't4'] }, tables.join('\n')) : `<html><body>${tables.join('\n')}</body></html>`;
        auditChecked(parseHtml(html).document);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');
const present = fs.existsSync(path.join(CORPUS, 'MANIFEST.tsv'));
if (!present) console.warn(`mutated corpus pages skipped: ${CORPUS} is absent (real pages are read from ../shared/corpus at test time)`);
const reportPages = present
  ? fs.readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'))
      .filter(([file, kind]) => file!.endsWith('.html') && kind === 'report').map(([file]) => decodePage(fs.readFileSync(path.join(CORPUS, file!))).text)
  : [];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('drop-cell' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('span' as const), at: fc.nat(), attr: fc.constantFrom('colspan', 'rowspan'), value: span }),
  fc.record({ kind: fc.constant('garble' as const), at: fc.nat(), how: fc.constantFrom('swap', 'drop', 'insert', 'invisible', 'digit'), pos: fc.nat() }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), whole: fc.boolean() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** Mutate the page in place; `at` picks a cell or row among the page's, modulo their number. */
function mutate(doc: Document, m: Mutation): void {
  const cells = doc.querySelectorAll('td, th');
  const cell = cells[m.at % Math.max(1, cells.length)];
  if (m.kind === 'drop-cell') cell?.remove();
  else if (m.kind === 'span') cell?.setAttribute(m.attr, m.value);
  else if (m.kind === 'garble' && cell) {
    const t = cell.textContent ?? '';
    const i = t.length ? m.pos % t.length : 0;
    const garbled = {
      swap: t.slice(0, i) + t.slice(i + 1, i + 2) + t.slice(i, i + 1) + t.slice(i + 2),
      drop: t.slice(0, i) + t.slice(i + 1),
      insert: `${t.slice(0, i)}其${t.slice(i)}`,
      invisible: `${t.slice(0, i)}\u200b\u202e${t.slice(i)}`,
      digit: t.replace(/\d/, 'O'),
    }[m.how];
    cell.textContent = garbled;
  } else if (m.kind === 'cut') {
    const rows = doc.querySelectorAll('tr');
    const row = rows[m.at % Math.max(1, rows.length)];
    const table = row?.closest('table');
    if (m.whole) table?.remove();
    else {
      // The table ends at this row: it and the rows after it in its table are gone.
      let next: Element | null | undefined = row;
      while (next) {
        const after: Element | null = next.nextElementSibling;
        next.remove();
        next = after;
      }
    }
  }
}

describe.skipIf(!present)('the engine on mutated real pages', () => {
  it('never throws and returns a valid result, however the tables are damaged', () => {
    fc.assert(
      fc.property(fc.nat({ max: Math.max(0, reportPages.length - 1) }), fc.array(mutation, { minLength: 1, maxLength: 12 }), (page, mutations) => {
        const { document } = parseHtml(reportPages[page]!);
        for (const m of mutations) mutate(document, m);
        auditChecked(document);
      }),
      { numRuns: 300 },
    );
  }, 300_000);
});
