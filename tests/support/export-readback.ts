// Reads exported files back into table values, with readers that share no code with the writers
// (papaparse for TSV/CSV, read-excel-file for XLSX), for the round-trip tests: what comes back
// must equal the model exactly. Labels are mapped to keys from lib/model/keys.ts directly.
import Papa from 'papaparse';
import readExcelFile from 'read-excel-file/node';
import { T2_2019, T2_2021, T3_COLUMNS, T3_ROWS, T4_FIELDS, T4_GROUPS } from '../../lib/model/keys';
import type { Report } from '../../lib/model/schema';
import { translate, type Lang } from '../../lib/i18n/translate';

type TableId = 't2' | 't3' | 't4';
type Values = Record<string, Record<string, number | null>>;
/** The model seen as a spreadsheet sees it: values, and the text of cells that hold no number. */
export interface TableView {
  tables: Partial<Record<TableId, Values>>;
  placeholders: Record<string, string>;
}

/** The view a faithful export of `report` must read back to. */
export function modelView(report: Report): TableView {
  const tables: TableView['tables'] = {};
  for (const id of ['t2', 't3', 't4'] as const) {
    const t = report.tables[id] as Values | null;
    if (t) tables[id] = Object.fromEntries(Object.entries(t).map(([r, cols]) => [r, { ...cols }]));
  }
  const placeholders: Record<string, string> = {};
  for (const [id, text] of Object.entries(report.raw ?? {})) {
    const [table, row, col] = id.split(':') as [TableId, string, string];
    if (text !== '' && tables[table]?.[row]?.[col] === null) placeholders[id] = text;
  }
  return { tables, placeholders };
}

const slash = (d: { label: string; group?: string }) => (d.group ? `${d.group}/${d.label}` : d.label);

function labelMaps(table: TableId, format: Report['format']) {
  if (table === 't3') return { rows: T3_ROWS.map((r) => [slash(r), r.key, null] as const), cols: T3_COLUMNS.map((c) => [slash(c), c.key] as const) };
  if (table === 't4') return { rows: T4_GROUPS.map((g) => [g.label, g.key, null] as const), cols: T4_FIELDS.map((f) => [f.label, f.key] as const) };
  const defs = format === '2019' ? T2_2019 : T2_2021;
  return {
    rows: defs.map((d) => [d.label, d.key, new Set<string>(d.cols.map((c) => c.key))] as const),
    cols: defs.flatMap((d) => d.cols.map((c) => [c.label, c.key] as const)),
  };
}

type Cell = string | number | null;
const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

/** One table's grid (header row first) into the view; fails on any label it does not know. */
function readTable(view: TableView, table: TableId, grid: Cell[][], format: Report['format'], typed: boolean): void {
  const { rows, cols } = labelMaps(table, format);
  const [header, ...body] = grid;
  const colKeys = header!.slice(1).map((label) => {
    const key = cols.find(([l]) => l === label)?.[1];
    if (!key) throw new Error(`${table}: unknown column label ${String(label)}`);
    return key;
  });
  const out: Values = {};
  for (const line of body) {
    const def = rows.find(([l]) => l === line[0]);
    if (!def) throw new Error(`${table}: unknown row label ${String(line[0])}`);
    const [, rowKey, own] = def;
    out[rowKey] = {};
    colKeys.forEach((col, i) => {
      const cell = line[i + 1] ?? null;
      if (own && !own.has(col)) {
        if (cell !== null && cell !== '') throw new Error(`${table}.${rowKey} has a value in another block's column ${col}`);
        return;
      }
      if (cell === null || cell === '') out[rowKey]![col] = null;
      else if (typeof cell === 'number') out[rowKey]![col] = cell;
      else if (!typed && /^-?\d+(?:\.\d+)?$/.test(cell)) out[rowKey]![col] = Number(cell);
      else {
        out[rowKey]![col] = null;
        view.placeholders[`${table}:${rowKey}:${col}`] = typed ? cell : unguard(cell);
      }
    });
  }
  view.tables[table] = out;
}

function tableOfTitle(title: string, lang: Lang, key: (t: TableId) => string): TableId {
  const id = (['t2', 't3', 't4'] as const).find((t) => translate(lang, key(t)) === title);
  if (!id) throw new Error(`not a table title: ${title}`);
  return id;
}

/** A delimited file of one table (`table` given) or of all tables under their titles. */
export function readDelimited(text: string, sep: ',' | '\t', format: Report['format'], lang: Lang, table?: TableId): TableView {
  const parsed = Papa.parse<string[]>(text, { delimiter: sep, newline: '\r\n' });
  if (parsed.errors.length > 0) throw new Error(JSON.stringify(parsed.errors));
  const lines = parsed.data;
  if (lines.at(-1)?.length === 1 && lines.at(-1)![0] === '') lines.pop(); // after the last CRLF
  const view: TableView = { tables: {}, placeholders: {} };
  if (table) {
    readTable(view, table, lines, format, false);
    return view;
  }
  // Blocks separated by empty lines: the report title, then each table under its title.
  const blocks: string[][][] = [[]];
  for (const line of lines) {
    if (line.length === 1 && line[0] === '') blocks.push([]);
    else blocks.at(-1)!.push(line);
  }
  const isTitle = (line: string[] | undefined) => line?.length === 1 && (['t2', 't3', 't4'] as const).some((t) => translate(lang, `table.${t}`) === line[0]);
  // The first block is the report's title unless the report has none.
  for (const [i, block] of blocks.entries()) {
    if (i === 0 && !isTitle(block[0])) continue;
    readTable(view, tableOfTitle(block[0]![0]!, lang, (t) => `table.${t}`), block.slice(1), format, false);
  }
  return view;
}

/** An XLSX workbook: the table sheets into a view (cells as typed by the file), and the sheet names. */
export async function readWorkbook(bytes: Uint8Array, format: Report['format'], lang: Lang): Promise<{ view: TableView; sheets: { sheet: string; data: Cell[][] }[] }> {
  const sheets = (await readExcelFile(Buffer.from(bytes))) as { sheet: string; data: Cell[][] }[];
  const view: TableView = { tables: {}, placeholders: {} };
  for (const { sheet, data } of sheets) {
    if (sheet === translate(lang, 'export.sheet.findings')) continue;
    readTable(view, tableOfTitle(sheet, lang, (t) => `export.sheet.${t}`), data, format, true);
  }
  return { view, sheets };
}
