// The test run on every page load: cheap enough that a page which is not a report costs well
// under a millisecond. It reads only the title, two meta tags and, when tables exist, their text.
import { REPORT_TITLE } from '../extract/metadata';
import { looksLikeT3 } from '../extract/t3';

const MAX_TABLES = 50;

export function mightBeReport(doc: Document): boolean {
  const head = [
    doc.title,
    doc.querySelector('meta[name="ArticleTitle" i]')?.getAttribute('content'),
    doc.querySelector('meta[name="ColumnName" i]')?.getAttribute('content'),
  ].join(' ');
  if (REPORT_TITLE.test(head) || /信息公开年报|年度报告/.test(head)) return true;
  const tables = doc.getElementsByTagName('table');
  for (let i = 0; i < tables.length && i < MAX_TABLES; i++) {
    if (looksLikeT3(tables[i]!.textContent ?? '')) return true;
  }
  return false;
}
