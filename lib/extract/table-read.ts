// What reading one standard table (二, 三 or 四) yields, whether from <table> cells or from text
// lines: the values by MODEL.md keys, the page element and raw text behind each, and what could
// not be read (TableInfo, with machine-readable issues for the structure rules).
import type { TableIssue, TableInfo } from '../model/schema';
import type { ReportFormat, TableId } from '../model/keys';
import type { CellRef } from './types';
import type { TextBlock } from '../dom/blocks';

export interface TableRead<T> {
  table: T;
  info: TableInfo;
  /** The format the table's own labels show, or null when they do not tell. */
  format: ReportFormat | null;
  cells: Map<string, CellRef>;
  /** Raw text of values that are not a plain number, keyed like `cells`. */
  raw: Record<string, string>;
  /** The <table> elements read (several when split), or the text blocks a text table was read from. */
  els: Element[];
  /** For a table read from text: the blocks it took, to leave out of the narrative. */
  blocks?: TextBlock[];
}

export function emptyInfo(source: 'table' | 'text'): TableInfo {
  return { found: true, readable: false, source, missingRows: [], missingCols: [], notes: [], issues: [] };
}

export function addIssue(info: TableInfo, issue: TableIssue): void {
  (info.issues ??= []).push(issue);
}

/** Marks the table found but unreadable, saying why (FORMAT.md §4.7 S-2: never guess). */
export function unreadable<T>(read: TableRead<T>, reason: string, empty: T): TableRead<T> {
  read.info.readable = false;
  read.info.reason = reason;
  read.table = empty;
  read.cells.clear();
  read.raw = {};
  return read;
}

export function newRead<T>(source: 'table' | 'text', table: T, els: Element[]): TableRead<T> {
  return { table, info: emptyInfo(source), format: null, cells: new Map(), raw: {}, els };
}

/** Records the raw text of a value whose cell is not written as the plain number it reads as. */
export function keepRaw(read: TableRead<unknown>, id: string, raw: string, value: number | null): void {
  if (value === null || String(value) !== raw) read.raw[id] = raw;
}

export type ReadTables = Partial<Record<TableId, TableRead<unknown>>>;
