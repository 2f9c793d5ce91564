// What the export buttons and the CLI call: pure functions from an audit result to a file
// ({ filename, mime, content }). Text formats only: the XLSX writer is loaded on demand through
// xlsx-loader.ts, so that importing this module never pulls it into the content script.
import type { TableId } from '../model/keys';
import { AuditResultSchema, type AuditResult, type Report } from '../model/schema';
import type { Lang } from '../i18n/translate';
import { toCsv, toTsv } from './delimited';
import { exportFileName } from './filename';
import { findingsGrid } from './findings';
import { markdownHeading, markdownTable } from './markdown';
import { tableSheets } from './table-sheets';
import { reportGrid, sheetGrid, tableTitle } from './text-grid';
import { translate } from '../i18n/translate';

export interface ExportFile {
  filename: string;
  mime: string;
  content: string | Uint8Array<ArrayBuffer>;
}

export type TableFormat = 'tsv' | 'csv' | 'md';

export type TextExport =
  /** One table, or every table the report holds when `table` is left out. */
  | { kind: 'tables'; format: TableFormat; table?: TableId }
  /** The whole MODEL.md audit result. */
  | { kind: 'json' }
  | { kind: 'findings'; format: 'csv' | 'md' };

export interface ExportOptions {
  lang: Lang;
  /** CSV only: start with a UTF-8 BOM (default true) so that Excel reads the Chinese correctly. */
  bom?: boolean;
  /** Names the file when the report names no agency (the CLI passes the input file's name). */
  fallbackName?: string;
}

export const MIME = {
  tsv: 'text/tab-separated-values;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  json: 'application/json;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The audit result as MODEL.md JSON, validated by its schema before it is written. */
export function resultJson(result: AuditResult): string {
  return JSON.stringify(AuditResultSchema.parse(result), null, 2) + '\n';
}

function tablesMarkdown(report: Report, lang: Lang, table?: TableId): string {
  const sheets = tableSheets(report).filter((s) => !table || s.table === table);
  const parts = table || !report.title ? [] : [markdownHeading(1, report.title)];
  for (const s of sheets) parts.push(markdownHeading(2, tableTitle(s.table, lang)), markdownTable(sheetGrid(s, lang), { numeric: true }));
  return parts.join('\n');
}

function findingsMarkdown(result: AuditResult, lang: Lang): string {
  const title = translate(lang, 'export.findings.heading', { title: result.report?.title ?? result.source });
  const body = result.findings.length === 0 ? translate(lang, 'export.findings.none') + '\n' : markdownTable(findingsGrid(result, lang));
  return [markdownHeading(1, title), body].join('\n');
}

function requireReport(result: AuditResult): Report {
  if (!result.report) throw new Error(`${result.source}: not a report, so there are no tables to export`);
  return result.report;
}

export function textExport(result: AuditResult, request: TextExport, { lang, bom = true, fallbackName }: ExportOptions): ExportFile {
  const name = (content: string, ext: string) => exportFileName(result.report, content, ext, lang, fallbackName);
  switch (request.kind) {
    case 'json':
      return { filename: name('export.file.result', 'json'), mime: MIME.json, content: resultJson(result) };
    case 'findings': {
      const filename = name('export.file.findings', request.format);
      return request.format === 'csv'
        ? { filename, mime: MIME.csv, content: toCsv(findingsGrid(result, lang), { bom }) }
        : { filename, mime: MIME.md, content: findingsMarkdown(result, lang) };
    }
    case 'tables': {
      const report = requireReport(result);
      const filename = name(request.table ? `export.sheet.${request.table}` : 'export.file.data', request.format);
      const { format, table } = request;
      if (format === 'md') return { filename, mime: MIME.md, content: tablesMarkdown(report, lang, table) };
      const grid = reportGrid(report, lang, table);
      return format === 'csv'
        ? { filename, mime: MIME.csv, content: toCsv(grid, { bom }) }
        : { filename, mime: MIME.tsv, content: toTsv(grid) };
    }
  }
}
