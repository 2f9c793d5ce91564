// Page in, ExtractedReport out: the model of MODEL.md plus the elements behind its values.
// Order: the article container, its text blocks and headings, the tables (as <table>, else as
// text in their section), the format from the labels found checked against the year, the text.
import { textBlocks, type TextBlock } from '../dom/blocks';
import { isLayoutTable } from '../dom/layout-table';
import type { ReportFormat, TableId } from '../model/keys';
import type { Format, Report, TableInfo } from '../model/schema';
import { findArticle } from './article';
import { innermostTables, locateTables } from './locate-tables';
import { citedNotice, pageTitle, publishedDate, statisticsPeriod, titleAgency, titleYear } from './metadata';
import { findSectionHeadings, missingSections, readSections, type SectionHeading } from './sections';
import { extractT2 } from './t2';
import { extractT3 } from './t3';
import { finishT3 } from './t3-labels';
import { extractT4 } from './t4';
import type { TableRead } from './table-read';
import { readT2Text, readT3Text, readT4Text } from './text-tables';
import type { CellRef, ExtractedReport } from './types';

const SECTION_OF: Record<TableId, number> = { t2: 2, t3: 3, t4: 4 };

/** The blocks of a table's section (or, without its heading, from the previous heading on). */
function sectionBlocks(blocks: readonly TextBlock[], headings: readonly SectionHeading[], n: number): TextBlock[] {
  const at = headings.findIndex((h) => h.number === n);
  const from = at >= 0 ? headings[at]!.block + 1 : (headings.filter((h) => h.number < n).at(-1)?.block ?? -1) + 1;
  const next = headings.find((h) => h.number > n);
  return blocks.slice(from, next ? next.block : blocks.length);
}

/** Elements of `tag` inside the article between the heading of section n and the next heading. */
function inSection(root: Element, headings: readonly SectionHeading[], n: number, tag: string): Element[] {
  const at = headings.find((h) => h.number === n);
  if (!at) return [];
  const next = headings.find((h) => h.number > n);
  return Array.from(root.getElementsByTagName(tag)).filter((el) =>
    (at.el.compareDocumentPosition(el) & 4) !== 0 && !at.el.contains(el) && (!next || (next.el.compareDocumentPosition(el) & 2) !== 0));
}

/** The format the labels show, checked against the year (FORMAT.md §3.4): the labels decide. */
function decideFormat(labels: ReportFormat | null, year: number | null, anyTable: boolean): Format {
  if (labels) return labels;
  if (year !== null && year <= 2018) return 'legacy';
  if (!anyTable || year === null) return 'unknown';
  return year >= 2021 ? '2021' : '2019';
}

export function extractReport(doc: Document): ExtractedReport {
  const body = doc.body ?? doc.documentElement;
  const isDataTable = (t: Element) => !isLayoutTable(t);
  // Every table with a standard table's labels marks where the report is; only those inside the
  // article are read (a sidebar or footer table with the same labels is not the report's).
  const article = findArticle(body, locateTables(innermostTables(body)).all, isDataTable);
  const root = article.root;
  const located = locateTables(innermostTables(root));
  const skipTable = (t: Element) => located.all.has(t) || isDataTable(t);
  const blocks = textBlocks(root, { skipTable });
  const headings = findSectionHeadings(blocks);
  const { title, block: titleBlock } = pageTitle(doc, blocks);
  const allText = blocks.map((b) => b.text).join('\n');
  const period = statisticsPeriod(allText);
  const year = titleYear(title) ?? (period ? Number(period.from.slice(0, 4)) : null);

  // Tables as <table>s first; a table not found so is looked for as text in its section.
  const t3Parts = located.parts.t3 ?? [];
  const t3 = t3Parts.length ? extractT3(t3Parts) : readT3Text(sectionBlocks(blocks, headings, SECTION_OF.t3));
  const t2Parts = located.parts.t2 ?? [];
  const yearFormat: ReportFormat | null = year === null ? null : year >= 2021 ? '2021' : year >= 2019 ? '2019' : null;
  const t2Fallback = t3?.format ?? yearFormat;
  const t2 = t2Parts.length ? extractT2(t2Parts, t2Fallback) : readT2Text(sectionBlocks(blocks, headings, SECTION_OF.t2), t2Fallback);
  // Table 四 without labels (its header lost) is still the table of 15 values under heading 四.
  const t4Parts = located.parts.t4 ?? inSection(root, headings, SECTION_OF.t4, 'table').filter((t) => isDataTable(t) && !located.all.has(t)).slice(0, 1);
  const t4 = t4Parts.length ? extractT4(t4Parts) : readT4Text(sectionBlocks(blocks, headings, SECTION_OF.t4));

  const format = decideFormat(t3?.format ?? t2?.format ?? null, year, !!(t2 || t3 || t4));
  const legacy = format === 'legacy';
  if (t3 && (format === '2021' || format === '2019')) finishT3(t3, format);

  const reads: [TableId, TableRead<unknown> | null][] = legacy ? [] : [['t2', t2], ['t3', t3], ['t4', t4]];
  const tableInfo: Partial<Record<TableId, TableInfo>> = {};
  for (const [id, read] of reads) {
    // A table published as a picture is there, but has nothing to read (FORMAT.md §4.7 S-2).
    if (read) continue;
    // Looked for as a table and as text, and not there: evidence of absence for §4.7 S-2.
    tableInfo[id] = inSection(root, headings, SECTION_OF[id], 'img').length > 0
      ? { found: true, readable: false, reason: 'the table is a picture: it has no text to read', missingRows: [], missingCols: [], notes: [], issues: [] }
      : { found: false, readable: false, reason: 'not on the page, neither as a table nor as text', missingRows: [], missingCols: [], notes: [], issues: [] };
  }
  const cells = new Map<string, CellRef>();
  const raw: Record<string, string> = {};
  const tableEls: ExtractedReport['tableEls'] = {};
  const exclude = new Set<TextBlock>();
  for (const [id, read] of reads) {
    if (!read) continue;
    tableInfo[id] = read.info;
    tableEls[id] = read.els;
    for (const b of read.blocks ?? []) exclude.add(b);
    for (const [k, v] of read.cells) cells.set(k, v);
    Object.assign(raw, read.raw);
  }
  if (located.notes.length > 0) (tableInfo.t3 ?? tableInfo.t2 ?? tableInfo.t4)?.notes.push(...located.notes);

  const text = readSections(blocks, headings, exclude, titleBlock);
  const readable = <T>(r: TableRead<T> | null): T | null => (!legacy && r?.info.readable ? r.table : null);
  const report: Report = {
    title,
    agency: titleAgency(title),
    year,
    published: publishedDate(doc, blocks),
    format,
    sections: text.sections.map(({ number, heading }) => ({ number, heading })),
    missing: missingSections(text.sections),
    tables: { t2: readable(t2), t3: readable(t3), t4: readable(t4) },
    period,
    notice: citedNotice(text.preamble) ?? citedNotice(allText),
    tableInfo,
  };
  if (Object.keys(raw).length > 0) report.raw = raw;
  const out: ExtractedReport = { report, cells, tableEls, text, article: root, articleMarkers: article.markers };
  if (titleBlock >= 0) out.titleEl = blocks[titleBlock]!.el;
  return out;
}
