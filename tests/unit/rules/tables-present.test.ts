import { describe, expect, it } from 'vitest';
import { findingsOf, ruleInput } from '../../fixtures/rule-input';

describe('rule tables-present (S-2)', () => {
  it('passes three readable tables', () => {
    expect(findingsOf('tables-present')).toEqual([]);
  });

  it('fails a table the extractor looked for and did not find', () => {
    const [f] = findingsOf('tables-present', { noTables: ['t4'], tableInfo: { t4: { found: false, readable: false } } });
    expect(f).toMatchObject({ status: 'fail', severity: 'error', section: 4, cells: [] });
    expect(f!.message).toBe('页面上没有找到表四 行政复议、行政诉讼情况。');
  });

  it('asks for review of a table seen but not readable (a picture)', () => {
    const [f] = findingsOf('tables-present', { noTables: ['t2'], tableInfo: { t2: { found: true, readable: false } } });
    expect(f).toMatchObject({ status: 'review', severity: 'warning', section: 2 });
  });

  it('does not claim a table is absent when the extractor did not say it looked', () => {
    const input = ruleInput({ noTables: ['t2'] });
    delete input.report.tableInfo!.t2;
    expect(findingsOf('tables-present', input)).toEqual([]);
  });
});
