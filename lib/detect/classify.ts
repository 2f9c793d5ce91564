// Which kind of page this is (FORMAT.md §6.5–6.6), with a confidence and the signals used.
import type { Detection } from '../model/schema';
import { isReportTitle, metaContent, TITLE_EXCLUDE } from '../extract/metadata';
import { REPORT_TITLE } from './report-markers';
import type { ExtractedReport } from '../extract/types';
import type { Report } from '../model/schema';
import { attachmentSignals, contentAround, reportLinks } from './page-signals';

const COLUMN = /年报|年度报告/;
/** Report-like titles that are about reports, not reports: the format notice, 编制 notices, 解读. */
const ABOUT_REPORTS = /格式|通知|解读|要点|编制|报送/;

export function classify(doc: Document, x: ExtractedReport): Detection {
  const r = x.report;
  const signals: string[] = [];
  const title = r.title ?? '';
  const articleTitle = metaContent(doc, 'ArticleTitle');
  const titleOk = isReportTitle(title);
  if (titleOk) signals.push(articleTitle ? 'title:meta' : 'title');
  const column = metaContent(doc, 'ColumnName') ?? metaContent(doc, 'ColumnType');
  if (column && COLUMN.test(column)) signals.push('column');
  const sections = r.sections.length;
  if (sections > 0) signals.push(`sections:${sections}`);
  const values = countNumbers(r.tables);
  if (values > 0) signals.push(`values:${values}`);
  // Tables whose labels are on the page as text (not pictures of tables).
  const found = Object.values(r.tableInfo ?? {}).filter((i) => i?.found && i.source).length;
  const labelsOnly = found > 0 && values === 0;
  if (labelsOnly) signals.push('labels-without-numbers');
  if (r.period) signals.push('period');
  if (r.format === 'legacy') signals.push('legacy');

  // §6.5 decoys: a title about reports (格式/通知/解读) is never a report itself.
  if (REPORT_TITLE.test(title) && TITLE_EXCLUDE.test(title) && ABOUT_REPORTS.test(title)) {
    return { kind: 'notice', confidence: values > 0 ? 0.6 : 0.85, signals: [...signals, 'title-about-reports'] };
  }
  if (!titleOk && labelsOnly && values === 0) return { kind: 'notice', confidence: 0.6, signals };

  // §6.6 listing: links to several reports, and no report body of its own.
  const links = reportLinks(doc);
  if (links.count >= 2) signals.push(`report-links:${links.count}`, ...(links.dated ? ['dated'] : []), ...(links.paged ? ['pagination'] : []));
  if (links.count >= 2 && sections < 2 && values === 0 && !(articleTitle && titleOk)) {
    return { kind: 'listing', confidence: Math.min(1, 0.5 + 0.1 * Math.min(links.count, 3) + (links.dated ? 0.1 : 0) + (links.paged ? 0.1 : 0)), signals, reportLinks: links.links };
  }

  const hasBody = sections >= 2 || values > 0;
  if (titleOk && !hasBody) {
    const body = doc.body ?? doc.documentElement;
    const around = x.articleMarkers ? x.article ?? body : contentAround(x.titleEl ?? null, body);
    const att = attachmentSignals(around, title);
    signals.push(...att.signals);
    if (att.attachments > 0) return { kind: 'attachment-only', confidence: 0.8, signals, attachments: att.links };
    if (att.images > 0) return { kind: 'image-only', confidence: 0.7, signals };
  }
  const score = (titleOk ? 2 : 0) + (signals.includes('column') ? 1 : 0) + (sections >= 4 ? 1 : 0) + (values > 0 ? 2 : 0) + (r.period ? 1 : 0);
  const isReport = (titleOk && (signals.includes('column') || hasBody || !!r.period)) || (values > 0 && (sections >= 2 || !!r.period)) || (sections >= 4 && !!r.period);
  if (isReport) return { kind: 'report', confidence: Math.min(1, score / 6), signals };
  return { kind: 'other', confidence: Math.min(0.9, 0.5 + 0.1 * (3 - Math.min(score, 3))), signals };
}

/** How many table values are numbers (a blank template has none). */
export function countNumbers(tables: Report['tables']): number {
  let n = 0;
  const walk = (v: unknown): void => {
    if (typeof v === 'number') n++;
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(tables);
  return n;
}
