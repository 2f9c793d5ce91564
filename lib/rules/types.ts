// A rule is metadata plus a pure check over the report (the axe-core shape, STYLE.md).
import type { CellAddr, Report, Severity, Status } from '../model/schema';
import type { ReportText } from '../extract/types';
import type { Params } from '../i18n/translate';

export interface RuleMeta {
  /** Stable id, also the file name. */
  id: string;
  severity: Severity;
  tags: readonly string[];
  /** The FORMAT.md section and rule it implements, e.g. "§4.1 T3-A". */
  spec: string;
  /** Catalogue keys the rule renders; `${id}.title` names the rule. */
  messages: readonly string[];
}

export interface RuleInput {
  report: Report;
  text: ReportText;
}

/** What a check returns; the engine adds the rule id and renders the message. */
export interface RuleFinding {
  status: Status;
  messageKey: string;
  params?: Params;
  cells: CellAddr[];
  text?: string;
  section?: number;
  /** Overrides the rule's severity for this finding (e.g. a blank total is a warning). */
  severity?: Severity;
}

export interface Rule {
  meta: RuleMeta;
  check(input: RuleInput): RuleFinding[];
}
