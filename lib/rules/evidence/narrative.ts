// Narrative figures against the tables (FORMAT.md §4.4): every such rule reads the same figures,
// so they are read once per report, and compared the same way: accept any of the legitimate
// readings before warning; a blank table cell is no evidence; an unclear scope is for review.
import type { ReportText } from '../../extract/types';
import type { CellAddr } from '../../model/schema';
import type { Params } from '../../i18n/translate';
import type { RuleFinding, RuleInput } from '../types';
import { readFigures, otherScope, topicOf, type Figure, type Topic } from './figures';

export interface ReadFigure extends Figure {
  /** What it counts; null when its clause names nothing the tables hold (kept for N-4's pairing). */
  topic: Topic | null;
  /** The clause is about another year or a change, or is approximate: a mismatch needs a person. */
  unclear: boolean;
}

const cache = new WeakMap<ReportText, ReadFigure[]>();

export function narrativeFigures({ report, text }: RuleInput): ReadFigure[] {
  let figures = cache.get(text);
  if (!figures) {
    const format = report.format === '2019' ? '2019' : '2021';
    figures = [];
    for (const section of text.sections) {
      for (const f of readFigures(section)) {
        figures.push({ ...f, topic: topicOf(f, format), unclear: f.approx || otherScope(f, report.year) });
      }
    }
    cache.set(text, figures);
  }
  return figures;
}

export interface Reading {
  value: number | null | undefined;
  cells: CellAddr[];
}

/** |a − b| within the tolerance, or equal once the table value is rounded as the text rounds. */
export function agrees(text: number, table: number, tolerance = 0): boolean {
  if (Math.abs(text - table) <= tolerance + 1e-9) return true;
  const decimals = (String(text).split('.')[1] ?? '').length;
  if (tolerance > 0 || decimals > 0) {
    const f = 10 ** decimals;
    return Math.round(table * f) / f === text;
  }
  return false;
}

/**
 * A finding when the figure matches none of the readings; none when a reading has a blank or
 * absent cell (no evidence).
 */
export function compare(
  f: ReadFigure,
  readings: readonly Reading[],
  messageKey: string,
  params: Params,
  { ambiguous = false, tolerance = 0 }: { ambiguous?: boolean; tolerance?: number } = {},
): RuleFinding | null {
  const usable = readings.filter((r): r is { value: number; cells: CellAddr[] } => typeof r.value === 'number');
  if (usable.some((r) => agrees(f.value, r.value, tolerance))) return null;
  // A reading we cannot compute (a blank cell) might be the one the text meant.
  if (usable.length < readings.length) return null;
  const cells = [...new Map(usable.flatMap((r) => r.cells).map((c) => [`${c.table}:${c.row}:${c.col}`, c])).values()];
  return {
    status: ambiguous || f.unclear ? 'review' : 'fail',
    messageKey,
    cells,
    text: f.sentence,
    section: f.section,
    params: { found: f.value, ...params },
  };
}

/** A rule's findings: its comparison applied to every figure of the narrative. */
export function figureFindings(input: RuleInput, check: (f: ReadFigure) => RuleFinding | null): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const f of narrativeFigures(input)) {
    const finding = check(f);
    if (finding) out.push(finding);
  }
  return out;
}
