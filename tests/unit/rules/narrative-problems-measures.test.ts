import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

describe('rule narrative-problems-measures (N-13: problems, measures, rectification)', () => {
  it('passes the sample', () => {
    expect(findingsOf('narrative-problems-measures')).toEqual([]);
  });

  it('warns about missing measures, and hints at missing rectification from 2021', () => {
    const found = findingsOf('narrative-problems-measures', { narrative: { 5: ['存在的问题：公开内容不够全面。'] } });
    expect(found.map((f) => [f.messageKey, f.severity])).toEqual([
      ['narrative-problems-measures.measures', 'warning'], ['narrative-problems-measures.rectification', 'info'],
    ]);
    expect(found[0]).toMatchObject({ section: 5, text: '存在的问题：公开内容不够全面。' });
  });

  it('warns about missing problems; asks no rectification of a 2019-format report', () => {
    expect(findingsOf('narrative-problems-measures', { format: '2019', narrative: { 5: ['下一步将加强培训。'] } }).map((f) => f.messageKey))
      .toEqual(['narrative-problems-measures.problems']);
  });
});
