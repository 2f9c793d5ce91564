// Real published pages (../shared/corpus, ../shared/seeds; never copied here): every page is
// classified as its MANIFEST says, every report yields every table cell on the page exactly, the
// plain-text report yields its verified model, and the seed texts yield full tables via the CLI.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadInput } from '../../cli/inputs';
import { auditDocument } from '../../lib/audit';
import { cellId } from '../../lib/extract/types';
import { parseCellValue } from '../../lib/text/cell-value';
import { AuditResultSchema, type AuditResult } from '../../lib/model/schema';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHARED = path.resolve(ROOT, '../shared');
const CORPUS = path.join(SHARED, 'corpus');
const SEEDS = path.join(SHARED, 'seeds');
const haveCorpus = existsSync(path.join(CORPUS, 'MANIFEST.tsv'));
const haveSeeds = existsSync(SEEDS);

interface Entry { file: string; kind: string; year: string; format: string; tables: string }
function manifest(): Entry[] {
  const [head, ...lines] = readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const cols = head!.split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v])) as unknown as Entry);
}

function audit(file: string) {
  const { document, close } = loadInput(path.join(CORPUS, file));
  const out = auditDocument(document, { source: file });
  return { ...out, close };
}

const numbers = (t: unknown): number => (typeof t === 'number' ? 1 : t && typeof t === 'object' ? Object.values(t).reduce((n: number, v) => n + numbers(v), 0) : 0);

