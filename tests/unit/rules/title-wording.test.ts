import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

describe('rule title-wording (S-3)', () => {
  it('accepts the official title and its accepted variants', () => {
    for (const title of ['示例县测试局2024年政府信息公开工作年度报告', '示例县测试局2024年度政府信息公开工作的年度报告', '示例县测试局2024年信息公开年度报告']) {
      expect(findingsOf('title-wording', { title }), title).toEqual([]);
    }
  });

  it('warns about a “工作报告” and a cover letter, quoting the title', () => {
    const [work] = findingsOf('title-wording', { title: '示例县测试局2024年政府信息公开工作报告' });
    expect(work).toMatchObject({ status: 'fail', severity: 'warning', messageKey: 'title-wording.workReport', text: '示例县测试局2024年政府信息公开工作报告' });
    const [letter] = findingsOf('title-wording', { title: '关于报送2024年政府信息公开工作年度报告的函' });
    expect(letter).toMatchObject({ messageKey: 'title-wording.coverLetter' });
  });
});
