// The findings as a report a person can file or sort: rule, severity, status, message and the
// cells it names, by their labels. The message is re-rendered in the export's language when the
// finding carries its catalogue key.
import type { AuditResult, Finding, Format } from '../model/schema';
import { translate, type Lang } from '../i18n/translate';
import { cellLabel } from './labels';
import type { Grid } from './text-grid';

const COLUMNS = ['rule', 'title', 'severity', 'status', 'message', 'cells', 'text'] as const;

export function findingMessage(f: Finding, lang: Lang): string {
  return f.messageKey ? translate(lang, f.messageKey, f.params) : f.message;
}

function findingRow(f: Finding, format: Format, lang: Lang): string[] {
  return [
    f.rule,
    translate(lang, `${f.rule}.title`),
    translate(lang, `severity.${f.severity}`),
    translate(lang, `export.status.${f.status}`),
    findingMessage(f, lang),
    f.cells.map((c) => cellLabel(c, format, lang)).join(translate(lang, 'export.cells.sep')),
    f.text ?? '',
  ];
}

export function findingsGrid(result: AuditResult, lang: Lang): Grid {
  const format = result.report?.format ?? 'unknown';
  return [COLUMNS.map((c) => translate(lang, `export.findings.${c}`)), ...result.findings.map((f) => findingRow(f, format, lang))];
}
