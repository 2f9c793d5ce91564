// Messages between the extension's contexts; every receiver validates with these schemas.
import * as z from 'zod/mini';
import { AuditResultSchema, DetectionKind } from './model/schema';

export const CountsSchema = z.object({
  errors: z.int(),
  warnings: z.int(),
  infos: z.int(),
  reviews: z.int(),
});

/** Popup or background to the content script. */
export const ContentRequestSchema = z.discriminatedUnion('type', [
  /** Audit the page now and mark it; `show` opens the findings panel. */
  z.object({ type: z.literal('audit'), show: z.optional(z.boolean()) }),
  /** The last audit's result, if the page has been audited (no new audit). */
  z.object({ type: z.literal('state') }),
  /** Open the findings panel (after an audit). */
  z.object({ type: z.literal('show') }),
  z.object({ type: z.literal('clear') }),
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

/** The content script's reply to `audit`. */
export const AuditReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), result: AuditResultSchema }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type AuditReply = z.infer<typeof AuditReplySchema>;

/** The content script's reply to `state`, `show` and `clear`: its current result, if any. */
export const StateReplySchema = z.object({ result: z.nullable(AuditResultSchema) });
export type StateReply = z.infer<typeof StateReplySchema>;

/** Content script to background: what to show on the toolbar badge for this tab. */
export const BackgroundMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('audited'), kind: DetectionKind, counts: CountsSchema }),
  z.object({ type: z.literal('cleared') }),
]);
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;
