// The audit of a page as a person sees it: the page itself, or else the report in one of its
// same-origin frames. The rules are run by the caller's `rules` (the content script's run in the
// background), so this module, and the content script, carry none.
import { auditResult, extractForAudit, type Audit } from '../audit-steps';
import { mightBeReport } from '../detect/quick-check';
import type { Finding } from '../model/schema';
import type { RuleInput } from '../rules/types';
import { untimed, type Timer } from '../perf/phases';
import { sameOriginFrameDocs } from './frames';

export interface PageAudit extends Audit {
  /** The document the report was read from (the page's, or a frame's). */
  doc: Document;
}

/**
 * Runs the rules over the report read from `doc`, in the runner's language; null calls the audit
 * off (the automatic run, turned off while the page was read).
 */
export type RuleRunner = (input: RuleInput, doc: Document) => Promise<Finding[] | null>;

/** The audit of the page, or of the first of its same-origin frames that holds a report; null when the rules called it off. */
export async function auditPage(doc: Document, rules: RuleRunner, time: Timer = untimed): Promise<PageAudit | null> {
  const audit = async (d: Document): Promise<PageAudit | null> => {
    const extraction = extractForAudit(d, time);
    let findings: Finding[] = [];
    if (extraction.input) {
      const done = time.begin('rules');
      const found = await rules(extraction.input, d);
      done();
      if (!found) return null;
      findings = found;
    }
    return { ...auditResult(d.location?.href ?? '', extraction, findings), doc: d };
  };
  const top = await audit(doc);
  if (!top || top.extracted) return top;
  for (const inner of sameOriginFrameDocs(doc)) {
    if (!mightBeReport(inner)) continue;
    const found = await audit(inner);
    if (!found || found.extracted) return found;
  }
  return top;
}
