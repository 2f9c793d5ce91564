// Runs the registry over a report and renders each finding's message in the user's language.
import type { Finding } from '../model/schema';
import { translate, type Lang } from '../i18n/translate';
import { RULES } from './registry';
import type { Rule, RuleFinding, RuleInput } from './types';

/** Whether the rule applies to this report: its format, and the inputs it needs. */
export function applies(rule: Rule, input: RuleInput): boolean {
  if (!rule.meta.formats.includes(input.report.format)) return false;
  return (rule.meta.needs ?? []).every((need) => input[need] !== undefined);
}

export function runRules(input: RuleInput, lang: Lang, rules: readonly Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (!applies(rule, input)) continue;
    let results: RuleFinding[];
    try {
      results = rule.check(input);
    } catch (e) {
      // A broken rule must not hide the others' findings; say it could not run.
      results = [{ status: 'review', severity: 'info', messageKey: 'engine.ruleError',
        params: { rule: rule.meta.id, error: String(e) }, cells: [] }];
    }
    for (const f of results) {
      const finding: Finding = {
        rule: rule.meta.id,
        severity: f.severity ?? rule.meta.severity,
        status: f.status,
        message: translate(lang, f.messageKey, f.params),
        cells: f.cells,
        messageKey: f.messageKey,
      };
      if (f.params) finding.params = f.params;
      if (f.text !== undefined) finding.text = f.text;
      if (f.section !== undefined) finding.section = f.section;
      if (f.excerpt) finding.excerpt = true;
      findings.push(finding);
    }
  }
  return findings;
}
