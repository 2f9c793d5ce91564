import { describe, expect, it } from 'vitest';
import { buildGrid, rowCells, GRID_LIMITS } from '../../lib/grid/table-grid';

function table(html: string): Element {
  document.body.innerHTML = `<table>${html}</table>`;
  return document.querySelector('table')!;
}
/** The grid as text: each slot shows its cell's text, so spans are visible as repeats. */
const texts = (t: Element) => buildGrid(t).slots.map((row) => row.map((c) => c?.el.textContent ?? '·').join(' '));

describe('buildGrid', () => {
  it('resolves nested rowspans and colspans into a rectangle, each slot pointing at its covering cell', () => {
    const t = table(`
      <tr><td rowspan="3" colspan="2">A</td><td colspan="3">B</td></tr>
      <tr><td rowspan="2">C</td><td colspan="2">D</td></tr>
      <tr><td>E</td><td>F</td></tr>
      <tr><td>G</td><td rowspan="2">H</td><td>I</td><td>J</td><td>K</td></tr>
      <tr><td>L</td><td>M</td><td>N</td><td>O</td></tr>`);
    expect(texts(t)).toEqual([
      'A A B B B',
      'A A C D D',
      'A A C E F',
      'G H I J K',
      'L H M N O',
    ]);
    const g = buildGrid(t);
    expect(g.width).toBe(5);
    expect(g.slots[2]![0]!.el).toBe(g.slots[0]![0]!.el);
    expect(g.slots[4]![1]).toMatchObject({ row: 3, col: 1, rowSpan: 2, colSpan: 1 });
    expect(rowCells(g, 1).map((c) => c.el.textContent)).toEqual(['A', 'C', 'D']);
  });

  it('keeps thead/tbody/tfoot rows in tree order and ignores nested tables', () => {
    const t = table(`<thead><tr><th>h1</th><th>h2</th></tr></thead>
      <tbody><tr><td>1<table><tr><td>inner</td><td>x</td><td>y</td></tr></table></td><td>2</td></tr></tbody>
      <tfoot><tr><td colspan="2">f</td></tr></tfoot>`);
    const g = buildGrid(t);
    expect(g.rowEls).toHaveLength(3);
    expect(g.width).toBe(2);
    expect(g.slots[2]!.map((c) => c?.el.textContent)).toEqual(['f', 'f']);
  });

  it('stops rowspans at the end of their row group and treats rowspan=0 as "to the end of the group"', () => {
    const t = table(`<tbody><tr><td rowspan="9">a</td><td>b</td></tr><tr><td>c</td></tr></tbody>
      <tbody><tr><td rowspan="0">d</td><td>e</td></tr><tr><td>f</td></tr><tr><td>g</td></tr></tbody>`);
    expect(texts(t)).toEqual(['a b', 'a c', 'd e', 'd f', 'd g']);
  });

  it('leaves holes of ragged rows as null rather than shifting cells', () => {
    const t = table(`<tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr>`);
    expect(buildGrid(t).slots[1]).toEqual([expect.objectContaining({ col: 0 }), null, null]);
  });

  it('caps absurd spans as browsers do and bounds the work', () => {
    const t = table(`<tr><td colspan="999999">wide</td></tr><tr><td rowspan="999999">tall</td><td>x</td></tr>`);
    const g = buildGrid(t);
    expect(g.width).toBe(GRID_LIMITS.maxColSpan);
    expect(g.slots).toHaveLength(2);
    const huge = buildGrid(t, { ...GRID_LIMITS, maxSlots: 500 });
    expect(huge.truncated).toBe(true);
  });

  it('reads malformed span attributes like browsers ("2px" is 2, "x" is 1)', () => {
    const t = table(`<tr><td colspan="2px">a</td><td colspan="x">b</td></tr>`);
    expect(texts(t)).toEqual(['a a b']);
  });
});
