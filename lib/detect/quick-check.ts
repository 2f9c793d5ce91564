// The test run on every page load: cheap enough that a page which is not a report costs well
// under a millisecond. It reads the title, three meta tags, the first headings and, when the page
// has tables, their text; nothing else runs on a page that fails it.
import { REPORT_TITLE } from '../extract/metadata';
import { looksLikeT3 } from '../extract/t3-labels';

const MAX_TABLES = 40;
const MAX_HEADINGS = 4;
const COLUMN = /信息公开年报|年度报告|年报/;

export function mightBeReport(doc: Document): boolean {
  const meta = (name: string) => doc.querySelector(`meta[name="${name}" i]`)?.getAttribute('content') ?? '';
  const head = `${doc.title} ${meta('ArticleTitle')}`;
  if (REPORT_TITLE.test(head) || COLUMN.test(`${meta('ColumnName')} ${meta('ColumnType')}`)) return true;
  const headings = doc.querySelectorAll('h1, h2');
  for (let i = 0; i < headings.length && i < MAX_HEADINGS; i++) {
    if (REPORT_TITLE.test(headings[i]!.textContent ?? '')) return true;
  }
  const tables = doc.getElementsByTagName('table');
  for (let i = 0; i < tables.length && i < MAX_TABLES; i++) {
    if (looksLikeT3(tables[i]!.textContent ?? '')) return true;
  }
  return false;
}
