// Acceptance of the rules on real reports (issue 4, "Must be found"): the five seed reports in
// ../shared/seeds and the pages of ../shared/corpus with what its MANIFEST.tsv says is genuinely
// wrong in them, audited by the CLI as a user runs it. Where the tables agree, no arithmetic
// finding may appear. Skipped, with a message, when ../shared is not beside the project.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { AuditResultSchema, type AuditResult, type Finding } from '../../lib/model/schema';
import { RULES } from '../../lib/rules/registry';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHARED = path.resolve(ROOT, '../shared');
const SEEDS = path.join(SHARED, 'seeds');
const CORPUS = path.join(SHARED, 'corpus');
const present = existsSync(SEEDS) && existsSync(path.join(CORPUS, 'MANIFEST.tsv'));
if (!present) console.warn(`rules acceptance: ${SHARED} not found, seed and corpus tests skipped`);

const ARITHMETIC = new Set(RULES.filter((r) => r.meta.tags.includes('arithmetic')).map((r) => r.meta.id));
const arithmetic = (r: AuditResult) => r.findings.filter((f) => ARITHMETIC.has(f.rule));
const show = (fs: Finding[]) => fs.map((f) => `${f.rule} [${f.status}] ${f.message}`).join('\n');

interface ManifestRow { file: string; kind: string; year: string; format: string; genuine: string }
const manifest = (): ManifestRow[] => readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1)
  .map((line) => line.split('\t')).map(([file, kind, year, format, , , genuine]) => ({ file: file!, kind: kind!, year: year!, format: format!, genuine: genuine ?? '' }));

const results = new Map<string, AuditResult>();
const seed = (prefix: string) => [...results.entries()].find(([source]) => path.basename(source).startsWith(prefix))?.[1];
const corpus = (file: string) => results.get(path.join(CORPUS, file));

beforeAll(async () => {
  if (!present) return;
  const files = [
    ...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => path.join(SEEDS, f)),
    ...manifest().filter((r) => r.kind === 'report').map((r) => path.join(CORPUS, r.file)),
  ];
  // One run of the CLI for every file: JSON on stdout, one object per file.
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'cli/audit.ts', '--json', ...files], { cwd: ROOT, maxBuffer: 64 << 20 })
    .catch((e: { stdout: string }) => ({ stdout: e.stdout }));
  for (const raw of JSON.parse(stdout) as unknown[]) {
    const parsed = AuditResultSchema.safeParse(raw);
    if (parsed.success) results.set(parsed.data.source, parsed.data);
  }
}, 120_000);
afterAll(() => results.clear());

describe.skipIf(!present)('the seed reports (../shared/seeds)', () => {
  it('are read as reports with consistent tables: no arithmetic finding', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const r = seed(prefix);
      expect(r?.detection.kind, `seed ${prefix}`).toBe('report');
      expect(show(arithmetic(r!)), `seed ${prefix}`).toBe('');
    }
  });

  it('000: the sub-parts of 一、总体情况 are numbered 一、二、三… like the sections', () => {
    expect(seed('000')?.findings).toContainEqual(expect.objectContaining({ rule: 'subpart-numbering', messageKey: 'subpart-numbering.headingStyle', section: 1 }));
  });

  it('001: （1） is mixed with （二）', () => {
    expect(seed('001')?.findings).toContainEqual(expect.objectContaining({ rule: 'subpart-numbering', messageKey: 'subpart-numbering.mixed', section: 1 }));
  });

  it('003: table 三 has no 其他 column', () => {
    expect(seed('003')?.findings).toContainEqual(expect.objectContaining({ rule: 't3-structure', messageKey: 'structure.missingColumn', params: { table: '@table.t3', col: '@col.otherOrg' } }));
  });

  it('004: 三是 is written twice', () => {
    expect(seed('004')?.findings).toContainEqual(expect.objectContaining({ rule: 'subpart-numbering', messageKey: 'subpart-numbering.duplicate', params: expect.objectContaining({ marker: '三是' }) }));
  });
});

describe.skipIf(!present)('the corpus (../shared/corpus, MANIFEST.tsv)', () => {
  it('reads every report with its year and format', () => {
    for (const row of manifest().filter((r) => r.kind === 'report')) {
      const r = corpus(row.file);
      expect(r?.detection.kind, row.file).toBe('report');
      expect(r?.report?.year, row.file).toBe(Number(row.year));
      expect(r?.report?.format, row.file).toBe(row.format);
    }
  });

  it('reports no arithmetic failure where the MANIFEST lists no genuine problem', () => {
    for (const row of manifest().filter((r) => r.kind === 'report' && !r.genuine)) {
      const r = corpus(row.file)!;
      expect(show(arithmetic(r).filter((f) => f.status === 'fail')), row.file).toBe('');
    }
  });

  it('says once that a pre-2019 report is outside the table checks, and checks no table', () => {
    for (const row of manifest().filter((r) => r.format === 'legacy')) {
      const r = corpus(row.file)!;
      expect(r.findings.filter((f) => f.messageKey === 'format-version.legacy'), row.file).toHaveLength(1);
      expect(r.findings.filter((f) => /^t[234]-/.test(f.rule)), row.file).toEqual([]);
    }
  });

  it('nb-2020: （七）总计 is not the sum of the outcomes (T3-B) while 一 + 二 = （七） + 四 holds', () => {
    const r = corpus('pingtan/nb-2020-80595.html')!;
    expect(r.findings.filter((f) => f.rule === 't3-balance')).toEqual([]);
    const t3b = r.findings.filter((f) => f.rule === 't3-outcome-sum');
    expect(t3b.map((f) => [f.status, f.params?.col, f.params?.total, f.params?.sum])).toEqual([
      ['fail', '@col.natural', 20, 26], ['fail', '@col.total', 21, 27],
    ]);
  });

  it('nb-2021: the malformed header of table 三 is a structural finding for review, the values still right', () => {
    const r = corpus('pingtan/nb-2021-80613.html')!;
    expect(r.report?.tables.t3?.new).toEqual({ natural: 64, commercial: 0, research: 0, nonprofit: 2, legal: 0, otherOrg: 4, total: 70 });
    expect(r.findings.filter((f) => f.rule === 't3-structure' && f.status === 'review').length).toBeGreaterThan(0);
    expect(show(arithmetic(r))).toBe('');
  });

  it('nb-2022: the heading of 四 reads 行政法复议', () => {
    expect(corpus('pingtan/nb-2022-80629.html')?.findings).toContainEqual(expect.objectContaining({ rule: 'label-typos', section: 4, params: expect.objectContaining({ found: '行政法复议' }) }));
  });

  it('nb-2023: 现行有效行政规范性文件 393 in the text against 470 in table 二, and 三是 twice in 五', () => {
    const r = corpus('pingtan/nb-2023-87885.html')!;
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'narrative-documents', status: 'fail',
      cells: [{ table: 't2', row: 'normativeDocs', col: 'inForce' }], params: expect.objectContaining({ found: 393, table: 470 }) }));
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'subpart-numbering', messageKey: 'subpart-numbering.duplicate', section: 5 }));
  });

  it('nb-2024: more suits after reconsideration than reconsiderations is an info hint, not an error', () => {
    const r = corpus('pingtan/nb-2024-97791.html')!;
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 't4-suits-after-review', severity: 'info', params: { suits: 19, reviews: 7 } }));
  });
});
