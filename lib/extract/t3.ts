// Table 三 (FORMAT.md §2.4, §3.2) from <table> parts: rows found by their labels, columns by their
// headers, values read through the span-resolved grid. A table split over several <table>s keeps
// the columns of its first header unless a part repeats the header.
import { buildGrid, rowCells, type GridCell, type TableGrid } from '../grid/table-grid';
import { T3_COLUMNS, type T3ColKey, type T3RowKey } from '../model/keys';
import type { T3Table } from '../model/schema';
import { compactLabel } from '../text/normalize';
import { cellId } from './types';
import { readCells, type CellReading } from './cell-readings';
import { addIssue, keepRaw, newRead, unreadable, type TableRead } from './table-read';
import { matchT3Row, officialT3Label, T3_COLUMN_LABELS } from './t3-labels';

interface DataRow {
  r: number;
  key: T3RowKey;
  leaf: GridCell;
  /** Grid column where the row's values start: right after its label cell, whatever spans the labels take. */
  valueStart: number;
}

interface PartRead {
  grid: TableGrid;
  readings: Map<Element, CellReading>;
  rows: DataRow[];
  unmatched: { r: number; label: string }[];
}

/** The rows of a part: a row is a data row when a label cell matches a row of table 三 and has value cells right of it. */
function readRows(grid: TableGrid, readings: Map<Element, CellReading>): PartRead {
  const rows: DataRow[] = [];
  const unmatched: { r: number; label: string }[] = [];
  for (let r = 0; r < grid.slots.length; r++) {
    const all = rowCells(grid, r);
    const reading = (c: GridCell) => readings.get(c.el)!;
    const values = all.filter((c) => reading(c).kind !== 'text');
    if (values.length === 0) continue;
    const lastValue = values[values.length - 1]!;
    // Right to left: a text cell among the values is a value written as text, not the label.
    const labels = all.filter((c) => reading(c).kind === 'text' && c.col < lastValue.col);
    let found: DataRow | null = null;
    for (let i = labels.length - 1; i >= 0 && !found; i--) {
      const leaf = labels[i]!;
      const context = labels.slice(0, i).map((c) => reading(c).label).join('|');
      const key = matchT3Row(reading(leaf).label, context);
      const firstValue = values.find((c) => c.col > leaf.col);
      if (key && firstValue) found = { r, key, leaf, valueStart: leaf.col + leaf.colSpan };
    }
    if (found) rows.push(found);
    else if (labels.length > 0 && values.some((c) => reading(c).kind === 'number')) {
      unmatched.push({ r, label: reading(labels[labels.length - 1]!).text });
    }
  }
  return { grid, readings, rows, unmatched };
}

/** Header columns above the first data row: column key -> grid column of its header cell. */
function headerColumns(part: PartRead): Map<T3ColKey, number> {
  const cols = new Map<T3ColKey, number>();
  const end = part.rows[0]?.r ?? part.grid.slots.length;
  for (let r = 0; r < end; r++) {
    for (const cell of rowCells(part.grid, r)) {
      const key = T3_COLUMN_LABELS.get(part.readings.get(cell.el)!.label);
      if (key && !cols.has(key)) cols.set(key, cell.col);
    }
  }
  return cols;
}

/** Column key -> offset from the first value column; kept from the last part that had a header. */
type Offsets = Map<T3ColKey, number>;

