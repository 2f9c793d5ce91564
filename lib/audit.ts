// The engine's one entry point: a document in, the MODEL.md audit result out.
import { SCHEMA_VERSION, type AuditResult } from './model/schema';
import { extractReport } from './extract/report';
import { classify } from './detect/classify';
import { metaContent } from './extract/metadata';
import { runRules } from './rules/run';
import type { ExtractedReport } from './extract/types';
import { DEFAULT_LANG, type Lang } from './i18n/translate';

export interface AuditOptions {
  source: string;
  lang?: Lang;
}

export interface Audit {
  result: AuditResult;
  /** The elements behind the values; null unless the page is a report. */
  extracted: ExtractedReport | null;
}

export function auditDocument(doc: Document, { source, lang = DEFAULT_LANG }: AuditOptions): Audit {
  const extracted = extractReport(doc);
  const detection = classify(doc, extracted);
  if (detection.kind !== 'report') {
    return { result: { schema: SCHEMA_VERSION, source, detection, report: null, findings: [] }, extracted: null };
  }
  // The publisher the page names (TRS meta ContentSource) for FORMAT.md §4.5 Y-5.
  const findings = runRules({ report: extracted.report, text: extracted.text, publisher: metaContent(doc, 'ContentSource') }, lang);
  return { result: { schema: SCHEMA_VERSION, source, detection, report: extracted.report, findings }, extracted };
}
