// The six statutory section headings (FORMAT.md §2.2) found on the page, in order, with wording
// variants accepted, and the narrative text under each (tables left out).
import type { TextBlock } from '../dom/blocks';
import { SECTIONS } from '../model/keys';
import { compactLabel } from '../text/normalize';
import { parseSubparts } from './subparts';
import type { ReportText, SectionText } from './types';

// Keywords that identify each section's heading once its numeral matches (§2.2 and its variants:
// 行政复议和行政诉讼, 因政府信息公开工作被申请行政复议…, the typo 行政法复议).
const KEYWORDS: Record<number, RegExp> = {
  1: /总体情况|概述|总体概况/,
  2: /主动公开/,
  3: /收到和处理|依申请公开/,
  4: /行政复议|行政诉讼|行政法复议/,
  5: /存在的主要问题|问题及改进|改进情况|主要问题|存在问题/,
  6: /其他需要报告|其他事项|需要报告的/,
};
const NUMERALS = '一二三四五六';
const MAX_HEADING = 40;

export interface SectionHeading {
  number: number;
  /** As on the page (spaces collapsed). */
  heading: string;
  el: Element;
  /** Index of its block in the blocks it was found in. */
  block: number;
  /** Text after the heading in the same block ("一、总体情况。2024年…"), or ''. */
  rest: string;
}

/** The section a heading-like text names ("一、总体情况" → 1), or null. */
export function headingNumber(text: string): { number: number; heading: string; rest: string } | null {
  const t = text.replace(/^#+\s*/, '');
  const m = /^(?:第)?([一二三四五六])(?:、|\.|．|部分|\s)/.exec(t);
  if (!m) return null;
  const n = NUMERALS.indexOf(m[1]!) + 1;
  let heading = t;
  let rest = '';
  if (t.length > MAX_HEADING) {
    // A heading run into its first sentence: the heading is the part before 。/：.
    const cut = /[。：:]/.exec(t);
    if (!cut || cut.index > MAX_HEADING) return null;
    heading = t.slice(0, cut.index);
    rest = t.slice(cut.index + 1).trim();
  }
  return KEYWORDS[n]!.test(compactLabel(heading)) ? { number: n, heading: heading.trim(), rest } : null;
}

/** A block's text as on the page (full-width brackets kept for the numbering rules), spaces collapsed. */
export const asOnPage = (b: TextBlock) => b.raw.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

/** The six headings in page order; a number is taken only after the ones before it. */
export function findSectionHeadings(blocks: readonly TextBlock[]): SectionHeading[] {
  const found: SectionHeading[] = [];
  let next = 1;
  for (const [i, b] of blocks.entries()) {
    if (next > 6) break;
    const h = headingNumber(asOnPage(b));
    if (h && h.number >= next) {
      found.push({ number: h.number, heading: h.heading, el: b.el, block: i, rest: h.rest });
      next = h.number + 1;
    }
  }
  return found;
}

/**
 * Headings plus the text under each. The preamble is what comes between the title block and the
 * first heading; `exclude` holds blocks that are tables written as text.
 */
export function readSections(blocks: readonly TextBlock[], headings: readonly SectionHeading[], exclude: ReadonlySet<TextBlock>, titleBlock: number): ReportText {
  const sections: SectionText[] = headings.map((h) => ({ number: h.number, heading: h.heading, el: h.el, body: '', subparts: [] }));
  const bodies: string[][] = headings.map((h) => (h.rest ? [h.rest] : []));
  const preamble: string[] = [];
  let index = -1;
  for (let i = titleBlock + 1; i < blocks.length; i++) {
    if (index + 1 < headings.length && headings[index + 1]!.block === i) {
      index++;
      continue;
    }
    const b = blocks[i]!;
    if (exclude.has(b)) continue;
    (index < 0 ? preamble : bodies[index]!).push(asOnPage(b));
  }
  sections.forEach((s, i) => {
    s.body = bodies[i]!.join('\n');
    s.subparts = parseSubparts(s.body);
  });
  return { preamble: preamble.join('\n'), sections };
}

export function missingSections(found: readonly { number: number }[]): number[] {
  const have = new Set(found.map((s) => s.number));
  return SECTIONS.map((s) => s.number).filter((n) => !have.has(n));
}