export function extractT3(parts: readonly Element[]): TableRead<T3Table> {
  const read = newRead<T3Table>('table', {}, [...parts]);
  const { info } = read;
  const seen = new Set<T3RowKey>();
  let offsets: Offsets | null = null;
  let byOrder = false;
  if (parts.length > 1) addIssue(info, { kind: 'split-table', found: `${parts.length} tables` });

  for (const [p, el] of parts.entries()) {
    const grid = buildGrid(el);
    if (grid.truncated) info.notes.push(`part ${p + 1} is larger than the reading limits; only its beginning was read`);
    const part = readRows(grid, readCells(grid));
    for (const u of part.unmatched) addIssue(info, { kind: 'unmatched-row', found: u.label });
    // A part's own header (the first part's, or one repeated after a page break) sets the columns,
    // as offsets from the first value column: a part whose row-group cell was cut at a page break
    // has its values one grid column further left than its header.
    const header = headerColumns(part);
    if (header.size >= 2) {
      const headerStart = Math.min(...header.values());
      offsets = new Map(T3_COLUMNS.filter((c) => header.has(c.key)).map((c) => [c.key, header.get(c.key)! - headerStart]));
      byOrder = false;
      if (part.rows.length > 0) reportExtraColumns(read, part, header, headerStart, headerTexts(part, headerStart));
    }
    if (part.rows.length === 0) continue;
    if (!offsets) {
      const widths = part.rows.map((d) => rowCells(grid, d.r).filter((c) => c.col >= d.valueStart).length);
      if (!widths.every((w) => w === T3_COLUMNS.length)) {
        return unreadable(read, 'the column headers of table 三 were not recognised and its rows do not have one value per official column', {});
      }
      offsets = new Map(T3_COLUMNS.map((c, i) => [c.key, i]));
      byOrder = true;
    }

    for (const row of part.rows) {
      if (seen.has(row.key)) {
        addIssue(info, { kind: 'duplicate-row', row: row.key, found: part.readings.get(row.leaf.el)!.text });
        continue;
      }
      seen.add(row.key);
      checkLabel(read, row.key, part.readings.get(row.leaf.el)!.text);
      const out: Partial<Record<T3ColKey, number | null>> = {};
      for (const [col, offset] of byOrder ? orderedCells(part, row) : offsets!) {
        out[col] = readValue(read, part, row, col, row.valueStart + offset);
      }
      read.table[row.key] = out;
    }
  }
  if (seen.size === 0) return unreadable(read, 'no row of table 三 could be recognised by its label', {});
  if (byOrder) info.notes.push('column headers not recognised; values read in the order of the official columns');
  info.missingCols = T3_COLUMNS.map((c) => c.key).filter((k) => !offsets!.has(k));
  for (const col of info.missingCols) addIssue(info, { kind: 'missing-column', col, expected: T3_COLUMNS.find((c) => c.key === col)!.label });
  info.readable = true;
  read.format = seen.has('otherHandling') ? '2019' : [...seen].some((k) => k.startsWith('otherHandling.')) ? '2021' : null;
  return read;
}

/** Without headers every row must have seven value cells: they are read in the official order. */
function orderedCells(part: PartRead, row: DataRow): Offsets {
  const cells = rowCells(part.grid, row.r).filter((c) => c.col >= row.valueStart);
  return new Map(T3_COLUMNS.map((c, i) => [c.key, (cells[i]?.col ?? -1) - row.valueStart]));
}

function readValue(read: TableRead<T3Table>, part: PartRead, row: DataRow, col: T3ColKey, gridCol: number): number | null {
  const cell = part.grid.slots[row.r]?.[gridCol];
  if (!cell || cell.col < row.valueStart) return null; // a ragged row, or a label spanning over
  const reading = part.readings.get(cell.el)!;
  const id = cellId({ table: 't3', row: row.key, col });
  read.cells.set(id, { el: cell.el, raw: reading.raw });
  if (reading.kind === 'text') {
    addIssue(read.info, { kind: 'text-in-cell', row: row.key, col, found: reading.raw });
    read.raw[id] = reading.raw;
    return null;
  }
  // A value cell spanning from the column before belongs to that column (FORMAT.md §7 spans).
  if (cell.col !== gridCol) return null;
  keepRaw(read, id, reading.raw, reading.value);
  return reading.value;
}

/** The lowest header text over each value column, to name a column that has no official label. */
function headerTexts(part: PartRead, valueStart: number): Map<number, string> {
  const out = new Map<number, string>();
  const end = part.rows[0]!.r;
  for (let r = 0; r < end; r++) {
    for (const cell of rowCells(part.grid, r)) {
      if (cell.col >= valueStart && cell.rowSpan + r >= end) out.set(cell.col, part.readings.get(cell.el)!.text);
    }
  }
  return out;
}

/** Grid columns in the value area that no official header starts: extra columns (values ignored, FORMAT.md §4.1 T3-F). */
function reportExtraColumns(read: TableRead<T3Table>, part: PartRead, header: Map<T3ColKey, number>, valueStart: number, labels: Map<number, string>): void {
  const mapped = new Set(header.values());
  for (let c = valueStart; c < part.grid.width; c++) {
    if (mapped.has(c)) continue;
    const startsHere = part.rows.some((d) => part.grid.slots[d.r]?.[c]?.col === c);
    const found = labels.get(c) ?? '';
    addIssue(read.info, { kind: 'extra-column', found });
    read.info.notes.push(startsHere
      ? `grid column ${c + 1} has values under "${found}", which is not a column of table 三; they were not read`
      : `grid column ${c + 1} has no heading of its own: a header cell spans two columns`);
  }
}

function checkLabel(read: TableRead<T3Table>, key: T3RowKey, found: string): void {
  const expected = officialT3Label(key);
  if (compactLabel(found) !== compactLabel(expected)) addIssue(read.info, { kind: 'label-variant', row: key, found, expected });
}
