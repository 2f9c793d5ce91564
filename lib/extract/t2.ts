// Table 二 (FORMAT.md §2.3, §3.1) from <table> parts: one table, or the 第二十条 blocks as small
// tables. Each block's 信息内容 row names its columns; each row is found by its label.
import { buildGrid, rowCells, type GridCell } from '../grid/table-grid';
import type { ReportFormat } from '../model/keys';
import type { T2Table } from '../model/schema';
import { moneyIn } from '../text/money';
import { readCells, type CellReading } from './cell-readings';
import { addIssue, keepRaw, newRead, type TableRead } from './table-read';
import { matchT2Column, matchT2Row, rowFormat, t2Defs, targetUnit, type T2Column, type T2RowKey } from './t2-labels';
import { cellId } from './types';

/** One value as found: by its column header when the block has one, else by position. */
export interface T2Value {
  col: T2Column | null;
  el: Element;
  reading: CellReading;
}

export interface T2Row {
  key: T2RowKey;
  label: string;
  values: T2Value[];
  /** True when the values have no headers and must be taken in the official order. */
  byOrder: boolean;
}

export interface T2Collected {
  rows: T2Row[];
  votes: Record<ReportFormat, number>;
}

export function extractT2(parts: readonly Element[], fallback: ReportFormat | null): TableRead<T2Table> {
  const read = newRead<T2Table>('table', {}, [...parts]);
  const collected: T2Collected = { rows: [], votes: { '2021': 0, '2019': 0 } };
  for (const el of parts) {
    const grid = buildGrid(el);
    if (grid.truncated) read.info.notes.push('a part of table 二 is larger than the reading limits; only its beginning was read');
    const readings = readCells(grid);
    const reading = (c: GridCell) => readings.get(c.el)!;
    let header: Map<number, T2Column> | null = null;
    for (let r = 0; r < grid.slots.length; r++) {
      const cells = rowCells(grid, r);
      const first = cells.find((c) => reading(c).kind === 'text');
      if (!first) continue;
      if (cells.some((c) => reading(c).label.includes('第二十条'))) {
        header = null; // a new block: its own 信息内容 row follows
        continue;
      }
      const key = matchT2Row(reading(first).label);
      const headerCells = cells.filter((c) => c !== first && matchT2Column(reading(c).label));
      if (!key && headerCells.length > 0) {
        header = new Map(headerCells.map((c) => [c.col, matchT2Column(reading(c).label)!]));
        for (const col of header.values()) if (col.format) collected.votes[col.format]++;
        continue;
      }
      const rest = cells.filter((c) => c.col > first.col);
      if (!key) {
        if (rest.some((c) => reading(c).kind === 'number')) addIssue(read.info, { kind: 'unmatched-row', found: reading(first).text });
        continue;
      }
      const fmt = rowFormat(key, reading(first).label);
      if (fmt) collected.votes[fmt]++;
      const values: T2Value[] = header
        ? [...header].map(([col, column]) => {
            const cell = grid.slots[r]?.[col];
            // A cell spanning in from the column before is that column's value, not this one's.
            const own = cell && cell.col === col && cell !== first ? cell : null;
            return { col: column, el: own?.el ?? first.el, reading: own ? reading(own) : BLANK };
          })
        : rest.map((c) => ({ col: null, el: c.el, reading: reading(c) }));
      collected.rows.push({ key, label: reading(first).text, values, byOrder: !header });
    }
  }
  return buildT2(read, collected, fallback);
}

const BLANK: CellReading = { raw: '', text: '', label: '', kind: 'blank', value: null };

/** The model of table 二 from collected rows, once its format is known (shared with text tables). */
export function buildT2(read: TableRead<T2Table>, collected: T2Collected, fallback: ReportFormat | null): TableRead<T2Table> {
  const { votes } = collected;
  const format: ReportFormat | null = votes['2021'] > votes['2019'] ? '2021' : votes['2019'] > votes['2021'] ? '2019' : fallback;
  read.format = votes['2021'] !== votes['2019'] ? format : null;
  if (collected.rows.length === 0 || !format) {
    read.info.readable = false;
    read.info.reason = collected.rows.length === 0 ? 'no row of table 二 could be recognised by its label' : 'the format of table 二 could not be told from its labels';
    return read;
  }
  if (votes['2021'] > 0 && votes['2019'] > 0) read.info.notes.push(`labels of both formats: ${votes['2021']} of 2021, ${votes['2019']} of 2019`);
  const defs = t2Defs(format);
  const table: Record<string, Record<string, number | null>> = {};
  for (const row of collected.rows) {
    const def = defs.find((d) => d.key === row.key);
    if (!def) {
      addIssue(read.info, { kind: 'unmatched-row', row: row.key, found: row.label });
      continue;
    }
    if (table[row.key]) {
      addIssue(read.info, { kind: 'duplicate-row', row: row.key, found: row.label });
      continue;
    }
    if (row.label !== def.label && row.label.replace(/\s/g, '') !== def.label) {
      addIssue(read.info, { kind: 'label-variant', row: row.key, found: row.label, expected: def.label });
    }
    const out: Record<string, number | null> = {};
    const expected = def.cols.map((c) => c.key as string);
    let values = row.values;
    if (row.byOrder) {
      // Without headers, the values are taken in order only when there is one per official column.
      const filled = values.filter((v) => v.reading.kind !== 'blank' || values.length === expected.length);
      if (filled.length !== expected.length) {
        read.info.notes.push(`row ${row.key} has ${filled.length} values for ${expected.length} columns and no headers; not read`);
        for (const col of expected) out[col] = null;
        table[row.key] = out;
        continue;
      }
      values = filled.map((v, i) => ({ ...v, col: { key: expected[i]!, format } }));
    }
    for (const v of values) {
      const col = v.col!.key;
      if (!expected.includes(col)) {
        addIssue(read.info, { kind: 'extra-column', row: row.key, found: v.reading.text || col });
        continue;
      }
      if (col in out) continue;
      out[col] = readT2Value(read, format, row.key, col, v);
    }
    for (const col of expected) {
      if (col in out) continue;
      addIssue(read.info, { kind: 'missing-column', row: row.key, col, expected: def.cols.find((c) => c.key === col)!.label });
      read.info.missingCols.push(`${row.key}.${col}`);
    }
    table[row.key] = out;
  }
  read.info.missingRows = defs.map((d) => d.key as string).filter((k) => !(k in table));
  for (const row of read.info.missingRows) addIssue(read.info, { kind: 'missing-row', row, expected: defs.find((d) => d.key === row)!.label });
  read.table = table as T2Table;
  read.info.readable = true;
  return read;
}

function readT2Value(read: TableRead<T2Table>, format: ReportFormat, row: string, col: string, v: T2Value): number | null {
  const id = cellId({ table: 't2', row, col });
  const { reading } = v;
  read.cells.set(id, { el: v.el, raw: reading.raw });
  if (reading.kind === 'text') {
    addIssue(read.info, { kind: 'text-in-cell', row, col, found: reading.raw });
    read.raw[id] = reading.raw;
    return null;
  }
  const target = targetUnit(format, row, col);
  const value = target ? moneyIn(reading.raw, reading, target, v.col?.unit ?? target) : reading.value;
  keepRaw(read, id, reading.raw, value);
  return value;
}
