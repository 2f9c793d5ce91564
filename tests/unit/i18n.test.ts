import { describe, expect, it } from 'vitest';
import { CATALOGUES, translate, langFromLocale } from '../../lib/i18n/translate';
import { RULES } from '../../lib/rules/registry';

describe('message catalogue', () => {
  it('has the same keys in zh_CN and en, none empty', () => {
    const zh = Object.keys(CATALOGUES.zh_CN).sort();
    expect(Object.keys(CATALOGUES.en).sort()).toEqual(zh);
    for (const lang of ['zh_CN', 'en'] as const) {
      for (const [k, v] of Object.entries(CATALOGUES[lang])) expect(v.trim(), `${lang} ${k}`).not.toBe('');
    }
  });

  it('has every message a rule declares, with the same placeholders in both languages', () => {
    for (const rule of RULES) {
      for (const key of [`${rule.meta.id}.title`, ...rule.meta.messages]) {
        expect(CATALOGUES.zh_CN[key], key).toBeDefined();
        const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect(ph(CATALOGUES.en[key]!), key).toEqual(ph(CATALOGUES.zh_CN[key]!));
      }
    }
  });

  it('renders @keys and lists of them in the chosen language', () => {
    expect(translate('zh_CN', 't3-balance.review', { col: '@col.legal', blank: '@row.new,@row.total' })).toContain('一、本年新收、（七）总计');
    expect(translate('en', 't3-balance.review', { col: '@col.legal', blank: '@row.new,@row.total' })).toContain('1. New requests, (7) Total handled');
  });

  it('maps browser locales to a catalogue, Chinese by default', () => {
    expect(langFromLocale('zh-CN')).toBe('zh_CN');
    expect(langFromLocale('zh-TW')).toBe('zh_CN');
    expect(langFromLocale('en-US')).toBe('en');
    expect(langFromLocale(undefined)).toBe('zh_CN');
  });
});

describe('plural words in English messages', () => {
  it('picks the singular for 1 and the plural otherwise', () => {
    expect(translate('en', 't3-row-sum.review', { count: 1, rows: '@row.new', blank: 1 })).toMatch(/^1 row \(1\. New requests\) cannot be checked because 1 cell is blank/);
    expect(translate('en', 't3-row-sum.review', { count: 2, rows: '@row.new,@row.total', blank: 3 })).toMatch(/^2 rows .* because 3 cells are blank/);
  });
  it('leaves Chinese, which has no plural, untouched', () => {
    expect(translate('zh_CN', 't3-row-sum.review', { count: 1, rows: '@row.new', blank: 1 })).not.toMatch(/[|:]/);
  });
});
