// Reading the operands of an identity: present, blank, or not on the page at all.
// No evidence, no error (FORMAT.md §4 conventions): a blank is never read as 0.
import type { CellAddr } from '../../model/schema';
import type { Params } from '../../i18n/translate';
import type { RuleFinding } from '../types';

/** A cell's value: a number, null when blank or a placeholder, undefined when not on the page. */
export type CellReading = number | null | undefined;

export interface Operand {
  cell: CellAddr;
  value: CellReading;
}

export type IdentityResult =
  /** An operand lies in a line reported once elsewhere (absent or wholly blank), or a side is unfilled. */
  | { kind: 'skip' }
  /** Some operands are blank: a person must look. */
  | { kind: 'blank'; blank: CellAddr[] }
  | { kind: 'hold' }
  | { kind: 'broken'; lhs: number; rhs: number; diff: number };

/**
 * `Σ lhs = Σ rhs`, exactly (counts; FORMAT.md §4 tolerance 0). `skipped` says whether a cell
 * belongs to a line already reported as absent or unfilled. In a `misaligned` table only a
 * definite failure is reported: its blanks are for the structure finding (seed 003: without its
 * 其他 column, the leaf rows carry one number fewer and their 总计 reads blank).
 */
export function checkIdentity(
  lhs: readonly Operand[],
  rhs: readonly Operand[],
  skipped: (cell: CellAddr) => boolean,
  /** The table lacks a row or column: blanks may be misread cells, the structure finding says so. */
  misaligned = false,
): IdentityResult {
  const all = [...lhs, ...rhs];
  if (all.some((o) => o.value === undefined || skipped(o.cell))) return { kind: 'skip' };
  const blank = all.filter((o) => o.value === null).map((o) => o.cell);
  // Nothing filled in, or a whole breakdown left unfilled (every leaf of a column, every applicant
  // of a row): the blanks are the cell rules' finding, said once, not a doubt about this identity.
  const unfilled = (side: readonly Operand[]) => side.length > 1 && side.every((o) => o.value === null);
  if (blank.length === all.length || unfilled(lhs) || unfilled(rhs) || (misaligned && blank.length > 0)) return { kind: 'skip' };
  if (blank.length > 0) return { kind: 'blank', blank };
  const l = sum(lhs.map((o) => o.value as number));
  const r = sum(rhs.map((o) => o.value as number));
  return l === r ? { kind: 'hold' } : { kind: 'broken', lhs: l, rhs: r, diff: Math.abs(l - r) };
}

export function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/** The sum of the readings when every one is a number, else null. */
export function sumIfComplete(values: readonly CellReading[]): number | null {
  let s = 0;
  for (const v of values) {
    if (v === null || v === undefined) return null;
    s += v;
  }
  return s;
}

/**
 * The cells of an identity `total = Σ parts`, each with its role (CellAddr.role): the total the
 * identity is about, and the operands that only enter the sum.
 */
export function totalAndParts(total: CellAddr, parts: readonly CellAddr[]): { total: CellAddr; parts: CellAddr[] } {
  return { total: { ...total, role: 'total' }, parts: parts.map((c) => ({ ...c, role: 'operand' })) };
}

/** "@row.a,@row.b": a language-neutral list parameter (lib/i18n/translate.ts). */
export const labelList = (prefix: string, keys: readonly string[]): string => keys.map((k) => `@${prefix}${k}`).join(',');

/**
 * The finding for one identity of rule `id`: `${id}.review` naming the blank operands, `${id}.fail`
 * with the numbers, or none when it holds or is skipped. `where` names the line ({ col } or { group }).
 */
export function identityFinding(
  id: string,
  result: IdentityResult,
  cells: CellAddr[],
  where: Params,
  blankLabel: (cell: CellAddr) => string,
  numbers: (sums: { lhs: number; rhs: number }) => Params,
): RuleFinding | null {
  if (result.kind === 'blank') {
    return { status: 'review', messageKey: `${id}.review`, cells, params: { ...where, blank: result.blank.map(blankLabel).join(',') } };
  }
  if (result.kind === 'broken') {
    return { status: 'fail', messageKey: `${id}.fail`, cells, params: { ...where, ...numbers(result), diff: result.diff } };
  }
  return null;
}
