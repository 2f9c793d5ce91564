// The six statutory section headings (FORMAT.md §2.2) found on the page, in order, and the
// narrative text under each.
import { SECTIONS } from '../model/keys';
import { elementText } from '../dom/text';
import { compactLabel, normalizeText } from '../text/normalize';
import { parseSubparts } from './subparts';
import type { ReportText, SectionText } from './types';

// Keywords that identify each section's heading once its numeral matches.
const KEYWORDS: Record<number, RegExp> = {
  1: /总体情况/,
  2: /主动公开/,
  3: /收到和处理|依申请/,
  4: /行政复议|行政诉讼/,
  5: /存在的主要问题|问题及改进|改进情况/,
  6: /其他需要报告/,
};
const NUMERALS = '一二三四五六';
const HEADING_CANDIDATES = 'h1,h2,h3,h4,h5,h6,p,div,strong,b,span,li,td';
const BLOCKS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'section', 'article', 'blockquote', 'body']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'table', 'select', 'button']);

export function findSectionHeadings(root: Element): { number: number; heading: string; el: Element }[] {
  const found: { number: number; heading: string; el: Element }[] = [];
  let next = 1;
  for (const el of Array.from(root.querySelectorAll(HEADING_CANDIDATES))) {
    if (next > 6) break;
    // Headings are short; skip containers whose text is a whole block of the page.
    const text = elementText(el);
    if (text.length === 0 || text.length > 40) continue;
    const label = compactLabel(text);
    for (let n = next; n <= 6; n++) {
      if (label.startsWith(`${NUMERALS[n - 1]}、`) && KEYWORDS[n]!.test(label)) {
        found.push({ number: n, heading: text, el });
        next = n + 1;
        break;
      }
    }
  }
  return found;
}

/** Paragraph texts of `root` in document order, outside tables; each with the element it sits in. */
function paragraphs(root: Element): { el: Element; text: string }[] {
  const out: { el: Element; text: string }[] = [];
  let current: { el: Element; text: string } | null = null;
  const walk = (node: Element, block: Element): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const t = child.nodeValue ?? '';
        if (!t.trim()) continue;
        if (!current || current.el !== block) out.push((current = { el: block, text: '' }));
        current.text += t;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.localName;
        if (SKIP.has(tag)) continue;
        if (tag === 'br') {
          current = null; // a line break ends a paragraph in Word-exported pages
          continue;
        }
        walk(el, BLOCKS.has(tag) ? el : block);
        if (BLOCKS.has(tag)) current = null;
      }
    }
  };
  walk(root, root);
  return out.map((p) => ({ el: p.el, text: normalizeText(p.text) })).filter((p) => p.text);
}

/** Headings plus the text under each; the preamble is what comes before the first heading. */
export function readSections(root: Element): ReportText {
  const headings = findSectionHeadings(root);
  const sections: SectionText[] = headings.map((h) => ({ ...h, body: '', subparts: [] }));
  const preamble: string[] = [];
  const bodies: string[][] = sections.map(() => []);
  let index = -1;
  for (const p of paragraphs(root)) {
    // Which section are we in: the last heading at or before this paragraph.
    while (index + 1 < headings.length && isAtOrBefore(headings[index + 1]!.el, p.el)) index++;
    if (index >= 0 && headings[index]!.el.contains(p.el)) continue; // the heading itself
    if (index >= 0 && p.el.contains(headings[index]!.el)) continue;
    (index < 0 ? preamble : bodies[index]!).push(p.text);
  }
  sections.forEach((s, i) => {
    s.body = bodies[i]!.join('\n');
    s.subparts = parseSubparts(s.body);
  });
  return { preamble: preamble.join('\n'), sections };
}

function isAtOrBefore(a: Element, b: Element): boolean {
  if (a === b || a.contains(b)) return true;
  // DOCUMENT_POSITION_FOLLOWING (4): b follows a.
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

export function missingSections(found: { number: number }[]): number[] {
  const have = new Set(found.map((s) => s.number));
  return SECTIONS.map((s) => s.number).filter((n) => !have.has(n));
}
