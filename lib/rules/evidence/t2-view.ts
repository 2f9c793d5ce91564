// Table 二 as the rules read it: which of the two formats' shapes it has (FORMAT.md §2.3, §3.1).
import { T2_2019, T2_2021, type ReportFormat } from '../../model/keys';
import type { Report } from '../../model/schema';
import type { CellReading } from './operands';

export interface T2View {
  format: ReportFormat;
  /** Rows of the format present on the page, each with its columns. */
  lines: { row: string; cols: string[] }[];
  get(row: string, col: string): CellReading;
}

export function t2View(report: Report): T2View | null {
  const t2 = report.tables.t2 as Record<string, Record<string, number | null | undefined> | undefined> | null;
  if (!t2) return null;
  const format: ReportFormat = report.format === '2021' || report.format === '2019' ? report.format
    : t2.procurement || t2.otherServices || t2.regulations?.made !== undefined || t2.normativeDocs?.made !== undefined ? '2019' : '2021';
  const defs = format === '2021' ? T2_2021 : T2_2019;
  return {
    format,
    lines: defs.filter((d) => t2[d.key] !== undefined).map((d) => ({ row: d.key, cols: d.cols.map((c) => c.key) })),
    get: (row, col) => t2[row]?.[col],
  };
}
