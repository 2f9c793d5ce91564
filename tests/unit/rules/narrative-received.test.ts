import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

const para = (text: string) => ({ narrative: { 1: ['2024年，本机关认真贯彻落实条例。', `（二）依申请公开。${text}`] } });
const NEW = { table: 't3', row: 'new', col: 'total' };
const CARRIED = { table: 't3', row: 'carriedIn', col: 'total' };

describe('rule narrative-received (N-1: 收到 = 新收, or 新收 + 结转)', () => {
  it('accepts 新收 (183) and 新收 + 上年结转 (186)', () => {
    expect(findingsOf('narrative-received')).toEqual([]);
    expect(findingsOf('narrative-received', para('本年度共收到政府信息公开申请186件。'))).toEqual([]);
    expect(findingsOf('narrative-received', para('本年度共收到186件申请，均已答复。'))).toEqual([]);
  });

  it('warns when the figure matches neither, quoting the sentence and naming both cells', () => {
    const [f, ...rest] = findingsOf('narrative-received', para('本年度共收到政府信息公开申请200件，涉及自然人105件。'));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ status: 'fail', severity: 'warning', section: 1, cells: [NEW, CARRIED],
      text: '本年度共收到政府信息公开申请200件，涉及自然人105件。' });
    expect(f!.message).toBe('正文说收到申请 200 件，但表三本年新收为 183 件，新收加上年结转为 186 件，都不相符。');
  });

  it('asks for review when the text says 办理 (received or closed?) or speaks of another year', () => {
    const [handled] = findingsOf('narrative-received', para('全年办理政府信息公开申请150件。'));
    expect(handled).toMatchObject({ status: 'review', messageKey: 'narrative-received.handled' });
    expect(findingsOf('narrative-received', para('全年办理政府信息公开申请182件。'))).toEqual([]); // = （七）总计
    const [other] = findingsOf('narrative-received', para('2023年共收到政府信息公开申请150件。'));
    expect(other).toMatchObject({ status: 'review' });
  });

  it('has no evidence when the table cell is blank', () => {
    expect(findingsOf('narrative-received', { ...para('共收到政府信息公开申请200件。'), t3: { new: { total: null } } })).toEqual([]);
  });

  it('reads counts in Chinese numerals ("收到两起申请")', () => {
    const [f] = findingsOf('narrative-received', para('小店镇收到两起公众申请。'));
    expect(f!.params).toMatchObject({ found: 2 });
  });
});
