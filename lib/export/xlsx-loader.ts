// The one way in to the XLSX writer: a dynamic import, so a bundler puts it in its own chunk
// that an extension page (popup, offscreen document) loads only when an XLSX export is asked for.
// The content script must not import this file; it asks the background instead (relay.ts).
import type { AuditResult } from '../model/schema';
import type { Lang } from '../i18n/translate';
import type { ExportFile } from './actions';

export async function buildXlsx(result: AuditResult, lang: Lang, fallbackName?: string): Promise<ExportFile> {
  const { xlsxExport } = await import('./xlsx');
  return xlsxExport(result, lang, fallbackName);
}
