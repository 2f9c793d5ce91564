// Each distinct cell of a grid read once: its text as written, normalised, as a label, as a value.
import { rowCells, type TableGrid } from '../grid/table-grid';
import { elementRawText } from '../dom/text';
import { parseCellValue, type CellValueKind, type MoneyUnit } from '../text/cell-value';
import { compactLabel, normalizeText } from '../text/normalize';

export interface CellReading {
  /** As on the page (spaces collapsed). */
  raw: string;
  /** normalizeText(raw). */
  text: string;
  /** compactLabel(raw), for matching labels. */
  label: string;
  kind: CellValueKind;
  value: number | null;
  unit?: MoneyUnit;
}

export function readCell(raw: string): CellReading {
  const text = normalizeText(raw);
  const parsed = parseCellValue(text);
  const reading: CellReading = { raw, text, label: compactLabel(text), kind: parsed.kind, value: parsed.value };
  if (parsed.unit) reading.unit = parsed.unit;
  return reading;
}

export function readCells(grid: TableGrid): Map<Element, CellReading> {
  const out = new Map<Element, CellReading>();
  for (let r = 0; r < grid.slots.length; r++) {
    for (const cell of rowCells(grid, r)) if (!out.has(cell.el)) out.set(cell.el, readCell(elementRawText(cell.el)));
  }
  return out;
}
