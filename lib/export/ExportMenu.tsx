// The export buttons for the popup and the findings panel. Pure: the adapter passes how to copy,
// how to download and how to get an XLSX (popup: xlsx-loader; panel: the background relay).
// Beside one table it is a compact row (copy, CSV, Markdown); else the whole menu, in three
// labelled groups so that the two "CSV" buttons (tables, findings) are told apart by sight and by ear.
import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import type { TableId } from '../model/keys';
import type { AuditResult } from '../model/schema';
import { translate, type Lang } from '../i18n/translate';
import { textExport, type ExportFile, type TextExport } from './actions';
import { tablesOf } from './table-sheets';
import { CopyRefused, rootOf, type Root } from './deliver';

export interface ExportMenuProps {
  lang: Lang;
  /** An audit result that holds a report; the menu renders nothing otherwise. */
  result: AuditResult;
  /** Only this table (a menu beside one table); else a choice of each table or all of them. */
  table?: TableId;
  /** The CSV BOM setting (default on). */
  bom?: boolean;
  /** `root` is where the menu is drawn, so that a helper element can be added (and removed) there, not in the page. */
  copy: (text: string, root: Root) => Promise<void>;
  download: (file: ExportFile, root: Root) => Promise<void> | void;
  xlsx: (result: AuditResult, lang: Lang) => Promise<ExportFile>;
}

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'done' | 'error'; text: string };

export function ExportMenu({ lang, result, table, bom = true, copy, download, xlsx }: ExportMenuProps) {
  const [chosen, setChosen] = useState<TableId | 'all'>('all');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const self = useRef<Element | null>(null);
  const keep = (el: Element | null) => void (self.current = el);
  const id = useId();
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  if (!result.report) return null;
  const tables = tablesOf(result.report);
  const scope = table ?? (chosen !== 'all' && tables.includes(chosen) ? chosen : undefined);
  const scopeName = scope ? `@export.sheet.${scope}` : '@export.scope.allTables';
  const busy = status.kind === 'working';
  const root = () => (self.current ? rootOf(self.current) : document);

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
    await download(file, root());
    return t('export.downloaded', { filename: file.filename });
  });
  const saveText = (request: TextExport) => deliver(() => textExport(result, request, { lang, bom }));
  const copyTables = () => act(async () => {
    const file = textExport(result, { kind: 'tables', format: 'tsv', table: scope }, { lang });
    await copy(file.content as string, root());
    return t('export.copied', { scope: scopeName });
  });

  // While one export runs the buttons say so and ignore clicks; `disabled` would drop the keyboard focus.
  const button = (action: string, label: string, aria: string, onClick: () => void) => (
    <button type="button" data-action={action} aria-label={aria} title={aria} aria-disabled={busy || undefined} onClick={() => busy || onClick()}>
      {label}
    </button>
  );
  const tableButtons = [
    button('copy-tsv', t('export.copy'), t('export.copy.aria', { scope: scopeName }), copyTables),
    button('tables-csv', t('export.csv'), t('export.csv.aria', { scope: scopeName }), () => saveText({ kind: 'tables', format: 'csv', table: scope })),
    button('tables-md', t('export.md'), t('export.md.aria', { scope: scopeName }), () => saveText({ kind: 'tables', format: 'md', table: scope })),
  ];
  const statusLine = (
    <p class="export-status" role="status" aria-live="polite" data-status={status.kind}>
      {status.kind === 'working' ? t('export.working') : status.kind === 'idle' ? '' : status.text}
    </p>
  );

  if (table) {
    return (
      <div ref={keep} class="export-menu compact" role="group" aria-label={t('export.title.table', { table: `@export.sheet.${table}` })}>
        {tableButtons}
        {statusLine}
      </div>
    );
  }
  const row = (key: string, lead: ComponentChildren, buttons: ComponentChildren) => (
    <div class="export-row" role="group" aria-labelledby={`${id}-${key}`}>
      {lead}
      <span class="export-buttons">{buttons}</span>
    </div>
  );
  // The first group's name labels the table choice too, when there is one.
  const label = (key: string, forId?: string) =>
    forId ? <label class="export-label" id={`${id}-${key}`} for={forId}>{t(`export.group.${key}`)}</label>
      : <span class="export-label" id={`${id}-${key}`}>{t(`export.group.${key}`)}</span>;

  return (
    <section ref={keep} class="export-menu" aria-labelledby={`${id}-title`}>
      <h3 class="export-title" id={`${id}-title`}>{t('export.title')}</h3>
      {row('tables', <>
        {label('tables', tables.length > 0 ? `${id}-scope` : undefined)}
        {tables.length > 0 && (
          <select id={`${id}-scope`} value={chosen} title={t('export.scope')}
            onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value as TableId | 'all')}>
            <option value="all">{t('export.scope.all')}</option>
            {tables.map((tid) => <option value={tid}>{t(`export.sheet.${tid}`)}</option>)}
          </select>
        )}
      </>, tables.length > 0 ? tableButtons : <span class="export-none">{t('export.noTables')}</span>)}
      {row('report', label('report'), [
        button('xlsx', t('export.xlsx'), t('export.xlsx.aria'), () => deliver(() => xlsx(result, lang))),
        button('json', t('export.json'), t('export.json.aria'), () => saveText({ kind: 'json' })),
      ])}
      {row('findings', label('findings'), [
        button('findings-csv', t('export.csv'), t('export.findingsCsv.aria'), () => saveText({ kind: 'findings', format: 'csv' })),
        button('findings-md', t('export.md'), t('export.findingsMd.aria'), () => saveText({ kind: 'findings', format: 'md' })),
      ])}
      {statusLine}
    </section>
  );
}
