// XLSX workbooks: one sheet per table the report holds plus a findings sheet; values as numeric
// cells, placeholders as their text, blanks as empty cells. Written by write-excel-file (README
// "Exports" says why); load this module only through xlsx-loader.ts.
import writeXlsxFile from 'write-excel-file/universal';
import type { Cell, Row, Sheet } from 'write-excel-file/universal';
import type { AuditResult } from '../model/schema';
import { translate, type Lang } from '../i18n/translate';
import { MIME, type ExportFile } from './actions';
import { exportFileName } from './filename';
import { findingsGrid } from './findings';
import { tableSheets, type SheetCell, type TableSheet } from './table-sheets';

type WorkbookSheet = Sheet<Blob>;

const header = (labels: string[]): Row => labels.map((value) => ({ value, fontWeight: 'bold' }));

function valueCell(cell: SheetCell | undefined): Cell {
  if (!cell) return null;
  if (cell.value !== null) return { value: cell.value, type: Number };
  return cell.raw === undefined ? null : { value: cell.raw, type: String };
}

function tableSheet(sheet: TableSheet, lang: Lang): WorkbookSheet {
  return {
    sheet: translate(lang, `export.sheet.${sheet.table}`),
    data: [
      header([translate(lang, 'export.col.item'), ...sheet.columns.map((c) => c.label)]),
      ...sheet.rows.map((r): Row => [{ value: r.label, type: String }, ...r.cells.map(valueCell)]),
    ],
    columns: [{ width: 48 }, ...sheet.columns.map(() => ({ width: 16 }))],
    stickyRowsCount: 1,
    stickyColumnsCount: 1,
  };
}

function findingsSheet(result: AuditResult, lang: Lang): WorkbookSheet {
  const [head = [], ...rows] = findingsGrid(result, lang);
  return {
    sheet: translate(lang, 'export.sheet.findings'),
    // Every finding field is text, including a message that starts with "=": never a formula.
    data: [header(head), ...rows.map((r): Row => r.map((value) => (value === '' ? null : { value, type: String })))],
    columns: [{ width: 14 }, { width: 30 }, { width: 8 }, { width: 12 }, { width: 80 }, { width: 60 }, { width: 40 }],
    stickyRowsCount: 1,
  };
}

export async function xlsxExport(result: AuditResult, lang: Lang, fallbackName?: string): Promise<ExportFile> {
  if (!result.report) throw new Error(`${result.source}: not a report, so there are no tables to export`);
  const sheets = [...tableSheets(result.report).map((s) => tableSheet(s, lang)), findingsSheet(result, lang)];
  const blob = await writeXlsxFile(sheets).toBlob();
  return {
    filename: exportFileName(result.report, 'export.file.data', 'xlsx', lang, fallbackName),
    mime: MIME.xlsx,
    content: new Uint8Array(await blob.arrayBuffer()),
  };
}
