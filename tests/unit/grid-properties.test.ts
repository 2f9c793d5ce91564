// Property tests of the grid (fast-check): on random tables, including span attributes no author
// would write, buildGrid never throws, materialises no more slots than its limit (the bound on its
// work), and gives a grid in which every slot points at the cell that really covers it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGrid, GRID_LIMITS, type TableGrid } from '../../lib/grid/table-grid';

const span = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -3, max: 12 }).map(String),
  fc.constantFrom('0', '1000', '1001', '65534', '65535', '99999999', '2px', ' 3', 'x', '', '1e3', '-0', '4.7'),
);
const cell = fc.record({ tag: fc.constantFrom('td', 'th'), colspan: span, rowspan: span, text: fc.string({ maxLength: 3 }) });
const row = fc.array(cell, { maxLength: 6 });
const group = fc.record({ tag: fc.constantFrom('thead', 'tbody', 'tfoot', null), rows: fc.array(row, { maxLength: 6 }) });
const tableSpec = fc.array(group, { maxLength: 4 });
type TableSpec = typeof tableSpec extends fc.Arbitrary<infer T> ? T : never;

/** The table built with DOM calls, so rows directly under <table> stay there (as scripts can make them). */
function build(spec: TableSpec): Element {
  const table = document.createElement('table');
  for (const g of spec) {
    const parent = g.tag ? table.appendChild(document.createElement(g.tag)) : table;
    for (const r of g.rows) {
      const tr = parent.appendChild(document.createElement('tr'));
      for (const c of r) {
        const el = tr.appendChild(document.createElement(c.tag));
        if (c.colspan !== null) el.setAttribute('colspan', c.colspan);
        if (c.rowspan !== null) el.setAttribute('rowspan', c.rowspan);
        el.textContent = c.text;
      }
    }
  }
  return table;
}

/** What is wrong with the grid, if anything (plain checks: a table may have 100,000 slots). */
function gridProblems(g: TableGrid, limits: typeof GRID_LIMITS): string[] {
  const problems: string[] = [];
  if (g.rowEls.length > limits.maxRows) problems.push(`${g.rowEls.length} rows`);
  if (g.slots.length !== g.rowEls.length) problems.push('a slot row per row element');
  // The bound on work: every slot of the rectangle is materialised, so the rectangle is bounded.
  if (g.rowEls.length * g.width > Math.max(limits.maxSlots, g.width)) problems.push(`${g.rowEls.length} × ${g.width} slots`);
  for (const [r, slots] of g.slots.entries()) {
    if (slots.length !== g.width) problems.push(`row ${r} has ${slots.length} slots`);
    for (const [c, cell] of slots.entries()) {
      if (!cell) continue;
      if (cell.row > r || r >= cell.row + cell.rowSpan || cell.col > c || c >= cell.col + cell.colSpan) problems.push(`(${r},${c}) outside its cell`);
      // rowspan="0" runs to the end of its row group, whatever the cap.
      const toGroupEnd = parseInt(cell.el.getAttribute('rowspan') ?? '', 10) === 0;
      if (cell.colSpan > limits.maxColSpan || (cell.rowSpan > limits.maxRowSpan && !toGroupEnd)) problems.push(`(${r},${c}) span over the cap`);
      // A cell sits at its top-left slot, in the row element it belongs to.
      if (g.slots[cell.row]![cell.col] !== cell || cell.el.parentElement !== g.rowEls[cell.row]) problems.push(`(${r},${c}) misplaced`);
      if (problems.length > 5) return problems;
    }
  }
  return problems;
}

describe('buildGrid on random tables', () => {
  it('never throws and always returns a consistent grid within its limits', () => {
    fc.assert(
      fc.property(tableSpec, (spec) => {
        expect(gridProblems(buildGrid(build(spec)), GRID_LIMITS)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('stays within tight limits, saying when it read only the beginning', () => {
    const limits = fc.record({
      maxColSpan: fc.integer({ min: 1, max: 20 }),
      maxRowSpan: fc.integer({ min: 1, max: 20 }),
      maxSlots: fc.integer({ min: 1, max: 60 }),
      maxRows: fc.integer({ min: 1, max: 10 }),
    });
    fc.assert(
      fc.property(tableSpec, limits, (spec, l) => {
        const table = build(spec);
        const g = buildGrid(table, l);
        expect(gridProblems(g, l)).toEqual([]);
        const rows = table.querySelectorAll('tr').length;
        if (g.rowEls.length < rows) expect(g.truncated).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('bounds a table as wide as the limits allow and as long as the page makes it', () => {
    // 3,000 rows of one cell, and one row of 300 cells each 1,000 columns wide: a rectangle of
    // 900 million slots if the grid were filled out, so it keeps only the rows its limit allows.
    const rows = Array.from({ length: 3000 }, () => '<tr><td>1</td></tr>').join('');
    document.body.innerHTML = `<table><tr>${'<td colspan="1000">w</td>'.repeat(300)}</tr>${rows}</table>`;
    const g = buildGrid(document.querySelector('table')!);
    expect(g.truncated).toBe(true);
    expect(g.rowEls.length * g.width).toBeLessThanOrEqual(GRID_LIMITS.maxSlots);
  });
});
