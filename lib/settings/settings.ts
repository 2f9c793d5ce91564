// The user's settings: their shape, defaults, and how a stored value is read (zod at the storage
// boundary). Storage itself is passed in, so this module stays free of extension APIs.
import * as z from 'zod/mini';
import { langFromLocale, type Lang } from '../i18n/translate';

/** "browser" follows the browser's UI language; Chinese is the default (headless Chromium says en-US). */
export const LangSetting = z.enum(['zh_CN', 'en', 'browser']);
export type LangSetting = z.infer<typeof LangSetting>;

/** A site the user added: a host name, possibly with a leading "*." for its subdomains. */
const HOST = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;
export const SiteSchema = z.string().check(z.maxLength(253), z.regex(HOST));

export const SettingsSchema = z.object({
  /** Audit report pages of *.gov.cn (and the extra sites) by itself on load. */
  autoRun: z.boolean(),
  extraSites: z.array(SiteSchema).check(z.maxLength(100)),
  lang: LangSetting,
  /** CSV exports start with a UTF-8 BOM, so that Excel reads the Chinese as UTF-8 (README "Exports"). */
  csvBom: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { autoRun: true, extraSites: [], lang: 'zh_CN', csvBom: true };
export const SETTINGS_KEY = 'settings';

/** Whatever is stored (old versions, hand edits): each valid field is kept, the rest is defaulted. */
export function parseSettings(raw: unknown): Settings {
  const whole = SettingsSchema.safeParse(raw);
  if (whole.success) return whole.data;
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const field = <T>(schema: z.ZodMiniType<T>, value: unknown, fallback: T): T => {
    const r = schema.safeParse(value);
    return r.success ? r.data : fallback;
  };
  const sites = Array.isArray(o.extraSites) ? o.extraSites.filter((s) => SiteSchema.safeParse(s).success) as string[] : [];
  return {
    autoRun: field(z.boolean(), o.autoRun, DEFAULT_SETTINGS.autoRun),
    extraSites: sites.slice(0, 100),
    lang: field(LangSetting, o.lang, DEFAULT_SETTINGS.lang),
    csvBom: field(z.boolean(), o.csvBom, DEFAULT_SETTINGS.csvBom),
  };
}

/** The part of `storage.local` used here (browser.storage.local satisfies it). */
export interface SettingsStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(storage: SettingsStorage): Promise<Settings> {
  return parseSettings((await storage.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function saveSettings(storage: SettingsStorage, patch: Partial<Settings>): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await loadSettings(storage)), ...patch });
  await storage.set({ [SETTINGS_KEY]: next });
  return next;
}

/** storage.onChanged's changes for our key, parsed; undefined when the settings did not change. */
export function changedSettings(changes: Record<string, { newValue?: unknown }>): Settings | undefined {
  return SETTINGS_KEY in changes ? parseSettings(changes[SETTINGS_KEY]!.newValue) : undefined;
}

export function resolveLang(setting: LangSetting, uiLanguage: string | undefined): Lang {
  return setting === 'browser' ? langFromLocale(uiLanguage) : setting;
}

/**
 * What a person types ("www.example.org", "https://example.org/nb/", "*.example.org") as a site
 * entry: a lower-case host name, "*." kept. null when it is not a host name.
 */
export function parseSite(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  const wildcard = s.startsWith('*.');
  if (wildcard) s = s.slice(2);
  try {
    s = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(s) ? s : `http://${s}`).hostname;
  } catch {
    return null;
  }
  const site = (wildcard ? '*.' : '') + s;
  return SiteSchema.safeParse(site).success ? site : null;
}

/** Match patterns of a site entry for permissions and content-script registration. */
export function sitePatterns(site: string): string[] {
  return [`*://${site}/*`];
}

/** Whether a page host is one the extension audits by itself: *.gov.cn or a site the user added. */
export function isAutoHost(host: string, extraSites: readonly string[]): boolean {
  const h = host.toLowerCase();
  const under = (domain: string) => h === domain || h.endsWith(`.${domain}`);
  if (under('gov.cn')) return true;
  return extraSites.some((s) => (s.startsWith('*.') ? under(s.slice(2)) : h === s));
}