describe.skipIf(!haveCorpus)(haveCorpus ? 'the corpus' : 'the corpus (skipped: ../shared/corpus is absent)', () => {
  const entries = haveCorpus ? manifest() : [];

  it.each(entries.map((e) => [e.file, e] as const))('%s is classified as its MANIFEST says', (_, e) => {
    const { result, close } = audit(e.file);
    close();
    expect(result.detection.kind).toBe(e.kind);
    if (e.kind === 'report') expect(result.report).toMatchObject({ year: Number(e.year), format: e.format });
  });

  const reports = entries.filter((e) => e.kind === 'report' && e.file.endsWith('.html') && e.tables);
  it.each(reports.map((e) => [e.file, e] as const))('%s yields every table cell on the page, exactly', (_, e) => {
    const { result, extracted, close } = audit(e.file);
    try {
      const report = result.report!;
      const expected = e.format === '2021' ? { t2: 10, t3: 175, t4: 15 } : { t2: 22, t3: 161, t4: 15 };
      for (const t of e.tables.split(',') as ('t2' | 't3' | 't4')[]) {
        expect(report.tableInfo?.[t], t).toMatchObject({ readable: true, missingRows: [], missingCols: [] });
        expect(numbers(report.tables[t]), t).toBe(expected[t]);
        // Every number in the table's cells on the page is one of the values read…
        const read = new Set([...extracted!.cells].filter(([k]) => k.startsWith(`${t}:`)).map(([, ref]) => ref.el));
        for (const table of extracted!.tableEls[t]!) {
          for (const td of Array.from(table.querySelectorAll('td, th'))) {
            if (parseCellValue(td.textContent ?? '').kind === 'number') expect(read.has(td), `${t}: ${td.textContent}`).toBe(true);
          }
        }
        // …and every value read is the number its cell shows (money converted to the model's unit).
        for (const [k, ref] of extracted!.cells) {
          if (!k.startsWith(`${t}:`)) continue;
          const [, row, col] = k.split(':') as [string, string, string];
          const value = (report.tables[t] as Record<string, Record<string, number | null>>)[row]![col];
          const parsed = parseCellValue(ref.el.textContent ?? '');
          if (parsed.unit) expect(report.raw?.[k], k).toBe(ref.raw);
          else expect(value, k).toBe(parsed.value);
        }
      }
    } finally {
      close();
    }
  });

  // Values the MANIFEST names, read from the cells that hold them.
  const cell = (r: AuditResult, t: 't2' | 't3' | 't4', row: string, col: string) => (r.report!.tables[t] as Record<string, Record<string, number | null>>)[row]?.[col];
  it.each([
    ['pingtan/nb-2023-87885.html', 't2', 'normativeDocs', 'inForce', 470],
    ['pingtan/nb-2023-87885.html', 't2', 'normativeDocs', 'issued', 77],
    ['pingtan/nb-2023-87885.html', 't2', 'normativeDocs', 'repealed', 132],
    ['pingtan/nb-2025-105587.html', 't3', 'new', 'total', 154],
    ['pingtan/nb-2025-105587.html', 't3', 'total', 'total', 148],
    ['pingtan/nb-2025-105587.html', 't3', 'carriedOut', 'total', 6],
    ['pingtan/nb-2024-97791.html', 't4', 'suitAfterReview', 'total', 19],
    ['pingtan/nb-2024-97791.html', 't4', 'review', 'total', 7],
    ['pingtan/nb-2021-80613.html', 't3', 'new', 'natural', 64],
    ['pingtan/nb-2021-80613.html', 't3', 'new', 'commercial', 0],
    ['pingtan/nb-2021-80613.html', 't3', 'new', 'nonprofit', 2],
    ['pingtan/nb-2021-80613.html', 't3', 'new', 'otherOrg', 4],
    ['pingtan/nb-2021-80613.html', 't3', 'new', 'total', 70],
    ['pingtan/nb-2021-80613.html', 't3', 'total', 'total', 69],
    ['pingtan/nb-2020-80595.html', 't3', 'total', 'natural', 20],
    ['pingtan/nb-2020-80595.html', 't3', 'total', 'total', 21],
    ['pingtan/nb-2020-80595.html', 't2', 'punishment', 'change', -18],
    ['pingtan/nb-2020-80595.html', 't2', 'fees', 'change', -15],
    ['pingtan/nb-2020-80595.html', 't2', 'procurement', 'amount', 73802895.9],
  ] as const)('%s: %s %s.%s is %d', (file, t, row, col, value) => {
    const { result, extracted, close } = audit(file);
    expect(cell(result, t, row, col)).toBe(value);
    expect(extracted!.cells.get(cellId({ table: t, row, col }))!.el.isConnected).toBe(true);
    close();
  });

  it('reports the malformed header of nb-2021 as an extra column, with the values still right', () => {
    const { result, close } = audit('pingtan/nb-2021-80613.html');
    close();
    expect(result.report!.tableInfo!.t3!.issues).toContainEqual({ kind: 'extra-column', found: '' });
  });

  it('gives legacy reports no tables', () => {
    for (const e of entries.filter((x) => x.format === 'legacy')) {
      const { result, close } = audit(e.file);
      close();
      expect(result.report!.tables).toEqual({ t2: null, t3: null, t4: null });
    }
  });

  it('reads the plain-text report into its verified model', () => {
    const model = JSON.parse(readFileSync(path.join(CORPUS, 'huaian/huaian-2024.model.json'), 'utf8'));
    const { result, extracted, close } = audit('huaian/huaian-2024.txt');
    close();
    expect(result.report).toMatchObject({ title: model.title, agency: model.agency, year: model.year, format: model.format, published: model.published });
    expect(result.report!.tables).toEqual(model.tables);
    expect(result.report!.sections).toEqual(model.sections.map((s: { number: number; heading: string }) => ({ number: s.number, heading: s.heading })));
    expect(extracted!.text.preamble).toBe(model.preamble.join('\n'));
    expect(extracted!.text.sections.map((s) => s.body)).toEqual(model.sections.map((s: { paragraphs: string[] }) => s.paragraphs.join('\n')));
  });
});

describe.skipIf(!haveSeeds)(haveSeeds ? 'the seed texts' : 'the seed texts (skipped: ../shared/seeds is absent)', () => {
  it('yield their full tables through the CLI', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'cli/audit.ts', '--json', SEEDS], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    const results = (JSON.parse(stdout) as unknown[]).map((r) => AuditResultSchema.parse(r));
    expect(results).toHaveLength(5);
    for (const r of results) {
      expect(r.detection.kind, r.source).toBe('report');
      expect(r.report!.sections.map((s) => s.number), r.source).toEqual([1, 2, 3, 4, 5, 6]);
      expect(numbers(r.report!.tables.t2), r.source).toBe(10);
      expect(numbers(r.report!.tables.t4), r.source).toBe(15);
      const t3 = r.report!.tables.t3!;
      expect(Object.keys(t3), r.source).toHaveLength(25);
      // One seed has no 其他 column (and blank 总计 cells): its six columns are read, the seventh is named missing.
      const cols = r.report!.tableInfo!.t3!.missingCols.length === 0 ? 7 : 6;
      for (const row of Object.values(t3)) expect(Object.keys(row!), r.source).toHaveLength(cols);
    }
    expect(results.filter((r) => r.report!.tableInfo!.t3!.missingCols.length > 0).map((r) => r.report!.tableInfo!.t3!.missingCols)).toEqual([['otherOrg']]);
  }, 60_000);
});
