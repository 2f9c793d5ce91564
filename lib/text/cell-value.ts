// Reading one table cell's text as a value (MODEL.md "Values", FORMAT.md §7).
import { normalizeText } from './normalize';

export type CellValueKind =
  | 'number' // a number, possibly signed, with thousands separators or a unit
  | 'blank' // nothing but spaces
  | 'placeholder' // —, -, /, 无 … : deliberately "nothing", still not 0
  | 'text'; // anything else: a label or garbage; not a value

export type MoneyUnit = '元' | '万元' | '亿元';

export interface ParsedCell {
  value: number | null;
  kind: CellValueKind;
  unit?: MoneyUnit;
}

const PLACEHOLDER = /^(?:[-‐‑‒–—―−－~～\\/／]+|无|空|暂无|null|n\/a|NA)$/i;
// Sign, digits (thousands separators allowed only in groups of three), decimals, an optional unit.
const NUMBER = /^([+\-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(亿元|万元|元|件|个|项|条|次|宗|人次)?$/;
const DECREASE = /^(?:减少|减)(\d+(?:\.\d+)?)(?:件|个|项)?$/;
const INCREASE = /^(?:增加|增)(\d+(?:\.\d+)?)(?:件|个|项)?$/;

export function parseCellValue(raw: string): ParsedCell {
  const t = normalizeText(raw).replace(/ /g, '').replace(/[−–－]/g, '-').replace(/＋/g, '+');
  if (t === '') return { value: null, kind: 'blank' };
  if (PLACEHOLDER.test(t)) return { value: null, kind: 'placeholder' };
  const m = NUMBER.exec(t);
  if (m) {
    const n = Number(m[2]!.replace(/,/g, ''));
    const value = m[1] === '-' && n !== 0 ? -n : n; // no -0
    const unit = m[3];
    return unit === '元' || unit === '万元' || unit === '亿元' ? { value, kind: 'number', unit } : { value, kind: 'number' };
  }
  const dec = DECREASE.exec(t);
  if (dec) return { value: -Number(dec[1]), kind: 'number' };
  const inc = INCREASE.exec(t);
  if (inc) return { value: Number(inc[1]), kind: 'number' };
  return { value: null, kind: 'text' };
}
