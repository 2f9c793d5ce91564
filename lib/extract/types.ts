// What extraction hands on: the MODEL.md report plus, kept apart from the JSON, the page elements
// behind every value (for the overlay) and the narrative text (for the text rules).
import type { CellAddr, Report } from '../model/schema';
import type { TableId } from '../model/keys';

export interface CellRef {
  el: Element;
  /** The cell's text as on the page (normalised spaces). */
  raw: string;
}

export const cellId = (a: CellAddr): string => `${a.table}:${a.row}:${a.col}`;

export interface SectionText {
  number: number;
  heading: string;
  /** The heading's element on the page, for the banner and scrolling. */
  el: Element | null;
  /** The section's narrative text (paragraphs joined by "\n"). */
  body: string;
}

/** Narrative available to the rules; never serialised into the audit JSON. */
export interface ReportText {
  preamble: string;
  sections: SectionText[];
}

export interface ExtractedReport {
  report: Report;
  cells: Map<string, CellRef>;
  /** The <table> elements each standard table was read from (several when split). */
  tableEls: Partial<Record<TableId, Element[]>>;
  text: ReportText;
}
