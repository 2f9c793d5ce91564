// The export buttons for the popup and the findings panel. Pure: the adapter passes how to copy,
// how to download and how to get an XLSX (popup: xlsx-loader; panel: the background relay).
import { useState } from 'preact/hooks';
import type { TableId } from '../model/keys';
import type { AuditResult } from '../model/schema';
import { translate, type Lang } from '../i18n/translate';
import { textExport, type ExportFile, type TextExport } from './actions';
import { tableSheets } from './table-sheets';
import { CopyRefused } from './deliver';

export interface ExportMenuProps {
  lang: Lang;
  /** An audit result that holds a report; the menu renders nothing otherwise. */
  result: AuditResult;
  /** Only this table (a menu beside one table); else a choice of each table or all of them. */
  table?: TableId;
  /** The CSV BOM setting (default on). */
  bom?: boolean;
  copy: (text: string) => Promise<void>;
  download: (file: ExportFile) => Promise<void> | void;
  xlsx: (result: AuditResult, lang: Lang) => Promise<ExportFile>;
}

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'done' | 'error'; text: string };

export function ExportMenu({ lang, result, table, bom = true, copy, download, xlsx }: ExportMenuProps) {
  const [chosen, setChosen] = useState<TableId | 'all'>('all');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  if (!result.report) return null;
  const tables = tableSheets(result.report).map((s) => s.table);
  const scope = table ?? (chosen !== 'all' && tables.includes(chosen) ? chosen : undefined);
  const scopeName = scope ? `@export.sheet.${scope}` : '@export.scope.allTables';
  const busy = status.kind === 'working';

  async function act(run: () => Promise<string>) {
    setStatus({ kind: 'working' });
    try {
      setStatus({ kind: 'done', text: await run() });
    } catch (e) {
      const error = e instanceof CopyRefused ? t('export.copyRefused') : e instanceof Error ? e.message : String(e);
      setStatus({ kind: 'error', text: t('export.failed', { error }) });
    }
  }
  const deliver = (make: () => ExportFile | Promise<ExportFile>) => act(async () => {
    const file = await make();
    await download(file);
    return t('export.downloaded', { filename: file.filename });
  });
  const saveText = (request: TextExport) => deliver(() => textExport(result, request, { lang, bom }));
  const copyTables = () => act(async () => {
    const file = textExport(result, { kind: 'tables', format: 'tsv', table: scope }, { lang });
    await copy(file.content as string);
    return t('export.copied', { scope: scopeName });
  });

  const button = (action: string, label: string, aria: string, onClick: () => void) => (
    <button type="button" data-action={action} aria-label={aria} title={aria} disabled={busy} onClick={onClick}>
      {label}
    </button>
  );

  return (
    <section class="export-menu" aria-label={t('export.title')}>
      <div role="group" aria-label={t('export.group.tables')}>
        {!table && tables.length > 1 && (
          <label>
            {t('export.scope')}{' '}
            <select value={chosen} disabled={busy} onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value as TableId | 'all')}>
              <option value="all">{t('export.scope.all')}</option>
              {tables.map((id) => <option value={id}>{t(`export.sheet.${id}`)}</option>)}
            </select>
          </label>
        )}
        {button('copy-tsv', t('export.copy'), t('export.copy.aria', { scope: scopeName }), copyTables)}
        {button('tables-csv', t('export.csv'), t('export.csv.aria', { scope: scopeName }), () => saveText({ kind: 'tables', format: 'csv', table: scope }))}
        {button('tables-md', t('export.md'), t('export.md.aria', { scope: scopeName }), () => saveText({ kind: 'tables', format: 'md', table: scope }))}
      </div>
      {!table && (
        <div role="group" aria-label={t('export.group.report')}>
          {button('xlsx', t('export.xlsx'), t('export.xlsx.aria'), () => deliver(() => xlsx(result, lang)))}
          {button('json', t('export.json'), t('export.json.aria'), () => saveText({ kind: 'json' }))}
        </div>
      )}
      {!table && (
        <div role="group" aria-label={t('export.group.findings')}>
          {button('findings-csv', t('export.csv'), t('export.findingsCsv.aria'), () => saveText({ kind: 'findings', format: 'csv' }))}
          {button('findings-md', t('export.md'), t('export.findingsMd.aria'), () => saveText({ kind: 'findings', format: 'md' }))}
        </div>
      )}
      <p class="export-status" role="status" aria-live="polite" data-status={status.kind}>
        {status.kind === 'working' ? t('export.working') : status.kind === 'idle' ? '' : status.text}
      </p>
    </section>
  );
}
