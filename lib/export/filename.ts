// File names after agency, year and content ("某某区_2024_年报数据.xlsx"), safe on Windows,
// macOS and Linux: page text cannot add a directory, a reserved name or a control character.
import type { Report } from '../model/schema';
import { translate, type Lang } from '../i18n/translate';

const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]+|\s+/g;
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_PART = 80;

export function safeNamePart(text: string): string {
  const s = text.replace(FORBIDDEN, '_').replace(/_+/g, '_').replace(/^[._]+|[._]+$/g, '');
  const cut = Array.from(s).slice(0, MAX_PART).join(''); // by code point: never split a character
  return RESERVED.test(cut) ? `_${cut}` : cut;
}

/**
 * `content` is a catalogue key ("export.file.data") or a table's sheet key. Without an agency
 * the fallback names the file (the CLI passes the input's name), else the catalogue's "年报".
 */
export function exportFileName(report: Report | null, content: string, ext: string, lang: Lang, fallback?: string): string {
  const who = safeNamePart(report?.agency ?? fallback ?? '') || translate(lang, 'export.file.report');
  const parts = [who, report?.year != null ? String(report.year) : '', safeNamePart(translate(lang, content))];
  return `${parts.filter(Boolean).join('_')}.${ext}`;
}
