import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

const text = (s: string) => ({ narrative: { 1: [`（一）主动公开。${s}`] } });

describe('rule narrative-decisions (N-8: decisions and fees = table 二)', () => {
  it('passes the sample, and a fee amount written in 元', () => {
    expect(findingsOf('narrative-decisions')).toEqual([]);
    expect(findingsOf('narrative-decisions', text('收取行政事业性收费255000元。'))).toEqual([]);
  });

  it('warns about a decision count that differs, naming the cell', () => {
    const [f] = findingsOf('narrative-decisions', text('作出行政处罚决定300件。'));
    expect(f).toMatchObject({ status: 'fail', cells: [{ table: 't2', row: 'punishment', col: 'decisions' }] });
    expect(f!.message).toBe('正文说行政处罚 300 件，但表二处理决定数量为 340。');
  });

  it('asks for review when the count may be of something else (no 决定)', () => {
    const [f] = findingsOf('narrative-decisions', text('办理行政处罚案件300件。'));
    expect(f).toMatchObject({ status: 'review' });
  });

  it('warns about a fee amount that differs by more than 0.01 万元', () => {
    const [f] = findingsOf('narrative-decisions', text('收取行政事业性收费30万元。'));
    expect(f).toMatchObject({ status: 'fail', messageKey: 'narrative-decisions.fees', cells: [{ table: 't2', row: 'fees', col: 'amount' }] });
    expect(f!.message).toBe('正文说行政事业性收费 30万元，但表二为 25.5 万元。');
  });
});
