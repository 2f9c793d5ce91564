// Messages of the XLSX relay. The content script cannot load the XLSX writer (it would bloat every
// page), so the panel asks the background, the background has an offscreen extension page build
// the workbook, and the bytes come back as base64 (messages are JSON). Receivers validate here.
import * as z from 'zod/mini';
import { AuditResultSchema, type AuditResult } from '../model/schema';
import type { Lang } from '../i18n/translate';
import type { ExportFile } from './actions';

const LangSchema = z.enum(['zh_CN', 'en']);

/** Content script (or any extension page) to the background. */
export const XlsxRequestSchema = z.object({ type: z.literal('export-xlsx'), result: AuditResultSchema, lang: LangSchema });
export type XlsxRequest = z.infer<typeof XlsxRequestSchema>;

/** Background to the offscreen page that builds the workbook. */
export const XlsxBuildSchema = z.object({ type: z.literal('build-xlsx'), result: AuditResultSchema, lang: LangSchema });

export const FileReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), filename: z.string(), mime: z.string(), base64: z.string() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type FileReply = z.infer<typeof FileReplySchema>;

const CHUNK = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function fileReply(file: ExportFile): FileReply {
  const bytes = typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content;
  return { ok: true, filename: file.filename, mime: file.mime, base64: toBase64(bytes) };
}

export const errorReply = (e: unknown): FileReply => ({ ok: false, error: e instanceof Error ? e.message : String(e) });

/** The panel's side: `send` is the adapter's runtime.sendMessage. */
export async function requestXlsx(send: (message: XlsxRequest) => Promise<unknown>, result: AuditResult, lang: Lang): Promise<ExportFile> {
  const reply = FileReplySchema.parse(await send({ type: 'export-xlsx', result, lang }));
  if (!reply.ok) throw new Error(reply.error);
  return { filename: reply.filename, mime: reply.mime, content: fromBase64(reply.base64) };
}
