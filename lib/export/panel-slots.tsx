// The export menus of the findings panel: one for the whole report, and one beside each table's
// heading. Copies and downloads go through helper elements in the panel's own shadow root.
import type { TableId } from '../model/keys';
import type { AuditResult } from '../model/schema';
import type { Lang } from '../i18n/translate';
import type { OverlaySlots } from '../overlay/Panel';
import { ExportMenu, type ExportMenuProps } from './ExportMenu';
import { copyText, downloadFile } from './deliver';

export interface PanelExportOptions {
  /** Read at each drawing of the panel, which redraws when the settings change. */
  lang: () => Lang;
  bom: () => boolean;
  /** The content script cannot build a workbook itself: the background relay does (messages.ts). */
  xlsx: ExportMenuProps['xlsx'];
}

export function panelExportSlots({ lang, bom, xlsx }: PanelExportOptions): OverlaySlots {
  const menu = (result: AuditResult, table?: TableId) => (
    <ExportMenu lang={lang()} result={result} table={table} bom={bom()} copy={copyText} download={downloadFile} xlsx={xlsx} />
  );
  return { reportActions: (result) => menu(result), tableActions: (table, result) => menu(result, table) };
}
