// Money cells in a fixed unit (MODEL.md "Values"): table 二 fees in 万元 (2021), procurement in 元
// (2019). The unit written in the cell wins over the column's; the conversion moves the decimal
// point in the written digits, so 5949.088667 stays exact and 251000元 is exactly 25.1万元.
import type { MoneyUnit, ParsedCell } from './cell-value';
import { normalizeText } from './normalize';

const POWER: Record<MoneyUnit, number> = { 元: 0, 万元: 4, 亿元: 8 };

/** "123.45" moved by `places` decimal places (positive: ×10^places), as a number. */
export function shiftDecimal(numeral: string, places: number): number {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(numeral);
  if (!m) return NaN;
  let int = m[2] ?? '';
  let frac = m[3] ?? '';
  if (places > 0) {
    frac = frac.padEnd(places, '0');
    int += frac.slice(0, places);
    frac = frac.slice(places);
  } else if (places < 0) {
    int = int.padStart(-places + 1, '0');
    frac = int.slice(int.length + places) + frac;
    int = int.slice(0, int.length + places);
  }
  const n = Number(`${m[1]}${int || '0'}.${frac || '0'}`);
  return Object.is(n, -0) ? 0 : n;
}

/**
 * The value of a money cell in `target`, given the unit its column states (`columnUnit`): the
 * number as written when the units agree, else converted exactly.
 */
export function moneyIn(raw: string, parsed: ParsedCell, target: MoneyUnit, columnUnit: MoneyUnit): number | null {
  if (parsed.value === null) return null;
  const unit = parsed.unit ?? columnUnit;
  if (unit === target) return parsed.value;
  const numeral = /[+-]?\d[\d,]*(?:\.\d+)?/.exec(normalizeText(raw).replace(/\s/g, '').replace(/[−－]/g, '-'));
  if (!numeral) return null;
  const sign = parsed.value < 0 && !numeral[0].startsWith('-') ? '-' : '';
  return shiftDecimal(sign + numeral[0].replace(/,/g, ''), POWER[unit] - POWER[target]);
}
