// Which page elements get a mark, and what each mark says: findings joined to the cells behind them.
import type { CellAddr, Finding } from '../model/schema';
import { cellId, type CellRef } from '../extract/types';
import { levelOf, RANK, type Level } from './levels';

/** One mark per page cell; a cell named by several findings carries all of them. */
export interface CellMark {
  el: Element;
  addr: CellAddr;
  /** Indexes into the result's findings. */
  findings: number[];
  /** The strongest level among its findings. */
  level: Level;
  /**
   * Only an operand in every finding naming it (CellAddr.role): drawn as a lighter outline linked
   * to the total that carries the badge, so a broken column sum shows one badge, not twenty.
   */
  operand: boolean;
}

/** Bound on marks drawn: every cell of tables 二, 三 and 四 together is about 210. */
export const MAX_MARKS = 400;

export function cellMarks(findings: readonly Finding[], cells: ReadonlyMap<string, CellRef>): CellMark[] {
  const byEl = new Map<Element, CellMark>();
  findings.forEach((f, index) => {
    const level = levelOf(f);
    for (const addr of f.cells) {
      const ref = cells.get(cellId(addr));
      if (!ref) continue;
      let mark = byEl.get(ref.el);
      if (!mark) {
        if (byEl.size >= MAX_MARKS) return;
        byEl.set(ref.el, (mark = { el: ref.el, addr, findings: [], level, operand: true }));
      }
      if (addr.role !== 'operand') mark.operand = false;
      if (!mark.findings.includes(index)) mark.findings.push(index);
      if (RANK[level] < RANK[mark.level]) mark.level = level;
    }
  });
  return [...byEl.values()];
}

/** The distinct rule ids of a mark, for its data-rule attribute. */
export function markRules(mark: CellMark, findings: readonly Finding[]): string {
  return [...new Set(mark.findings.map((i) => findings[i]!.rule))].join(' ');
}
