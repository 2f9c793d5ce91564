import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

describe('rule sections-present (S-1)', () => {
  it('passes six official headings in order', () => {
    expect(findingsOf('sections-present')).toEqual([]);
  });

  it('fails each missing section, for the banner (no cells)', () => {
    const found = findingsOf('sections-present', { narrative: { 5: null, 6: null } });
    expect(found.map((f) => [f.status, f.severity, f.section, f.cells])).toEqual([['fail', 'error', 5, []], ['fail', 'error', 6, []]]);
    expect(found[0]!.message).toBe('缺少“五、存在的主要问题及改进情况”部分。');
  });

  it('warns about a reworded heading; notes an accepted variant as info', () => {
    const found = findingsOf('sections-present', { headings: { 2: '二、主动公开政府信息的情况', 4: '四、政府信息公开行政复议和行政诉讼情况' } });
    expect(found.map((f) => [f.messageKey, f.severity, f.text])).toEqual([
      ['sections-present.variant', 'warning', '二、主动公开政府信息的情况'],
      ['sections-present.accepted', 'info', '四、政府信息公开行政复议和行政诉讼情况'],
    ]);
  });

  it('leaves a text error in a heading to label-typos', () => {
    expect(findingsOf('sections-present', { headings: { 4: '四、政府信息公开行政法复议、行政诉讼情况' } })).toEqual([]);
  });

  it('asks for review when no heading was found at all', () => {
    const none = Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [n, null]));
    expect(findingsOf('sections-present', { narrative: none }).map((f) => [f.status, f.messageKey])).toEqual([['review', 'sections-present.none']]);
  });
});
