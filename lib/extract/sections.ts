// The six statutory section headings (FORMAT.md §2.2) found on the page, in order.
import { SECTIONS } from '../model/keys';
import { elementText } from '../dom/text';
import { compactLabel } from '../text/normalize';
import type { SectionText } from './types';

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

export function findSections(root: Element): SectionText[] {
  const found: SectionText[] = [];
  let next = 1;
  for (const el of Array.from(root.querySelectorAll(HEADING_CANDIDATES))) {
    if (next > 6) break;
    // Headings are short; skip containers whose text is a whole block of the page.
    const text = elementText(el);
    if (text.length === 0 || text.length > 40) continue;
    const label = compactLabel(text);
    for (let n = next; n <= 6; n++) {
      if (label.startsWith(`${NUMERALS[n - 1]}、`) && KEYWORDS[n]!.test(label)) {
        found.push({ number: n, heading: text, el, body: '' });
        next = n + 1;
        break;
      }
    }
  }
  return found;
}

export function missingSections(found: SectionText[]): number[] {
  const have = new Set(found.map((s) => s.number));
  return SECTIONS.map((s) => s.number).filter((n) => !have.has(n));
}
