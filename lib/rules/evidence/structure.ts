// The structure of a standard table as the extractor found it (TableInfo, TableIssue in
// lib/model/schema.ts), turned into findings once per problem: FORMAT.md §4.1 T3-F, §4.2 T4-B,
// §4.3 T2-A. Text in a cell is the cell rules' (lib/rules/evidence/cell-values.ts).
import type { TableId } from '../../model/keys';
import type { TableInfo, TableIssue } from '../../model/schema';
import type { RuleFinding } from '../types';

export const STRUCTURE_MESSAGES = [
  'structure.missingRow', 'structure.missingColumn', 'structure.extraColumn',
  'structure.duplicateRow', 'structure.labelVariant', 'structure.unmatchedRow',
] as const;

export interface Labels {
  row(key: string): string;
  col(key: string): string;
}

export function structureFindings(table: TableId, info: TableInfo | undefined, labels: Labels): RuleFinding[] {
  if (!info?.found || !info.readable) return []; // an absent or unreadable table is §4.7 S-2's
  // Extractors that predate `issues` give the missing rows and columns only.
  const issues: TableIssue[] = info.issues ?? [
    ...info.missingRows.map((row) => ({ kind: 'missing-row' as const, row })),
    ...info.missingCols.map((col) => ({ kind: 'missing-column' as const, col })),
  ];
  const t = `@table.${table}`;
  const out: RuleFinding[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const key = `${issue.kind}:${issue.row ?? ''}:${issue.col ?? ''}:${issue.found ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const row = issue.row ? labels.row(issue.row) : issue.expected ?? issue.found ?? '';
    const col = issue.col ? labels.col(issue.col) : issue.expected ?? issue.found ?? '';
    const found = issue.found || '@structure.noLabel'; // a header cell with no text
    const cells = issue.row && issue.col ? [{ table, row: issue.row, col: issue.col }] : [];
    switch (issue.kind) {
      case 'missing-row':
        out.push({ status: 'fail', messageKey: 'structure.missingRow', cells: [], params: { table: t, row } });
        break;
      case 'missing-column':
        out.push({ status: 'fail', messageKey: 'structure.missingColumn', cells: [], params: { table: t, col } });
        break;
      case 'extra-column':
        out.push({ status: 'review', severity: 'warning', messageKey: 'structure.extraColumn', cells: [], params: { table: t, found } });
        break;
      case 'duplicate-row':
        out.push({ status: 'review', severity: 'warning', messageKey: 'structure.duplicateRow', cells, params: { table: t, row } });
        break;
      case 'label-variant':
        out.push({ status: 'fail', severity: 'warning', messageKey: 'structure.labelVariant', cells,
          params: { table: t, found, expected: issue.expected ?? (issue.row ? row : col) } });
        break;
      case 'unmatched-row':
        out.push({ status: 'review', severity: 'warning', messageKey: 'structure.unmatchedRow', cells: [], params: { table: t, found } });
        break;
      case 'text-in-cell':
      case 'split-table': // a page break in the source document, not a problem of the report
        break;
    }
  }
  return out;
}
