// FORMAT.md §4.7 S-4 (numbering): the numbered sub-parts of each section count 1, 2, 3… in one
// style. Found: a number written twice or skipped ("一是…三是…三是"), a style switch that
// continues the count ("（1）…（二）"), sub-parts numbered "一、" like the section headings, and
// half-width brackets among full-width ones.
import type { SectionText, Subpart, SubpartStyle } from '../extract/types';
import { NATIONAL_FORMATS, type Rule, type RuleFinding } from './types';

const QUOTE_LENGTH = 60;
const quote = (p: Subpart) => {
  const s = `${p.marker}${p.text}`;
  return s.length > QUOTE_LENGTH ? `${s.slice(0, QUOTE_LENGTH)}…` : s;
};
const PAREN: readonly SubpartStyle[] = ['cn-paren', 'arabic-paren'];
/** The marker a number would have in a style: 2 → "二是", "（二）", "2.". */
const CN = '〇一二三四五六七八九十';
function markerFor(style: SubpartStyle, value: number): string {
  const cn = value <= 10 ? CN[value]! : value < 20 ? `十${CN[value - 10]}` : String(value);
  switch (style) {
    case 'cn-shi': return `${cn}是`;
    case 'cn-paren': return `（${cn}）`;
    case 'arabic-paren': return `（${value}）`;
    case 'cn-dun': return `${cn}、`;
    case 'arabic-dot': return `${value}.`;
  }
}

function sectionFindings(section: SectionText): RuleFinding[] {
  const out: RuleFinding[] = [];
  const base = { status: 'fail' as const, cells: [], section: section.number };
  const sectionParam = `@section.${section.number}`;
  const last = new Map<SubpartStyle, number>();
  let lastParen: Subpart | null = null;
  for (const p of section.subparts) {
    const prev = last.get(p.style);
    const v = p.value;
    if (v !== 1 && prev !== undefined && prev !== v - 1) {
      if (prev === v) {
        out.push({ ...base, messageKey: 'subpart-numbering.duplicate', text: quote(p), params: { section: sectionParam, marker: p.marker } });
      } else if (prev < v) {
        const missing = Array.from({ length: v - prev - 1 }, (_, i) => markerFor(p.style, prev + 1 + i)).join('、');
        out.push({ ...base, messageKey: 'subpart-numbering.skipped', text: quote(p), params: { section: sectionParam, marker: p.marker, missing } });
      } else {
        out.push({ ...base, messageKey: 'subpart-numbering.order', text: quote(p), params: { section: sectionParam, marker: p.marker, after: markerFor(p.style, prev) } });
      }
    } else if (v !== 1 && prev === undefined && PAREN.includes(p.style) && lastParen && lastParen.style !== p.style && lastParen.value === v - 1) {
      // "（1）…（二）": the count goes on in another style, so both belong to one list.
      out.push({ ...base, messageKey: 'subpart-numbering.mixed', text: quote(lastParen),
        params: { section: sectionParam, first: lastParen.marker, marker: p.marker } });
    }
    last.set(p.style, v);
    if (PAREN.includes(p.style)) lastParen = p;
  }

  const dun = section.subparts.filter((p) => p.style === 'cn-dun');
  if (dun.length > 0) {
    out.push({ ...base, messageKey: 'subpart-numbering.headingStyle', text: quote(dun[0]!),
      params: { section: sectionParam, markers: dun.map((p) => p.marker).join(' ') } });
  }

  for (const style of PAREN) {
    const marks = section.subparts.filter((p) => p.style === style);
    const half = marks.filter((p) => !p.fullWidth);
    if (half.length > 0 && half.length < marks.length) {
      const odd = half.length <= marks.length / 2 ? half : marks.filter((p) => p.fullWidth);
      out.push({ ...base, severity: 'info', messageKey: 'subpart-numbering.width', text: quote(odd[0]!),
        params: { section: sectionParam, markers: odd.map((p) => p.marker).join(' ') } });
    }
  }
  return out;
}

export const subpartNumbering: Rule = {
  meta: {
    id: 'subpart-numbering',
    severity: 'warning',
    tags: ['structure', 'text', 'numbering'],
    spec: '§4.7 S-4',
    messages: ['subpart-numbering.duplicate', 'subpart-numbering.skipped', 'subpart-numbering.order',
      'subpart-numbering.mixed', 'subpart-numbering.headingStyle', 'subpart-numbering.width'],
    formats: NATIONAL_FORMATS,
  },
  check({ text }) {
    return text.sections.flatMap(sectionFindings);
  },
};
