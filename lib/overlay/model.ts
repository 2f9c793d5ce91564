// What the overlay shows for an audit, by the Finding contract (lib/model/schema.ts): findings with
// cells mark those cells; a quoted sentence is highlighted where it stands (a narrative figure
// against a table: both, linked); a finding about what a section lacks (its text an excerpt, or a
// quote not found on the page) marks the section's heading; findings with neither cells nor text
// (missing sections or tables, wrong template, year conflicts) go in the banner above the report.
import type { AuditResult, Finding } from '../model/schema';
import type { ExtractedReport } from '../extract/types';
import { elementText } from '../dom/text';
import { cellMarks, type CellMark } from './marks';
import { findInIndex, textIndex, type TextIndex } from './text-range';

export type GroupId = 'doc' | 't2' | 't3' | 't4' | 's1' | 's2' | 's3' | 's4' | 's5' | 's6';
/** The panel lists findings in page order: the whole report, then each part with its table. */
export const GROUP_ORDER: readonly GroupId[] = ['doc', 's1', 't2', 's2', 't3', 's3', 't4', 's4', 's5', 's6'];

export type Where =
  | { kind: 'cells'; marks: number[] }
  /** A quoted sentence, and the table cells it was compared with (if any). */
  | { kind: 'text'; text: number; marks: number[] }
  | { kind: 'section'; section: number }
  | { kind: 'banner' };

export interface TextTarget {
  finding: number;
  range: Range;
}

export interface SectionTarget {
  number: number;
  el: Element;
  findings: number[];
}

export interface OverlayModel {
  result: AuditResult;
  marks: CellMark[];
  texts: TextTarget[];
  sections: SectionTarget[];
  banner: number[];
  groups: { id: GroupId; findings: number[] }[];
  /** Where each finding (by index) is shown on the page. */
  where: Where[];
  /** The element the banner stands above: the report's title, else its first heading or table. */
  anchor: Element | null;
}

const MAX_TEXTS = 60;

export function groupOf(f: Finding): GroupId {
  const table = f.cells[0]?.table;
  if (table) return table;
  if (f.section !== undefined && f.section >= 1 && f.section <= 6) return `s${f.section}` as GroupId;
  return 'doc';
}

function titleElement(doc: Document, title: string | null, x: ExtractedReport): Element | null {
  if (x.titleEl) return x.titleEl;
  if (title) {
    const candidates = Array.from(doc.querySelectorAll('h1, h2, h3, .title, [class*="title"]')).slice(0, 30);
    const el = candidates.find((c) => elementText(c).includes(title) && elementText(c).length < title.length + 40);
    if (el) return el;
  }
  return x.text.sections[0]?.el ?? Object.values(x.tableEls).flat()[0] ?? doc.body;
}

export function buildModel(result: AuditResult, x: ExtractedReport, doc: Document): OverlayModel {
  const findings = result.findings;
  const marks = cellMarks(findings, x.cells);
  const texts: TextTarget[] = [];
  const sections = new Map<number, SectionTarget>();
  const banner: number[] = [];
  const where: Where[] = [];
  const headings = x.text.sections;
  // Each stretch of text is indexed once, however many findings quote from it.
  const indexes = new Map<string, TextIndex | null>();
  const indexed = (key: string, from: Element | null, to: Element | null) => {
    if (!indexes.has(key)) indexes.set(key, textIndex(doc, from, to));
    return indexes.get(key)!;
  };

  findings.forEach((f, i) => {
    const onCells = marks.flatMap((m, mi) => (m.findings.includes(i) ? [mi] : []));
    const at = headings.findIndex((s) => s.number === f.section);
    const heading = at >= 0 ? headings[at]! : null;
    if (f.text && !f.excerpt && texts.length < MAX_TEXTS) {
      // Look in the finding's section first (the same sentence may stand in two parts), then anywhere.
      const range = (heading && findInIndex(doc, indexed(`section ${at}`, heading.el, headings[at + 1]?.el ?? null), f.text)) || findInIndex(doc, indexed('body', null, null), f.text);
      if (range) {
        texts.push({ finding: i, range });
        return void (where[i] = { kind: 'text', text: texts.length - 1, marks: onCells });
      }
    }
    if (onCells.length > 0) return void (where[i] = { kind: 'cells', marks: onCells });
    if (f.text && heading?.el) {
      let target = sections.get(heading.number);
      if (!target) sections.set(heading.number, (target = { number: heading.number, el: heading.el, findings: [] }));
      target.findings.push(i);
      return void (where[i] = { kind: 'section', section: heading.number });
    }
    banner.push(i);
    where[i] = { kind: 'banner' };
  });

  const byGroup = new Map<GroupId, number[]>();
  findings.forEach((f, i) => {
    const g = groupOf(f);
    byGroup.set(g, [...(byGroup.get(g) ?? []), i]);
  });
  const groups = GROUP_ORDER.filter((g) => byGroup.has(g)).map((id) => ({ id, findings: byGroup.get(id)! }));

  return {
    result,
    marks,
    texts,
    sections: [...sections.values()],
    banner,
    groups,
    where,
    anchor: titleElement(doc, result.report?.title ?? null, x),
  };
}
