import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

describe('rule format-version (Y-4: template and notice follow the year)', () => {
  it('passes the 2021 format for 2024 and the 2019 format for 2020', () => {
    expect(findingsOf('format-version')).toEqual([]);
    expect(findingsOf('format-version', { format: '2019' })).toEqual([]);
  });

  it('fails the old template after 2020, hints at the new one before 2021', () => {
    expect(findingsOf('format-version', { format: '2019', year: 2022, notice: null })[0]).toMatchObject({ status: 'fail', severity: 'error', messageKey: 'format-version.oldTemplate' });
    expect(findingsOf('format-version', { format: '2021', year: 2020, notice: null })[0]).toMatchObject({ status: 'fail', severity: 'info', messageKey: 'format-version.newTemplate' });
  });

  it('warns about a cited notice that does not match the year', () => {
    const [f] = findingsOf('format-version', { notice: '60号' });
    expect(f).toMatchObject({ severity: 'warning', messageKey: 'format-version.notice' });
    expect(f!.message).toBe('2024 年度的年报引用了60号，应依据的是国办公开办函30号。');
  });

  it('says once that the table checks do not apply to a report before 2019', () => {
    const found = findingsOf('format-version', { reportFormat: 'legacy', year: 2018 });
    expect(found.map((f) => [f.status, f.severity, f.messageKey])).toEqual([['review', 'info', 'format-version.legacy']]);
  });
});
