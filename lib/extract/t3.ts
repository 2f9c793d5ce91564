// Table 三 (FORMAT.md §2.4, §3.2): found by its labels, read through the span-resolved grid.
import { buildGrid, rowCells, type GridCell, type TableGrid } from '../grid/table-grid';
import { elementRawText } from '../dom/text';
import { compactLabel, normalizeText } from '../text/normalize';
import { parseCellValue } from '../text/cell-value';
import { T3_COLUMNS, t3RowsFor, type ReportFormat, type T3ColKey, type T3RowKey } from '../model/keys';
import type { T3Table, TableInfo } from '../model/schema';
import { cellId, type CellRef } from './types';

/** Column headers after compactLabel. "其它"/"合计" are common misspellings of the official labels. */
const COLUMN_LABELS: ReadonlyMap<string, T3ColKey> = new Map([
  ...T3_COLUMNS.map((c) => [c.label, c.key] as [string, T3ColKey]),
  ['其它', 'otherOrg'],
  ['合计', 'total'],
]);

interface RowMatcher {
  key: T3RowKey;
  leaf: RegExp;
  /** Required text in the row's other label cells (its group), when the leaf alone is ambiguous. */
  group?: RegExp;
}

// Order matters: the first match wins. Patterns are on compactLabel text.
const ROW_MATCHERS: readonly RowMatcher[] = [
  { key: 'new', leaf: /本年新收|新收.{0,12}申请/ },
  { key: 'carriedIn', leaf: /上年结转/ },
  { key: 'carriedOut', leaf: /结转下年/ },
  { key: 'partlyGranted', leaf: /部分公开/ },
  { key: 'granted', leaf: /予以公开/ },
  { key: 'withheld.stateSecret', leaf: /国家秘密/ },
  { key: 'withheld.lawProhibited', leaf: /禁止公开/ },
  { key: 'withheld.threeSecurities', leaf: /三安全一稳定/ },
  { key: 'withheld.thirdParty', leaf: /第三方合法权益/ },
  { key: 'withheld.internalAffairs', leaf: /内部事务/ },
  { key: 'withheld.processInfo', leaf: /过程性信息/ },
  { key: 'withheld.enforcementFile', leaf: /执法案卷/ },
  { key: 'withheld.adminQuery', leaf: /行政查询/ },
  { key: 'unavailable.notHeld', leaf: /不掌握/ },
  { key: 'unavailable.needsCreation', leaf: /另行制作/ },
  { key: 'unavailable.unclear', leaf: /仍不明确|补正后申请/ },
  { key: 'notProcessed.complaint', leaf: /信访|举报投诉/ },
  { key: 'notProcessed.duplicate', leaf: /重复申请/ },
  { key: 'notProcessed.publication', leaf: /出版物/ },
  { key: 'notProcessed.excessive', leaf: /大量反复/ },
  { key: 'notProcessed.confirmation', leaf: /重新出具/ },
  { key: 'otherHandling.noCorrection', leaf: /逾期不补正/ },
  { key: 'otherHandling.unpaidFee', leaf: /收费通知|缴纳费用/ },
  { key: 'otherHandling.other', leaf: /^(?:\(?3[.)]?)?其[他它]$/, group: /其他处理/ },
  { key: 'otherHandling', leaf: /^(?:\(六\))?其他处理$/ },
  { key: 'total', leaf: /总计|合计/ },
];

/** Markers that a table is table 三 (any one suffices to look closer). */
const T3_MARKERS = ['本年新收', '结转下年', '上年结转'];

export function looksLikeT3(text: string): boolean {
  return T3_MARKERS.some((m) => text.includes(m));
}

export function matchT3Row(leaf: string, context: string): T3RowKey | null {
  for (const m of ROW_MATCHERS) {
    if (m.leaf.test(leaf) && (!m.group || m.group.test(context))) return m.key;
  }
  return null;
}

export interface T3Extraction {
  table: T3Table;
  info: TableInfo;
  format: ReportFormat | null;
  cells: Map<string, CellRef>;
  raw: Record<string, string>;
  tableEls: Element[];
}

interface CellReading {
  cell: GridCell;
  /** As on the page (spaces collapsed); `text` is it normalised. */
  raw: string;
  text: string;
  label: string;
  isValue: boolean;
}

function readCells(grid: TableGrid): Map<Element, CellReading> {
  const out = new Map<Element, CellReading>();
  for (const row of grid.slots) {
    for (const cell of row) {
      if (!cell || out.has(cell.el)) continue;
      const raw = elementRawText(cell.el);
      const text = normalizeText(raw);
      out.set(cell.el, { cell, raw, text, label: compactLabel(text), isValue: parseCellValue(text).kind !== 'text' });
    }
  }
  return out;
}

