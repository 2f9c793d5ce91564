// The six section headings as written, against the official ones (FORMAT.md §2.2, §4.7 S-1, S-4).
import { distance } from 'fastest-levenshtein';
import { SECTIONS } from '../../model/keys';
import { compactLabel } from '../../text/normalize';

/** Wordings FORMAT.md §2.2 lists as the same section: accepted, logged as a variant. */
const ACCEPTED: Record<number, readonly string[]> = {
  4: ['四、政府信息公开行政复议和行政诉讼情况', '四、因政府信息公开工作被申请行政复议和提起行政诉讼情况'],
  5: ['五、政府信息公开工作存在的主要问题及改进情况'],
};

/** The fixed terms of each heading: a near miss of one is a text error (§4.7 S-4, "行政法复议"). */
const TERMS: Record<number, readonly string[]> = {
  1: ['总体情况'],
  2: ['主动公开', '政府信息'],
  3: ['收到和处理', '政府信息公开申请'],
  4: ['政府信息公开', '行政复议', '行政诉讼'],
  5: ['存在的主要问题', '改进情况'],
  6: ['其他需要报告的事项'],
};

const key = (s: string) => compactLabel(s).replace(/[:：。.]+$/, '');

export type HeadingWording = 'official' | 'accepted' | 'typo' | 'variant';

export interface Typo {
  found: string;
  expected: string;
}

/** A fixed term written with one character added, dropped or changed. */
export function termTypos(text: string, terms: readonly string[]): Typo[] {
  const out: Typo[] = [];
  for (const term of terms) {
    if (text.includes(term)) continue;
    for (let len = term.length - 1; len <= term.length + 1; len++) {
      for (let i = 0; i + len <= text.length; i++) {
        const window = text.slice(i, i + len);
        if (window[0] === term[0] && distance(window, term) === 1) {
          out.push({ found: window, expected: term });
          len = Infinity; // one near miss per term
          break;
        }
      }
    }
  }
  return out;
}

export function headingTypos(number: number, heading: string): Typo[] {
  return termTypos(key(heading), TERMS[number] ?? []);
}

export function headingWording(number: number, heading: string): HeadingWording {
  const official = SECTIONS.find((s) => s.number === number)?.heading ?? '';
  const k = key(heading);
  if (k === key(official)) return 'official';
  if ((ACCEPTED[number] ?? []).some((a) => key(a) === k)) return 'accepted';
  if (headingTypos(number, heading).length > 0) return 'typo';
  return 'variant';
}
