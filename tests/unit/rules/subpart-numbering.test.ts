import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

const five = (paragraphs: string[]) => ({ narrative: { 5: paragraphs } });

describe('rule subpart-numbering (S-4 numbering)', () => {
  it('passes the sample, lists that restart, and nested lists', () => {
    expect(findingsOf('subpart-numbering')).toEqual([]);
    expect(findingsOf('subpart-numbering', five(['问题：一是甲；二是乙。', '措施：一是丙；二是丁；三是戊。']))).toEqual([]);
    expect(findingsOf('subpart-numbering', five(['（一）问题', '（1）甲', '（2）乙', '（二）措施', '1.丙', '2.丁']))).toEqual([]);
  });

  it('finds 三是 written twice and 二是 skipped (Pingtan 2023), quoting the sentence', () => {
    const found = findingsOf('subpart-numbering', five(['存在的问题：一是发布属性界定不够精确；三是开拓创新不够有力；三是政策解读质量有待提高。']));
    expect(found.map((f) => [f.messageKey, f.text])).toEqual([
      ['subpart-numbering.skipped', '三是开拓创新不够有力'],
      ['subpart-numbering.duplicate', '三是政策解读质量有待提高'],
    ]);
    expect(found[0]!.message).toBe('“五、存在的主要问题及改进情况”中编号跳过了二是，直接写到“三是”。');
    expect(found[1]!.message).toBe('“五、存在的主要问题及改进情况”中“三是”重复出现。');
  });

  it('finds （1） going on as （二） (seed 001)', () => {
    const found = findingsOf('subpart-numbering', { narrative: { 1: ['（1） 主动公开方面', '本年度…', '（二）依申请公开工作方面', '（三）政府信息管理方面'] } });
    expect(found.map((f) => [f.messageKey, f.section, f.text])).toEqual([['subpart-numbering.mixed', 1, '（1）主动公开方面']]);
  });

  it('finds sub-parts numbered 一、二、 like the sections (seed 000)', () => {
    const found = findingsOf('subpart-numbering', { narrative: { 1: ['2024年，…', '一、主动公开情况', '…', '二、依申请公开情况', '三、政府信息管理'] } });
    expect(found.map((f) => [f.messageKey, f.params?.markers])).toEqual([['subpart-numbering.headingStyle', '一、 二、 三、']]);
  });

  it('hints at half-width brackets among full-width ones', () => {
    const found = findingsOf('subpart-numbering', five(['（一）问题', '(二)措施', '（三）整改']));
    expect(found.map((f) => [f.messageKey, f.severity, f.params?.markers])).toEqual([['subpart-numbering.width', 'info', '(二)']]);
  });
});
