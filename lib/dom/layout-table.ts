// Tables used for page layout (the article inside a <td>) versus tables of data.
const LONG_CELL = 150;
/** Elements looked at per table: enough to tell, bounded on a table of a million cells. */
const MAX_VISITS = 5000;
const cache = new WeakMap<Element, boolean>();

/** A layout table holds other tables or a cell of running text; a data table holds neither. */
export function isLayoutTable(table: Element): boolean {
  let known = cache.get(table);
  if (known === undefined) cache.set(table, (known = look(table)));
  return known;
}

function look(table: Element): boolean {
  if (table.querySelector('table')) return true;
  let visits = 0;
  const stack: Element[] = [table];
  while (stack.length > 0 && visits < MAX_VISITS) {
    const el = stack.pop()!;
    visits++;
    const tag = el.localName.toLowerCase();
    if ((tag === 'td' || tag === 'th') && (el.textContent ?? '').replace(/\s+/g, '').length > LONG_CELL) return true;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return false;
}
