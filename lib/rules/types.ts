// A rule is metadata plus a pure check over the report (the axe-core shape, STYLE.md).
import type { CellAddr, Format, Report, Severity, Status } from '../model/schema';
import type { ReportText } from '../extract/types';
import type { Params } from '../i18n/translate';

/** Formats the table and section rules assume (FORMAT.md §2–3); legacy reports (≤2018) are free-form. */
export const NATIONAL_FORMATS = ['2021', '2019', 'unknown'] as const satisfies readonly Format[];
export const ALL_FORMATS = ['2021', '2019', 'legacy', 'unknown'] as const satisfies readonly Format[];

export interface RuleMeta {
  /** Stable id, also the file name. */
  id: string;
  severity: Severity;
  tags: readonly string[];
  /** The FORMAT.md section and rule it implements, e.g. "§4.1 T3-A". */
  spec: string;
  /**
   * Catalogue keys the rule renders. `${id}.title` names the rule and `${id}.about` says what it
   * checks (both are in the catalogue and in docs/rules.md).
   */
  messages: readonly string[];
  /** The report formats the rule applies to; the engine skips it for the others. */
  formats: readonly Format[];
  /**
   * Inputs beyond the report itself that the rule cannot run without; the engine skips the rule
   * when one is absent. `previous`: the same agency's report for the year before (FORMAT.md §4.6).
   */
  needs?: readonly 'previous'[];
}

/** One report as the rules see it: the MODEL.md report and its narrative. */
export interface ReportInput {
  report: Report;
  text: ReportText;
}

export interface RuleInput extends ReportInput {
  /** The publishing body the page names (meta ContentSource / 发布机构), for §4.5 Y-5. */
  publisher?: string | null;
  /** The same agency's report for year N−1, for the cross-year rules of §4.6. */
  previous?: ReportInput;
}

/** What a check returns; the engine adds the rule id and renders the message. */
export interface RuleFinding {
  status: Status;
  messageKey: string;
  params?: Params;
  cells: CellAddr[];
  text?: string;
  section?: number;
  /** `text` is the section's opening quoted for context (Finding.excerpt). */
  excerpt?: boolean;
  /** Overrides the rule's severity for this finding (e.g. a blank total is a warning). */
  severity?: Severity;
}

export interface Rule {
  meta: RuleMeta;
  check(input: RuleInput): RuleFinding[];
}
