// Numbered sub-parts inside a section's text: （一）…, （1）…, 一、…, 1.…, 一是… (FORMAT.md §4.7 S-4).
import type { Subpart, SubpartStyle } from './types';

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 一 … 九十九 as a number; null for anything else. */
export function chineseNumber(s: string): number | null {
  if (s.length === 0 || s.length > 3) return null;
  if (s.length === 1) return CN_DIGITS[s] ?? null;
  const m = /^([二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(s);
  if (!m) return null;
  return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[2] ? CN_DIGITS[m[2]]! : 0);
}

const CN = '[一二三四五六七八九十]{1,3}';
// Paragraph-initial markers. Order matters: bracketed first.
const LEADING: { style: SubpartStyle; re: RegExp }[] = [
  { style: 'cn-paren', re: new RegExp(`^([（(])\\s*(${CN})\\s*([）)])`) },
  { style: 'arabic-paren', re: /^([（(])\s*(\d{1,2})\s*([）)])/ },
  { style: 'cn-dun', re: new RegExp(`^()(${CN})(、)`) },
  { style: 'arabic-dot', re: /^()(\d{1,2})([.、．](?!\d))/ },
];
// 一是 … anywhere in a paragraph, at its start or after sentence punctuation.
const SHI = new RegExp(`(^|[。；;：:！!？?\\s])(${CN})是`, 'g');

export function parseSubparts(body: string): Subpart[] {
  const out: Subpart[] = [];
  body.split('\n').forEach((raw, paragraph) => {
    const line = raw.trim();
    for (const { style, re } of LEADING) {
      const m = re.exec(line);
      if (!m) continue;
      const value = style.startsWith('cn') ? chineseNumber(m[2]!) : Number(m[2]);
      if (value === null) continue;
      out.push({
        marker: m[0],
        style,
        value,
        fullWidth: m[1] !== '(',
        text: line.slice(m[0].length).trim(),
        paragraph,
      });
      break;
    }
    for (const m of line.matchAll(SHI)) {
      const value = chineseNumber(m[2]!);
      if (value === null) continue;
      const start = m.index! + m[1]!.length;
      const rest = line.slice(start + m[2]!.length + 1);
      const end = rest.search(/[。；;！!？?]/);
      out.push({
        marker: `${m[2]}是`,
        style: 'cn-shi',
        value,
        fullWidth: true,
        text: (end === -1 ? rest : rest.slice(0, end)).trim(),
        paragraph,
      });
    }
  });
  return out;
}
