// A table's cells resolved into a rectangular grid of slots (the HTML table model, simplified):
// every slot knows the element that covers it, so a value read from slot (r, c) can be marked on
// the page. Spans are capped as browsers cap them, and the whole grid is bounded.

export interface GridCell {
  el: Element;
  /** Top-left slot of the cell. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface TableGrid {
  table: Element;
  /** The table's own rows (not those of nested tables), in tree order. */
  rowEls: Element[];
  /** slots[r][c]: the cell covering row r, column c, or null where a ragged row leaves a hole. */
  slots: (GridCell | null)[][];
  width: number;
  /** True when the table was larger than the limits and only its beginning was read. */
  truncated: boolean;
}

export const GRID_LIMITS = {
  maxColSpan: 1000, // HTML: colspan values above 1000 are treated as 1000
  maxRowSpan: 65534, // HTML: rowspan above 65534 is treated as 65534
  maxSlots: 400_000, // bound on rows × columns we are willing to materialise
  maxRows: 20_000,
};

function spanAttr(el: Element, name: string, fallback: number, max: number): number {
  const raw = el.getAttribute(name);
  if (raw === null) return fallback;
  const n = parseInt(raw.trim(), 10); // "2px", " 3" parse like browsers do
  if (!Number.isFinite(n) || n < 0) return fallback;
  return Math.min(n, max);
}

const isTag = (el: Element, tag: string) => el.localName === tag || el.tagName.toLowerCase() === tag;

/** Row groups of a table in tree order; rows directly under <table> form their own groups. */
function rowGroups(table: Element): Element[][] {
  const groups: Element[][] = [];
  let loose: Element[] | null = null;
  for (const child of Array.from(table.children)) {
    if (isTag(child, 'tr')) {
      if (!loose) groups.push((loose = []));
      loose.push(child);
    } else if (isTag(child, 'thead') || isTag(child, 'tbody') || isTag(child, 'tfoot')) {
      loose = null;
      groups.push(Array.from(child.children).filter((c) => isTag(c, 'tr')));
    }
  }
  return groups;
}

export function buildGrid(table: Element, limits = GRID_LIMITS): TableGrid {
  const slots: (GridCell | null)[][] = [];
  const rowEls: Element[] = [];
  let width = 0;
  let truncated = false;
  let budget = limits.maxSlots;

  outer: for (const group of rowGroups(table)) {
    const groupStart = rowEls.length;
    const groupEnd = groupStart + group.length; // rowspans end with their row group
    for (const tr of group) {
      if (rowEls.length >= limits.maxRows) {
        truncated = true;
        break outer;
      }
      const r = rowEls.length;
      rowEls.push(tr);
      const row = (slots[r] ??= []);
      let c = 0;
      for (const cellEl of Array.from(tr.children)) {
        if (!isTag(cellEl, 'td') && !isTag(cellEl, 'th')) continue;
        while (row[c]) c++;
        const colSpan = Math.max(1, spanAttr(cellEl, 'colspan', 1, limits.maxColSpan));
        const rs = spanAttr(cellEl, 'rowspan', 1, limits.maxRowSpan);
        const rowSpan = Math.max(1, Math.min(rs === 0 ? groupEnd - r : rs, groupEnd - r));
        if (rowSpan * colSpan > budget) {
          truncated = true;
          break outer;
        }
        budget -= rowSpan * colSpan;
        const cell: GridCell = { el: cellEl, row: r, col: c, rowSpan, colSpan };
        for (let dr = 0; dr < rowSpan; dr++) {
          const target = (slots[r + dr] ??= []);
          for (let dc = 0; dc < colSpan; dc++) {
            // An overlapping span (invalid HTML) keeps the earlier cell, as browsers do.
            if (!target[c + dc]) target[c + dc] = cell;
          }
        }
        c += colSpan;
        if (c > width) width = c;
      }
    }
  }
  // The rectangle is materialised, so it is bounded too: a row of wide cells over a long table
  // would otherwise make rows × width slots far beyond maxSlots. Only the first rows are kept.
  const rowsThatFit = Math.max(1, Math.floor(limits.maxSlots / Math.max(1, width)));
  if (rowEls.length > rowsThatFit) {
    rowEls.length = rowsThatFit;
    truncated = true;
  }
  // Rectangular: fill holes with null so every row has `width` slots.
  for (let r = 0; r < rowEls.length; r++) {
    const row = (slots[r] ??= []);
    for (let c = 0; c < width; c++) if (!row[c]) row[c] = null;
  }
  slots.length = rowEls.length;
  return { table, rowEls, slots, width, truncated };
}

/** The distinct cells of row r, left to right (a cell spanning several columns appears once). */
export function rowCells(grid: TableGrid, r: number): GridCell[] {
  const out: GridCell[] = [];
  for (const cell of grid.slots[r] ?? []) if (cell && out[out.length - 1] !== cell) out.push(cell);
  return out;
}
