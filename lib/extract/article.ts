// The article container: the element that holds the report, found by scoring the elements around
// what marks a report (FORMAT.md §6.6: section headings, the standard tables, the statistics-period
// sentence, table labels written as text), never by a CMS's class names. Navigation, footers and
// sidebars hold none of these, so their tables and text stay outside.
import { textBlocks, type TextBlock } from '../dom/blocks';
import { compactLabel } from '../text/normalize';
import { headingNumber } from './sections';
import { TEXT_MARKERS } from './text-tables';

const INLINE_OR_TABLE_PART = new Set(['p', 'span', 'font', 'b', 'strong', 'em', 'i', 'u', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'li', 'dt', 'dd', 'tr', 'tbody', 'thead', 'tfoot', 'th', 'td', 'table', 'center', 'label']);

/** Share of the markers the container must hold: a stray heading in a sidebar does not stretch it to the whole page. */
const SHARE = 0.75;

export interface Article {
  root: Element;
  /** How many report markers the page has (0: the page shows nothing of a report's body). */
  markers: number;
}

function markerElements(blocks: readonly TextBlock[], tables: Iterable<Element>): Element[] {
  const out: Element[] = [...tables];
  const textMarkers = [...TEXT_MARKERS.t3, '统计期限', '统计时限'];
  for (const b of blocks) {
    if (b.text.length <= 60 && headingNumber(b.text)) out.push(b.el);
    else if (b.text.length <= 200 && textMarkers.some((m) => compactLabel(b.text).includes(m))) out.push(b.el);
  }
  return out;
}

/** The deepest element holding at least SHARE of the markers, widened to a block that is not a table part. */
export function findArticle(body: Element, reportTables: ReadonlySet<Element>, isDataTable: (t: Element) => boolean): Article {
  const blocks = textBlocks(body, { skipTable: (t) => reportTables.has(t) || isDataTable(t) });
  const markers = markerElements(blocks, reportTables);
  if (markers.length === 0) return { root: body, markers: 0 };
  const counts = new Map<Element, number>();
  const depth = new Map<Element, number>();
  for (const m of markers) {
    const chain: Element[] = [];
    for (let el: Element | null = m; el && el !== body.parentElement; el = el.parentElement) chain.push(el);
    chain.forEach((el, i) => {
      counts.set(el, (counts.get(el) ?? 0) + 1);
      depth.set(el, chain.length - i);
    });
  }
  const need = Math.max(1, Math.ceil(markers.length * SHARE));
  let best: Element = body;
  for (const [el, n] of counts) {
    if (n >= need && depth.get(el)! > depth.get(best)!) best = el;
  }
  // A report table or a paragraph is not the article; the block around it is.
  while (best !== body && (INLINE_OR_TABLE_PART.has(best.localName.toLowerCase()) && !isLayoutCell(best, reportTables, isDataTable))) {
    best = best.parentElement ?? body;
  }
  return { root: best, markers: markers.length };
}

/** A cell of a layout table (not a report table) can hold the whole article. */
function isLayoutCell(el: Element, reportTables: ReadonlySet<Element>, isDataTable: (t: Element) => boolean): boolean {
  const tag = el.localName.toLowerCase();
  if (tag !== 'td' && tag !== 'th') return false;
  const table = el.closest('table');
  return !!table && !reportTables.has(table) && !isDataTable(table);
}
