// The official row and column labels of each table as one line each: merged headers flattened
// with "/" ("法人或其他组织/商业企业", "（三）不予公开/1.属于国家秘密"), so a spreadsheet or a
// findings list can name any cell. Labels are the report's own (Chinese) in every UI language.
import { T2_2019, T2_2021, T3_COLUMNS, T3_ROWS, T4_FIELDS, T4_GROUPS, type TableId } from '../model/keys';
import type { CellAddr, Format } from '../model/schema';
import { translate, type Lang } from '../i18n/translate';

export interface LabelDef {
  key: string;
  label: string;
}

const flat = (d: { label: string; group?: string }): string => (d.group ? `${d.group}/${d.label}` : d.label);

/** Table 二's rows with the columns each one has (MODEL.md "Table 二"); unknown formats read as 2021. */
export function t2Defs(format: Format): readonly { key: string; label: string; cols: readonly LabelDef[] }[] {
  return format === '2019' ? T2_2019 : T2_2021;
}

/** Rows of a table in the official order (both formats of 三: a report holds the rows of its own). */
export function rowDefs(table: TableId, format: Format): LabelDef[] {
  if (table === 't3') return T3_ROWS.map((r) => ({ key: r.key, label: flat(r) }));
  if (table === 't4') return T4_GROUPS.map((g) => ({ key: g.key, label: g.label }));
  return t2Defs(format).map((r) => ({ key: r.key, label: r.label }));
}

/** Columns of a table in the official order; table 二's are the union of its blocks' columns. */
export function colDefs(table: TableId, format: Format): LabelDef[] {
  if (table === 't3') return T3_COLUMNS.map((c) => ({ key: c.key, label: flat(c) }));
  if (table === 't4') return T4_FIELDS.map((f) => ({ key: f.key, label: f.label }));
  const seen = new Map<string, string>();
  for (const r of t2Defs(format)) for (const c of r.cols) if (!seen.has(c.key)) seen.set(c.key, c.label);
  return [...seen].map(([key, label]) => ({ key, label }));
}

/** "表三：（三）不予公开/1.属于国家秘密，自然人"; a key no table defines is shown as itself. */
export function cellLabel(addr: CellAddr, format: Format, lang: Lang): string {
  const row = rowDefs(addr.table, format).find((d) => d.key === addr.row)?.label ?? addr.row;
  const col = colDefs(addr.table, format).find((d) => d.key === addr.col)?.label ?? addr.col;
  return translate(lang, 'export.cellLabel', { table: translate(lang, `export.sheet.${addr.table}`), row, col });
}
