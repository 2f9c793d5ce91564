// Which page elements get a mark, and what each mark says: findings joined to the cells behind them.
import type { CellAddr, Finding, Severity, Status } from '../model/schema';
import { cellId, type CellRef } from '../extract/types';

export interface MarkFinding {
  index: number;
  rule: string;
  severity: Severity;
  status: Status;
  message: string;
}

/** One mark per page cell; a cell named by several findings carries all of them. */
export interface CellMark {
  el: Element;
  addr: CellAddr;
  findings: MarkFinding[];
  /** How the mark looks: a confident error, a warning, or a cell a person must review. */
  level: 'error' | 'warning' | 'review';
}

function levelOf(f: Pick<MarkFinding, 'severity' | 'status'>): CellMark['level'] {
  if (f.status === 'review') return 'review';
  return f.severity === 'error' ? 'error' : 'warning';
}
const RANK: Record<CellMark['level'], number> = { error: 0, warning: 1, review: 2 };

export function cellMarks(findings: readonly Finding[], cells: ReadonlyMap<string, CellRef>): CellMark[] {
  const byEl = new Map<Element, CellMark>();
  findings.forEach((f, index) => {
    if (f.severity === 'info' && f.status === 'fail') return; // hints stay in the panel
    const mf: MarkFinding = { index, rule: f.rule, severity: f.severity, status: f.status, message: f.message };
    for (const addr of f.cells) {
      const ref = cells.get(cellId(addr));
      if (!ref) continue;
      let mark = byEl.get(ref.el);
      if (!mark) byEl.set(ref.el, (mark = { el: ref.el, addr, findings: [], level: levelOf(mf) }));
      if (!mark.findings.some((x) => x.index === index)) mark.findings.push(mf);
      if (RANK[levelOf(mf)] < RANK[mark.level]) mark.level = levelOf(mf);
    }
  });
  return [...byEl.values()];
}
