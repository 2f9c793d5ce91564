// Which kind of page this is (FORMAT.md §6.6), from the signals extraction found.
import type { Detection } from '../model/schema';
import { REPORT_TITLE, TITLE_EXCLUDE, metaContent } from '../extract/metadata';
import type { ExtractedReport } from '../extract/types';

export function classify(doc: Document, x: ExtractedReport): Detection {
  const signals: string[] = [];
  const title = x.report.title ?? '';
  const titleMatch = REPORT_TITLE.test(title) && !TITLE_EXCLUDE.test(title);
  if (titleMatch) signals.push('title');
  if (/年报|年度报告/.test(metaContent(doc, 'ColumnName') ?? '')) signals.push('column');
  if (x.report.sections.length >= 4) signals.push(`sections:${x.report.sections.length}`);
  const t3 = x.report.tables.t3;
  const numbers = t3 ? Object.values(t3).flatMap((row) => Object.values(row ?? {})).filter((v) => typeof v === 'number').length : 0;
  if (numbers > 0) signals.push(`t3-cells:${numbers}`);

  if (TITLE_EXCLUDE.test(title) && numbers === 0) return { kind: 'notice', confidence: 0.7, signals: [...signals, 'title-excluded'] };
  const score = (titleMatch ? 1 : 0) + (signals.includes('column') ? 1 : 0) + (x.report.sections.length >= 4 ? 1 : 0) + (numbers > 0 ? 2 : 0);
  if (score >= 2) return { kind: 'report', confidence: Math.min(1, score / 5), signals };
  return { kind: 'other', confidence: 0.5, signals };
}
