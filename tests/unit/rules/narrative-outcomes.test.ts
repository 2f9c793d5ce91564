import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

const text = (s: string) => ({ narrative: { 1: [`依申请公开方面，本年度办结申请182件，其中${s}。`] } });
const total = (row: string) => ({ table: 't3', row, col: 'total' });

describe('rule narrative-outcomes (N-3: outcome counts = table 三)', () => {
  it('passes the sample, the grouped 予以公开及部分公开 (7 + 13) and a leaf row', () => {
    expect(findingsOf('narrative-outcomes')).toEqual([]);
    expect(findingsOf('narrative-outcomes', text('予以公开及部分公开20件，本机关不掌握相关政府信息9件'))).toEqual([]);
  });

  it('warns about a group whose count differs, naming each row of the group', () => {
    const [f] = findingsOf('narrative-outcomes', text('不予公开60件'));
    expect(f!.cells).toEqual(['stateSecret', 'lawProhibited', 'threeSecurities', 'thirdParty', 'internalAffairs', 'processInfo', 'enforcementFile', 'adminQuery'].map((k) => total(`withheld.${k}`)));
    expect(f!.message).toBe('正文说“不予公开” 60 件，但表三相应各项合计为 65 件。');
  });

  it('warns about a leaf row and about 予以公开', () => {
    expect(findingsOf('narrative-outcomes', text('重复申请5件')).map((f) => f.cells)).toEqual([[total('notProcessed.duplicate')]]);
    expect(findingsOf('narrative-outcomes', text('予以公开8件')).map((f) => f.cells)).toEqual([[total('granted')]]);
  });
});
