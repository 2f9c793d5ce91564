import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

const regs = { regulations: { issued: 2, repealed: 0, inForce: 5 } };

describe('rule t2-regulations-power (no 规章 without rule-making power)', () => {
  it('passes 0 rules, and rules from bodies that may make them', () => {
    expect(findingsOf('t2-regulations-power')).toEqual([]);
    expect(findingsOf('t2-regulations-power', { agency: '示例市人民政府', t2: regs })).toEqual([]);
    expect(findingsOf('t2-regulations-power', { agency: '交通运输部', t2: regs })).toEqual([]);
  });

  it('warns about rules reported by a county department, a township and a city department, naming the cells', () => {
    for (const agency of ['示例县测试局', '示例县某镇', '示例市测试局']) {
      const [f] = findingsOf('t2-regulations-power', { agency, t2: regs });
      expect(f, agency).toMatchObject({ status: 'fail', severity: 'warning', cells: [
        { table: 't2', row: 'regulations', col: 'issued' }, { table: 't2', row: 'regulations', col: 'inForce' }] });
    }
    expect(findingsOf('t2-regulations-power', { agency: '示例县测试局', t2: regs })[0]!.message).toContain('“示例县测试局”是县级机关');
  });
});
