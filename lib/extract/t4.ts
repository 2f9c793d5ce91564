// Table 四 (FORMAT.md §2.5): 15 values, three groups × five results. Each value's group and result
// are read from the header cells above its column; without headers, a row of exactly 15 values
// is read in the official order.
import { buildGrid, rowCells, type GridCell, type TableGrid } from '../grid/table-grid';
import { T4_FIELDS, T4_GROUPS, type T4FieldKey, type T4GroupKey } from '../model/keys';
import type { T4Table } from '../model/schema';
import { readCells, type CellReading } from './cell-readings';
import { addIssue, keepRaw, newRead, unreadable, type TableRead } from './table-read';
import { cellId } from './types';

const GROUP_LABELS: readonly [RegExp, T4GroupKey][] = [
  [/未经复议直接起诉|直接起诉/, 'suitDirect'],
  [/复议后起诉/, 'suitAfterReview'],
  [/^行政复议$/, 'review'],
];
const FIELD_LABELS: readonly [RegExp, T4FieldKey][] = [
  [/维持/, 'upheld'],
  [/纠正/, 'corrected'],
  [/其他结果|^其他$/, 'other'],
  [/未审结|未结/, 'pending'],
  [/^总计$|^合计$|^小计$/, 'total'],
];

export const T4_ORDER: readonly [T4GroupKey, T4FieldKey][] = T4_GROUPS.flatMap((g) => T4_FIELDS.map((f) => [g.key, f.key] as [T4GroupKey, T4FieldKey]));

const match = <K>(labels: readonly [RegExp, K][], label: string): K | null => labels.find(([re]) => re.test(label))?.[1] ?? null;

interface Slot {
  group: T4GroupKey | null;
  field: T4FieldKey | null;
}

/** Group and field over each grid column, from the header rows above the data row. */
function headerSlots(grid: TableGrid, readings: Map<Element, CellReading>, dataRow: number): Slot[] {
  const slots: Slot[] = Array.from({ length: grid.width }, () => ({ group: null, field: null }));
  for (let r = 0; r < dataRow; r++) {
    for (let c = 0; c < grid.width; c++) {
      const cell = grid.slots[r]![c];
      if (!cell) continue;
      const label = readings.get(cell.el)!.label;
      const g = match(GROUP_LABELS, label);
      if (g) slots[c]!.group = g;
      const f = match(FIELD_LABELS, label);
      if (f) slots[c]!.field = f; // the lowest header row wins
    }
  }
  return slots;
}

export function extractT4(parts: readonly Element[]): TableRead<T4Table> {
  const read = newRead<T4Table>('table', {}, [...parts]);
  if (parts.length > 1) addIssue(read.info, { kind: 'split-table', found: `${parts.length} tables` });
  let data: { grid: TableGrid; readings: Map<Element, CellReading>; r: number } | null = null;
  for (const el of parts) {
    const grid = buildGrid(el);
    const readings = readCells(grid);
    for (let r = 0; r < grid.slots.length; r++) {
      if (!rowCells(grid, r).some((c) => readings.get(c.el)!.kind === 'number')) continue;
      if (data) read.info.notes.push(`another row with numbers (table row ${r + 1}) was not read`);
      else data = { grid, readings, r };
    }
  }
  if (!data) return unreadable(read, 'table 四 has no row of numbers', {});
  const { grid, readings, r } = data;
  const reading = (c: GridCell) => readings.get(c.el)!;
  const slots = headerSlots(grid, readings, r);
  const values = rowCells(grid, r).filter((c) => reading(c).kind !== 'text' || slots[c.col]!.field);
  let placed: [GridCell, T4GroupKey, T4FieldKey][] = [];
  const mapped = values.filter((c) => slots[c.col]!.group && slots[c.col]!.field);
  if (mapped.length === values.length && new Set(mapped.map((c) => `${slots[c.col]!.group}.${slots[c.col]!.field}`)).size === mapped.length) {
    placed = mapped.map((c) => [c, slots[c.col]!.group!, slots[c.col]!.field!]);
  } else if (values.length === T4_ORDER.length) {
    placed = values.map((c, i) => [c, ...T4_ORDER[i]!]);
    read.info.notes.push('the headers of table 四 were not recognised; its 15 values were read in the official order');
  } else {
    return unreadable(read, `table 四 has ${values.length} values whose headers could not all be recognised (15 expected)`, {});
  }
  for (const [cell, group, field] of placed) {
    const rd = reading(cell);
    const id = cellId({ table: 't4', row: group, col: field });
    read.cells.set(id, { el: cell.el, raw: rd.raw });
    let value = rd.value;
    if (rd.kind === 'text') {
      addIssue(read.info, { kind: 'text-in-cell', row: group, col: field, found: rd.raw });
      read.raw[id] = rd.raw;
      value = null;
    } else keepRaw(read, id, rd.raw, value);
    (read.table[group] ??= {})[field] = value;
  }
  finishT4(read);
  return read;
}

/** Missing groups and fields (FORMAT.md §4.2 T4-B wants all 15). */
export function finishT4(read: TableRead<T4Table>): void {
  for (const g of T4_GROUPS) {
    if (!read.table[g.key]) {
      addIssue(read.info, { kind: 'missing-row', row: g.key, expected: g.label });
      read.info.missingRows.push(g.key);
      continue;
    }
    for (const f of T4_FIELDS) {
      if (read.table[g.key]![f.key] !== undefined) continue;
      addIssue(read.info, { kind: 'missing-column', row: g.key, col: f.key, expected: f.label });
      read.info.missingCols.push(`${g.key}.${f.key}`);
    }
  }
  read.info.readable = true;
}
