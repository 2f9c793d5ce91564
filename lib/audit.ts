// The engine's one entry point: a document in, the MODEL.md audit result out.
import { SCHEMA_VERSION, type AuditResult } from './model/schema';
import { extractReport } from './extract/report';
import { classify } from './detect/classify';
import { runRules } from './rules/run';
import type { ExtractedReport } from './extract/types';
import { DEFAULT_LANG, type Lang } from './i18n/translate';
import { untimed, type Timer } from './perf/phases';

export interface AuditOptions {
  source: string;
  lang?: Lang;
  /** Times the phases for the benchmark (lib/perf/phases.ts); untimed by default. */
  time?: Timer;
}

export interface Audit {
  result: AuditResult;
  /** The elements behind the values; null unless the page is a report. */
  extracted: ExtractedReport | null;
}

export function auditDocument(doc: Document, { source, lang = DEFAULT_LANG, time = untimed }: AuditOptions): Audit {
  const { extracted, detection } = time('extract', () => {
    const x = extractReport(doc);
    return { extracted: x, detection: classify(doc, x) };
  });
  if (detection.kind !== 'report') {
    return { result: { schema: SCHEMA_VERSION, source, detection, report: null, findings: [] }, extracted: null };
  }
  const findings = time('rules', () => runRules({ report: extracted.report, text: extracted.text }, lang));
  return { result: { schema: SCHEMA_VERSION, source, detection, report: extracted.report, findings }, extracted };
}
