// The message catalogue: every user-visible string, zh_CN by default, en beside it.
// One file per area (common labels, rules, UI, export), so each part of the code owns its strings;
// lib/i18n/catalogues.ts bundles them (in the content script they come from the background instead).
import { CATALOGUES } from './catalogues';

export type Lang = 'zh_CN' | 'en';
export const DEFAULT_LANG: Lang = 'zh_CN';
export type Params = Record<string, string | number>;
export type Catalogue = Record<string, string>;

export { CATALOGUES };

/** Whether strings of `lang` are at hand (always, except in the content script before the background sent them). */
export function hasCatalogue(lang: Lang): boolean {
  for (const _ in CATALOGUES[lang]) return true;
  return false;
}

/** Fill a catalogue the bundle does not carry (the content script's: lib/i18n/catalogues-deferred.ts). */
export function installCatalogue(lang: Lang, entries: Catalogue): void {
  Object.assign(CATALOGUES[lang], entries);
}

/**
 * A parameter written "@key" is itself a catalogue key (a column or row name), and "@a,@b" is a
 * list of them: so a finding's params stay language-neutral and render in either language.
 */
function renderParam(lang: Lang, value: string | number): string {
  if (typeof value === 'number') return formatNumber(value);
  if (!value.startsWith('@')) return value;
  return value
    .split(',')
    .map((k) => translate(lang, k.slice(1)))
    .join(translate(lang, 'list.sep'));
}

export function formatNumber(n: number): string {
  // Exact: no rounding, no thousands separators (they confuse people copying into Excel).
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

export function translate(lang: Lang, key: string, params?: Params): string {
  const template = CATALOGUES[lang][key] ?? CATALOGUES[DEFAULT_LANG][key] ?? key;
  if (!params) return template;
  // {name} is the parameter; {name:one|many} picks the word for its number ("1 cell", "3 cells").
  return template.replace(/\{(\w+)(?::([^|{}]*)\|([^{}]*))?\}/g, (whole, name: string, one?: string, many?: string) => {
    if (!(name in params)) return whole;
    if (one === undefined) return renderParam(lang, params[name]!);
    return Number(params[name]) === 1 ? one : many!;
  });
}

export function isLang(x: unknown): x is Lang {
  return x === 'zh_CN' || x === 'en';
}

/** Browser UI language ("zh-CN", "en-US") to a catalogue language. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale && !locale.toLowerCase().startsWith('zh') ? 'en' : 'zh_CN';
}
