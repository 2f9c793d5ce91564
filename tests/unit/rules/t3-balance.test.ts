import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../../lib/audit';
import { buildReportHtml, sampleValues } from '../../fixtures/report-builder';
import { AuditResultSchema } from '../../../lib/model/schema';

function audit(html: string, lang: 'zh_CN' | 'en' = 'zh_CN') {
  document.documentElement.innerHTML = html.replace(/^<!DOCTYPE html>\s*/i, '');
  return auditDocument(document, { source: 'test.html', lang }).result;
}
const balance = (r: ReturnType<typeof audit>) => r.findings.filter((f) => f.rule === 't3-balance');
const sample = sampleValues('2021').t3;

describe('rule t3-balance (一 + 二 = （七）总计 + 四)', () => {
  it('passes a consistent report, in both formats', () => {
    for (const format of ['2021', '2019'] as const) {
      const r = audit(buildReportHtml({ format, year: format === '2021' ? 2024 : 2020 }));
      expect(r.detection.kind).toBe('report');
      expect(balance(r)).toEqual([]);
      expect(AuditResultSchema.safeParse(r).success).toBe(true);
    }
  });

  it('fails the column that does not balance, naming its four cells and the numbers', () => {
    const r = audit(buildReportHtml({ t3: { carriedOut: { legal: sample.carriedOut!.legal + 3 } } }));
    const found = balance(r);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', status: 'fail' });
    expect(found[0]!.cells).toEqual(['new', 'carriedIn', 'total', 'carriedOut'].map((row) => ({ table: 't3', row, col: 'legal' })));
    const lhs = sample.new!.legal + sample.carriedIn!.legal;
    const rhs = sample.total!.legal + sample.carriedOut!.legal + 3;
    expect(found[0]!.message).toContain('法律服务机构');
    expect(found[0]!.message).toContain(`= ${lhs}`);
    expect(found[0]!.message).toContain(`= ${rhs}`);
    expect(found[0]!.message).toContain('相差 3');
  });

  it('speaks English when asked', () => {
    const r = audit(buildReportHtml({ t3: { new: { natural: 0 } } }), 'en');
    expect(balance(r)[0]!.message).toMatch(/^Column “Natural persons”: 1 \+ 2 = 0 \+ 2 = 2/);
  });

  it('asks for review, not a failure, when an operand is blank, and never reads blank as 0', () => {
    const r = audit(buildReportHtml({ t3: { carriedIn: { commercial: null } } }));
    const found = balance(r);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ status: 'review', cells: expect.arrayContaining([{ table: 't3', row: 'carriedIn', col: 'commercial' }]) });
    expect(found[0]!.message).toContain('二、上年结转');
  });

  it('reports nothing for a wholly blank column here (the structure rules say it once)', () => {
    const blank = Object.fromEntries(['new', 'carriedIn', 'total', 'carriedOut'].map((k) => [k, { research: null }]));
    expect(balance(audit(buildReportHtml({ t3: blank })))).toEqual([]);
  });
});

describe('rule t3-balance on the model', () => {
  it('skips a column whose row is wholly blank (t3-cell-values says it once) but reviews a single blank', async () => {
    const { findingsOf } = await import('../../fixtures/rule-input');
    const blankRow = Object.fromEntries(['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg', 'total'].map((c) => [c, null]));
    expect(findingsOf('t3-balance', { t3: { carriedIn: blankRow } })).toEqual([]);
    expect(findingsOf('t3-balance', { t3: { carriedOut: { total: null } } }).map((f) => [f.status, f.cells[0]!.col])).toEqual([['review', 'total']]);
  });

  it('does not apply to a pre-2019 report', async () => {
    const { findingsOf } = await import('../../fixtures/rule-input');
    expect(findingsOf('t3-balance', { reportFormat: 'legacy', t3: { new: { natural: 0 } } })).toEqual([]);
  });
});
