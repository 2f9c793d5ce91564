// The engine's one entry point: a document in, the MODEL.md audit result out (lib/audit-steps.ts
// with the rules run here, as the CLI, the tests and the popup's pages do).
import { auditResult, extractForAudit, type Audit } from './audit-steps';
import { runRules } from './rules/run';
import { DEFAULT_LANG, type Lang } from './i18n/translate';
import { type Timer } from './perf/phases';

export type { Audit };

export interface AuditOptions {
  source: string;
  lang?: Lang;
  /** Times the phases for the benchmark (lib/perf/phases.ts); untimed by default. */
  time?: Timer;
}

export function auditDocument(doc: Document, { source, lang = DEFAULT_LANG, time }: AuditOptions): Audit {
  const extraction = extractForAudit(doc, time);
  const findings = extraction.input ? runRules(extraction.input, lang) : [];
  return auditResult(source, extraction, findings);
}
