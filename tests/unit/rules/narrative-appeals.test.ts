import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

const text = (s: string) => ({ narrative: { 1: [`本年度因政府信息公开${s}。`] } });

describe('rule narrative-appeals (N-6: 复议 and 诉讼 = table 四)', () => {
  it('passes the sample (复议7件, 诉讼 6 + 3 = 9件)', () => {
    expect(findingsOf('narrative-appeals')).toEqual([]);
    expect(findingsOf('narrative-appeals', text('引发行政复议7起，行政诉讼9起'))).toEqual([]);
  });

  it('warns about each count that differs, naming the table cells', () => {
    const found = findingsOf('narrative-appeals', text('被申请行政复议2件，提起行政诉讼7件'));
    expect(found.map((f) => [f.messageKey, f.cells])).toEqual([
      ['narrative-appeals.review', [{ table: 't4', row: 'review', col: 'total' }]],
      ['narrative-appeals.suits', [{ table: 't4', row: 'suitDirect', col: 'total' }, { table: 't4', row: 'suitAfterReview', col: 'total' }]],
    ]);
    expect(found[1]!.message).toBe('正文说行政诉讼 7 件，但表四两类行政诉讼总计为 6 + 3 = 9 件。');
  });

  it('leaves a sentence naming both together alone', () => {
    expect(findingsOf('narrative-appeals', text('被申请行政复议和提起行政诉讼共3件'))).toEqual([]);
  });
});
