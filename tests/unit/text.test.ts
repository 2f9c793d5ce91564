import { describe, expect, it } from 'vitest';
import { compactLabel, normalizeText } from '../../lib/text/normalize';
import { parseCellValue } from '../../lib/text/cell-value';

describe('normalizeText / compactLabel', () => {
  it('turns full-width digits and brackets into half-width and collapses every kind of space', () => {
    expect(normalizeText('（一）　予以公开\u00a0\n 12')).toBe('(一) 予以公开 12');
    expect(normalizeText('\u200b１２３\u200f')).toBe('123');
  });

  it('gives NFKC with invisibles dropped and spaces collapsed for every character, alone and beside others', () => {
    // What normalizeText promises, written out in full: its shortcut for text that needs nothing must agree.
    const full = (s: string) => s.normalize('NFKC').replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]/g, '')
      .replace(/[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g, ' ').trim();
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue; // lone surrogates
      const ch = String.fromCharCode(c);
      for (const s of [ch, `A${ch}`, `一${ch}`, `e${ch}`, `${ch} 12`, ` ${ch}`, `${ch}\u0301`, `${ch}\u3099`]) {
        if (normalizeText(s) !== full(s)) wrong.push(s);
      }
    }
    expect(wrong).toEqual([]);
    expect(normalizeText('一'.repeat(200_000) + '（')).toHaveLength(200_001);
  });

  it('makes label variants compare equal', () => {
    const variants = ['商业\n企业', '商 业 企 业', '商业\u3000企业', '商业\u200b企业'];
    for (const v of variants) expect(compactLabel(v)).toBe('商业企业');
    expect(compactLabel('1、属于国家秘密')).toBe(compactLabel('1．属于国家秘密'));
    expect(compactLabel('3.危及“三安全一稳定”')).toBe(compactLabel('3.危及"三安全一稳定"'));
  });
});

describe('parseCellValue', () => {
  it.each([
    ['12', 12],
    ['１２', 12],
    [' 3,000 ', 3000],
    ['5949.088667', 5949.088667],
    ['-15', -15],
    ['－18', -18],
    ['+3', 3],
    ['减少2', -2],
    ['251000元', 251000],
    ['0', 0],
    ['-0', 0],
  ])('reads %j as %d', (raw, value) => {
    expect(parseCellValue(raw)).toMatchObject({ value, kind: 'number' });
  });

  it('keeps money units so callers can normalise them', () => {
    expect(parseCellValue('73802895.90元')).toEqual({ value: 73802895.9, kind: 'number', unit: '元' });
    expect(parseCellValue('18651.06万元')).toEqual({ value: 18651.06, kind: 'number', unit: '万元' });
  });

  it.each(['', ' ', '\u00a0', '\u3000'])('reads blank %j as null, never 0', (raw) => {
    expect(parseCellValue(raw)).toEqual({ value: null, kind: 'blank' });
  });

  it.each(['—', '-', '/', '无', '——', '／'])('reads placeholder %j as null', (raw) => {
    expect(parseCellValue(raw)).toEqual({ value: null, kind: 'placeholder' });
  });

  it.each(['自然人', '12件abc', '1,23', '1.2.3'])('does not read text %j as a number', (raw) => {
    expect(parseCellValue(raw)).toEqual({ value: null, kind: 'text' });
  });
});
