// The audit's two steps, for a caller that runs the rules elsewhere: the content script sends them
// to the background (its build then carries no rule: entrypoints/engine/create-engine.ts). First the
// page's kind and the report model read from the document; then the result from the findings.
// lib/audit.ts runs both with the rules in between.
import { SCHEMA_VERSION, type AuditResult, type Detection, type Finding } from './model/schema';
import { extractReport } from './extract/report';
import { classify } from './detect/classify';
import { metaContent } from './extract/metadata';
import type { ExtractedReport } from './extract/types';
import type { RuleInput } from './rules/types';
import { untimed, type Timer } from './perf/phases';

export interface Audit {
  result: AuditResult;
  /** The elements behind the values; null unless the page is a report. */
  extracted: ExtractedReport | null;
}

export interface Extraction {
  detection: Detection;
  extracted: ExtractedReport;
  /** What the rules read; null unless the page is a report. */
  input: RuleInput | null;
}

export function extractForAudit(doc: Document, time: Timer = untimed): Extraction {
  return time('extract', () => {
    const extracted = extractReport(doc);
    const detection = classify(doc, extracted);
    if (detection.kind !== 'report') return { detection, extracted, input: null };
    // The publisher the page names (TRS meta ContentSource) for FORMAT.md §4.5 Y-5.
    return { detection, extracted, input: { report: extracted.report, text: extracted.text, publisher: metaContent(doc, 'ContentSource') } };
  });
}

export function auditResult(source: string, { detection, extracted, input }: Extraction, findings: Finding[]): Audit {
  if (!input) return { result: { schema: SCHEMA_VERSION, source, detection, report: null, findings: [] }, extracted: null };
  return { result: { schema: SCHEMA_VERSION, source, detection, report: extracted.report, findings }, extracted };
}
