// What the badge, the popup and the panel say about a result: counts, messages, what was checked.
import type { AuditResult, Finding } from './model/schema';
import { translate, type Lang, type Params } from './i18n/translate';

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
  reviews: number;
}

/** `review` findings are counted apart: they are not confident problems (FORMAT.md §4 conventions). */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  const c: FindingCounts = { errors: 0, warnings: 0, infos: 0, reviews: 0 };
  for (const f of findings) {
    if (f.status === 'review') c.reviews++;
    else if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else c.infos++;
  }
  return c;
}

/** A finding's message in the language shown now (it was rendered in the audit's language). */
export function findingMessage(f: Finding, lang: Lang): string {
  return f.messageKey ? translate(lang, f.messageKey, f.params) : f.message;
}

const TABLES = ['t2', 't3', 't4'] as const;

/** What a clean report was checked for, as parameters of `checked.summary`. */
export function checkedParams(result: AuditResult): Params {
  const report = result.report;
  const read = TABLES.filter((t) => report?.tables[t]);
  let cells = 0;
  for (const t of read) {
    for (const row of Object.values(report!.tables[t] as Record<string, unknown>)) {
      if (row && typeof row === 'object') cells += Object.keys(row).length;
    }
  }
  return {
    tables: read.length ? read.map((t) => `@table.${t}`).join(',') : '@checked.noTables',
    cells,
    sections: report?.sections.length ?? 0,
  };
}
