// Table 三 as the rules read it: its format's rows, and the lines reported once elsewhere.
import { T3_COL_KEYS, t3OutcomeRows, t3RowsFor, type ReportFormat, type T3ColKey, type T3RowKey } from '../../model/keys';
import type { CellAddr, Report, T3Table } from '../../model/schema';
import type { CellReading } from './operands';

export const T3_ORG_COLS: readonly T3ColKey[] = T3_COL_KEYS.filter((c) => c !== 'total');

export interface T3View {
  table: T3Table;
  format: ReportFormat;
  /** Rows of the format, in order. */
  rows: readonly T3RowKey[];
  /** The leaf rows whose sum is （七）总计 (FORMAT.md §4.1 T3-B). */
  outcomeRows: readonly T3RowKey[];
  /** Rows and columns absent from the page or wholly blank: the structure and cell rules report them once. */
  absentRows: ReadonlySet<T3RowKey>;
  absentCols: ReadonlySet<T3ColKey>;
  blankRows: ReadonlySet<T3RowKey>;
  blankCols: ReadonlySet<T3ColKey>;
  /** A row or column of the format is not on the page (t3-structure reports it). */
  misaligned: boolean;
  get(row: T3RowKey, col: T3ColKey): CellReading;
  /** True for a cell in a line that is absent or wholly blank. */
  skipped(cell: CellAddr): boolean;
}

export function t3Format(report: Report, table: T3Table): ReportFormat {
  if (report.format === '2021' || report.format === '2019') return report.format;
  return 'otherHandling' in table ? '2019' : '2021';
}

export function t3View(report: Report): T3View | null {
  const table = report.tables.t3;
  if (!table) return null;
  const format = t3Format(report, table);
  const rows = t3RowsFor(format).map((r) => r.key);
  const get = (row: T3RowKey, col: T3ColKey): CellReading => table[row]?.[col];
  const presentRows = rows.filter((r) => table[r] !== undefined);
  const absentRows = new Set(rows.filter((r) => table[r] === undefined));
  const absentCols = new Set(T3_COL_KEYS.filter((c) => presentRows.every((r) => get(r, c) === undefined)));
  const presentCols = T3_COL_KEYS.filter((c) => !absentCols.has(c));
  const isBlank = (r: T3RowKey, c: T3ColKey) => { const v = get(r, c); return v === null || v === undefined; };
  const blankRows = new Set(presentRows.filter((r) => presentCols.every((c) => isBlank(r, c))));
  const blankCols = new Set(presentCols.filter((c) => presentRows.every((r) => isBlank(r, c))));
  return {
    table,
    format,
    rows,
    outcomeRows: t3OutcomeRows(format),
    absentRows,
    absentCols,
    blankRows,
    blankCols,
    misaligned: absentRows.size > 0 || absentCols.size > 0,
    get,
    skipped: (cell) => {
      const row = cell.row as T3RowKey;
      const col = cell.col as T3ColKey;
      return absentRows.has(row) || absentCols.has(col) || blankRows.has(row) || blankCols.has(col);
    },
  };
}

export const t3Cell = (row: string, col: string): CellAddr => ({ table: 't3', row, col });
