// Tables used for page layout (the article inside a <td>) versus tables of data.
const LONG_CELL = 150;
const MAX_CELLS = 2000;

/** A layout table holds other tables or a cell of running text; a data table holds neither. */
export function isLayoutTable(table: Element): boolean {
  if (table.getElementsByTagName('table').length > 0) return true;
  const cells = table.querySelectorAll('td, th');
  for (let i = 0; i < cells.length && i < MAX_CELLS; i++) {
    if ((cells[i]!.textContent ?? '').replace(/\s+/g, '').length > LONG_CELL) return true;
  }
  return false;
}
