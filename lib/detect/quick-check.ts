// The test run on every page load: cheap enough that a page which is not a report costs well
// under a millisecond. It reads the title, the head's meta tags, the first headings and, when the page
// has tables, their text; nothing else runs on a page that fails it.
import { looksLikeT3, REPORT_TITLE } from './report-markers';

const MAX_TABLES = 40;
/** Table 三's markers are in its first rows: a table is read up to this much text, so a long one costs no more than its start. */
const MAX_TABLE_TEXT = 4000;
const MAX_HEADINGS = 4;
const COLUMN = /信息公开年报|年度报告|年报/;

export function mightBeReport(doc: Document): boolean {
  // Only the head's meta tags and the first headings: a selector that finds nothing would scan the
  // whole document, which on a 5 MB page costs milliseconds (README, "Speed and size").
  const metas = new Map<string, string>();
  for (const m of Array.from(doc.head?.getElementsByTagName('meta') ?? [])) {
    const name = m.getAttribute('name')?.toLowerCase();
    if (name && !metas.has(name)) metas.set(name, m.getAttribute('content') ?? '');
  }
  const meta = (name: string) => metas.get(name.toLowerCase()) ?? '';
  const head = `${doc.title} ${meta('ArticleTitle')}`;
  if (REPORT_TITLE.test(head) || COLUMN.test(`${meta('ColumnName')} ${meta('ColumnType')}`)) return true;
  for (const tag of ['h1', 'h2']) {
    // item(i), not length: the length of a live collection walks the whole document.
    const headings = doc.getElementsByTagName(tag);
    for (let i = 0, h = headings.item(0); h && i < MAX_HEADINGS; h = headings.item(++i)) {
      if (REPORT_TITLE.test(h.textContent ?? '')) return true;
    }
  }
  const tables = doc.getElementsByTagName('table');
  for (let i = 0, t = tables.item(0); t && i < MAX_TABLES; t = tables.item(++i)) {
    if (looksLikeT3(tableStart(t))) return true;
  }
  return false;
}

/** The text of a table's first rows (its own, in tree order), up to MAX_TABLE_TEXT. */
function tableStart(table: Element): string {
  let text = '';
  for (let part = table.firstElementChild; part; part = part.nextElementSibling) {
    const group = /^(thead|tbody|tfoot)$/i.test(part.localName);
    if (!group && !/^tr$/i.test(part.localName)) continue;
    for (let row = group ? part.firstElementChild : part; row; row = group ? row.nextElementSibling : null) {
      text += row.textContent ?? '';
      if (text.length >= MAX_TABLE_TEXT) return text;
    }
  }
  return text;
}
