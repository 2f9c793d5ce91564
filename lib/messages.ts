// Messages between the extension's contexts; every receiver validates with these schemas.
import * as z from 'zod/mini';
import { AuditResultSchema, DetectionKind, FindingSchema, ReportSchema } from './model/schema';
import type { Lang } from './i18n/translate';
import type { ReportText } from './extract/types';
import { parseSubparts } from './extract/subparts';
import type { RuleInput } from './rules/types';

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

/**
 * The per-page content script to background, once a page passed the cheap test: inject the
 * engine (entrypoints/engine/) into the frame that asks. Built as a literal there, so the
 * per-page script carries no zod.
 */
export const EngineRequestSchema = z.object({ type: z.literal('load-engine') });

/** Content script to background: the message catalogue of one language (lib/i18n/catalogues-deferred.ts). */
export const CatalogueRequestSchema = z.object({ type: z.literal('catalogue'), lang: z.enum(['zh_CN', 'en']) });
export type CatalogueRequest = z.infer<typeof CatalogueRequestSchema>;
export const CatalogueReplySchema = z.record(z.string(), z.string());

/**
 * The background's reply to `load-engine` when it injected the engine, handed by the per-page
 * script to the engine's automatic run: the settings it injected under (parsed again by
 * parseSettings) and the strings of their language, so the run reads neither again.
 */
export const EngineStartSchema = z.object({
  settings: z.unknown(),
  catalogue: z.object({ lang: z.enum(['zh_CN', 'en']), strings: CatalogueReplySchema }),
});
export type EngineStart = z.infer<typeof EngineStartSchema>;

/**
 * The narrative as the rules read it (lib/extract/types.ts ReportText) without page elements and
 * without the sub-parts, which the background parses again from each body (parseSubparts).
 */
const ReportTextSchema = z.object({
  preamble: z.string(),
  sections: z.array(z.object({ number: z.int(), heading: z.string(), body: z.string() })),
});

/** The name of the port (runtime.connect) the content script sends its rules requests on (lib/rules-channel/content.ts). */
export const RULES_PORT = 'nianbao:rules';

/** Content script to background: run the rules over this report (the content script carries none). */
export const RulesRequestSchema = z.object({
  type: z.literal('run-rules'),
  lang: z.enum(['zh_CN', 'en']),
  input: z.object({ report: ReportSchema, text: ReportTextSchema, publisher: z.optional(z.nullable(z.string())) }),
});
export type RulesRequest = z.infer<typeof RulesRequestSchema>;
/** The findings, and the ids of every rule that ran (for the panel's "what was checked"). */
export const RulesReplySchema = z.object({ findings: z.array(FindingSchema), rules: z.array(z.string()) });
export type RulesReply = z.infer<typeof RulesReplySchema>;

/** The request for a report: the page elements the narrative keeps, and its sub-parts, are left behind. */
export function rulesRequest(input: RuleInput, lang: Lang): RulesRequest {
  const { report, text, publisher } = input;
  const sections = text.sections.map(({ number, heading, body }) => ({ number, heading, body }));
  return { type: 'run-rules', lang, input: { report, text: { preamble: text.preamble, sections }, publisher } };
}

/** A validated request as the rules' input (no elements: the rules never read them). */
export function ruleInputOf(req: RulesRequest): RuleInput {
  const sections = req.input.text.sections.map((s) => ({ ...s, el: null, subparts: parseSubparts(s.body) }));
  const text: ReportText = { preamble: req.input.text.preamble, sections };
  return { report: req.input.report, text, publisher: req.input.publisher ?? null };
}
