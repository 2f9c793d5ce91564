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
  /** The section's narrative text, paragraphs joined by "\n" (table text left out). */
  body: string;
  /** Numbered sub-parts in the order written, for the numbering rules (FORMAT.md §4.7 S-4). */
  subparts: Subpart[];
}

/** Families of numbering seen in reports. */
export type SubpartStyle =
  | 'cn-paren' // （一） (一)
  | 'arabic-paren' // （1） (1)
  | 'cn-dun' // 一、
  | 'arabic-dot' // 1. 1、 1．
  | 'cn-shi'; // 一是

export interface Subpart {
  /** The marker as written: "（一）", "(1)", "一、", "1.", "一是". */
  marker: string;
  style: SubpartStyle;
  /** The number the marker stands for: （三） → 3. */
  value: number;
  /** False when a bracketed marker uses half-width brackets "(一)" (FORMAT.md §7 mixed widths). */
  fullWidth: boolean;
  /** Text after the marker, to the end of its paragraph (一是…: to the end of its sentence). */
  text: string;
  /** Index of the paragraph in the section body ("\n"-separated) it starts in. */
  paragraph: number;
}

/** Narrative available to the rules; never serialised into the audit JSON. */
export interface ReportText {
  /** Text between the title and the first section heading (legal basis, statistics period…). */
  preamble: string;
  sections: SectionText[];
}

export interface ExtractedReport {
  report: Report;
  cells: Map<string, CellRef>;
  /** The <table> elements each standard table was read from (several when split), or the text blocks of a table written as text. */
  tableEls: Partial<Record<TableId, Element[]>>;
  text: ReportText;
  /** The element holding the report (the body when nothing on the page marks a report's body). */
  article?: Element;
  /** The element showing the report's title on the page, if found. */
  titleEl?: Element;
  /** How many report markers (headings, tables, statistics period) the article container was chosen by. */
  articleMarkers?: number;
}