/** Find the column headers: colKey -> first grid column of its header cell. */
function headerColumns(grid: TableGrid, readings: Map<Element, CellReading>, beforeRow: number): Map<T3ColKey, number> {
  const cols = new Map<T3ColKey, number>();
  for (let r = 0; r < beforeRow; r++) {
    for (const cell of rowCells(grid, r)) {
      const key = COLUMN_LABELS.get(readings.get(cell.el)!.label);
      if (key && !cols.has(key)) cols.set(key, cell.col);
    }
  }
  return cols;
}

export function extractT3(tables: Element[]): T3Extraction | null {
  // The innermost matching table: a layout table around the report matches too, but is not it.
  const candidates = tables.filter((t) => looksLikeT3(compactLabel(t.textContent ?? '')));
  const table = candidates.find((t) => !candidates.some((o) => o !== t && t.contains(o)));
  if (!table) return null;
  const grid = buildGrid(table);
  const readings = readCells(grid);

  // Which grid rows are which table rows.
  const rowKeys: { r: number; key: T3RowKey; leafCol: number }[] = [];
  const seen = new Set<T3RowKey>();
  const notes: string[] = [];
  for (let r = 0; r < grid.slots.length; r++) {
    const all = rowCells(grid, r);
    const labels = all.filter((c) => !readings.get(c.el)!.isValue);
    const leaf = labels[labels.length - 1];
    // A data row has value cells right of its label; header rows ("总计" in the header) do not.
    if (!leaf || !all.some((c) => c.col > leaf.col && readings.get(c.el)!.isValue)) continue;
    const context = labels.slice(0, -1).map((c) => readings.get(c.el)!.label).join('|');
    const key = matchT3Row(readings.get(leaf.el)!.label, context);
    if (!key) continue;
    if (seen.has(key)) {
      notes.push(`row ${key} appears again at table row ${r + 1}; the first one is used`);
      continue;
    }
    seen.add(key);
    rowKeys.push({ r, key, leafCol: leaf.col + leaf.colSpan });
  }
  const info: TableInfo = { found: true, readable: false, source: 'table', missingRows: [], missingCols: [], notes };
  const empty = { table: {}, info, format: null, cells: new Map(), raw: {}, tableEls: [table] };
  if (rowKeys.length === 0) {
    info.reason = 'no row of table 三 could be recognised by its label';
    return empty;
  }

  const firstDataRow = rowKeys[0]!.r;
  const header = headerColumns(grid, readings, firstDataRow);
  const format: ReportFormat = seen.has('otherHandling') ? '2019' : '2021';

  const t3: T3Table = {};
  const cells = new Map<string, CellRef>();
  const raw: Record<string, string> = {};
  const byHeader = header.size >= 2;
  if (!byHeader) notes.push('column headers not recognised; values read in the order of the official columns');

  for (const { r, key, leafCol } of rowKeys) {
    const rowOut: Partial<Record<T3ColKey, number | null>> = {};
    const valueCells = rowCells(grid, r).filter((c) => c.col >= leafCol && readings.get(c.el)!.isValue);
    T3_COLUMNS.forEach(({ key: col }, i) => {
      let cell: GridCell | null | undefined;
      if (byHeader) {
        const c = header.get(col);
        cell = c === undefined ? undefined : grid.slots[r]![c];
        if (cell && !readings.get(cell.el)!.isValue) cell = null; // a label spans over this column
      } else {
        cell = valueCells.length === T3_COLUMNS.length ? valueCells[i] : undefined;
      }
      if (cell === undefined) return; // column absent from the table
      if (cell === null) {
        rowOut[col] = null;
        return;
      }
      const reading = readings.get(cell.el)!;
      const parsed = parseCellValue(reading.text);
      rowOut[col] = parsed.value;
      const id = cellId({ table: 't3', row: key, col });
      cells.set(id, { el: cell.el, raw: reading.raw });
      if (parsed.kind !== 'number' || String(parsed.value) !== reading.raw) raw[id] = reading.raw;
    });
    t3[key] = rowOut;
  }

  info.missingRows = t3RowsFor(format)
    .map((d) => d.key)
    .filter((k) => !seen.has(k));
  info.missingCols = byHeader ? T3_COLUMNS.map((c) => c.key).filter((k) => !header.has(k)) : [];
  info.readable = true;
  if (grid.truncated) notes.push('the table is larger than the reading limits; only its beginning was read');
  return { table: t3, info, format, cells, raw, tableEls: [table] };
}
