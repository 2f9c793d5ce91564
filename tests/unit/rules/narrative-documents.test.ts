import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

describe('rule narrative-documents (N-7: 规范性文件 counts = table 二)', () => {
  it('passes the sample (制发12件、废止3件、现行有效85件) and the 2019 wording', () => {
    expect(findingsOf('narrative-documents')).toEqual([]);
    expect(findingsOf('narrative-documents', { format: '2019' })).toEqual([]);
  });

  it('warns about 现行有效 393 against 470 in the table, as in Pingtan 2023', () => {
    const sentence = '一是做好规范性文件公开，清理并集中发布现行有效行政规范性文件393件，动态更新本年度制发的规范性文件77件。';
    const [f, ...rest] = findingsOf('narrative-documents', {
      t2: { normativeDocs: { issued: 77, repealed: 132, inForce: 470 } },
      narrative: { 1: [sentence] },
    });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ status: 'fail', severity: 'warning', cells: [{ table: 't2', row: 'normativeDocs', col: 'inForce' }], text: sentence });
    expect(f!.message).toBe('正文说行政规范性文件（现行有效件数）393 件，但表二为 470 件。');
    expect(f!.excerpt).toBeUndefined(); // the sentence itself is at fault: the overlay highlights it
  });

  it('does not read a count of other documents as 规范性文件', () => {
    expect(findingsOf('narrative-documents', { narrative: { 1: ['发布政策文件20件，政策解读117篇。'] } })).toEqual([]);
  });
});
