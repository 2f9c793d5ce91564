// FORMAT.md §4.5 Y-1: one year throughout: the title's, the statistics period's, and the year the
// narrative opens with in 总体情况 and 其他需要报告的事项 ("2023年，…").
import type { SectionText } from '../extract/types';
import { ALL_FORMATS, type Rule, type RuleFinding } from './types';

/**
 * "2023年，…" at the start of a section: the year it reports on. "2019年以来" is a range and
 * "2025年1月，…" a date, not the year reported.
 */
const OPENING_YEAR = /^((?:19|20)\d{2})\s*年度?(?!以来|至今|起|至|到|底|末|\s*\d{1,2}\s*月)/;

function openingYear(section: SectionText | undefined): { year: number; sentence: string } | null {
  const first = section?.body.split('\n').find((p) => p.trim()) ?? '';
  const m = OPENING_YEAR.exec(first.trim());
  return m ? { year: Number(m[1]), sentence: first.trim().split(/[。；;]/)[0]! } : null;
}

export const yearConsistent: Rule = {
  meta: {
    id: 'year-consistent',
    severity: 'error',
    tags: ['year'],
    spec: '§4.5 Y-1',
    messages: ['year-consistent.period', 'year-consistent.narrative'],
    formats: ALL_FORMATS,
  },
  check({ report, text }) {
    const out: RuleFinding[] = [];
    const periodYear = report.period ? Number(report.period.to.slice(0, 4)) : null;
    const year = report.year ?? periodYear;
    if (year === null) return [];
    if (report.year !== null && periodYear !== null && periodYear !== report.year) {
      out.push({ status: 'fail', messageKey: 'year-consistent.period', cells: [], params: { year: report.year, period: periodYear } });
    }
    for (const n of [1, 6]) {
      const opening = openingYear(text.sections.find((s) => s.number === n));
      if (opening && opening.year !== year) {
        out.push({ status: 'fail', messageKey: 'year-consistent.narrative', cells: [], section: n, text: opening.sentence,
          params: { year, found: opening.year, section: `@section.${n}` } });
      }
    }
    return out;
  },
};
