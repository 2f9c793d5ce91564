// Tables as grids of text for the text formats (TSV, CSV, Markdown): a header row of labels,
// then one row per table row; "all tables" stacks them under their titles.
import type { TableId } from '../model/keys';
import type { Report } from '../model/schema';
import { translate, type Lang } from '../i18n/translate';
import { cellText, tableSheet, tableSheets, type TableSheet } from './table-sheets';

export type Grid = string[][];

export function sheetGrid(sheet: TableSheet, lang: Lang): Grid {
  return [
    [translate(lang, 'export.col.item'), ...sheet.columns.map((c) => c.label)],
    ...sheet.rows.map((r) => [r.label, ...r.cells.map(cellText)]),
  ];
}

export const tableTitle = (table: TableId, lang: Lang): string => translate(lang, `table.${table}`);

/** One table, or every table the report holds (each under its title, a blank row between). */
export function reportGrid(report: Report, lang: Lang, table?: TableId): Grid {
  if (table) {
    const sheet = tableSheet(report, table);
    return sheet ? sheetGrid(sheet, lang) : [];
  }
  const out: Grid = report.title ? [[report.title]] : [];
  for (const sheet of tableSheets(report)) {
    if (out.length > 0) out.push([]);
    out.push([tableTitle(sheet.table, lang)], ...sheetGrid(sheet, lang));
  }
  return out;
}
