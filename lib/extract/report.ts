// Page in, ExtractedReport out: the model of MODEL.md plus the elements behind its values.
import type { Report } from '../model/schema';
import { extractT3 } from './t3';
import { pageTitle, publishedDate, titleAgency, titleYear } from './metadata';
import { missingSections, readSections } from './sections';
import type { ExtractedReport } from './types';

export function extractReport(doc: Document): ExtractedReport {
  const title = pageTitle(doc);
  const root = doc.body ?? doc.documentElement;
  const t3 = extractT3(Array.from(root.getElementsByTagName('table')));
  const text = readSections(root);
  const sections = text.sections;
  const year = titleYear(title);
  const format: Report['format'] =
    t3?.format ?? (year !== null && year <= 2018 ? 'legacy' : 'unknown');
  const report: Report = {
    title,
    agency: titleAgency(title),
    year,
    published: publishedDate(doc),
    format,
    sections: sections.map(({ number, heading }) => ({ number, heading })),
    missing: missingSections(sections),
    tables: { t2: null, t3: t3?.info.readable ? t3.table : null, t4: null },
    tableInfo: t3 ? { t3: t3.info } : {},
  };
  if (t3 && Object.keys(t3.raw).length > 0) report.raw = t3.raw;
  return {
    report,
    cells: t3?.cells ?? new Map(),
    tableEls: t3 ? { t3: t3.tableEls } : {},
    text,
  };
}
