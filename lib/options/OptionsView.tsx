// The options page: automatic runs, the extra sites (each asked for at the moment it is added),
// the language, and whether CSV exports start with a BOM. Every change is saved at once and
// applies without reloading anything.
import { useState } from 'preact/hooks';
import { translate } from '../i18n/translate';
import { parseSite, resolveLang, sitePatterns, type LangSetting, type Settings } from '../settings/settings';

export interface OptionsProps {
  initial: Settings;
  /** The browser's UI language, for "follow the browser". */
  uiLanguage: string;
  save: (patch: Partial<Settings>) => Promise<Settings>;
  /** Ask the person for access to these origins (must run inside the click). */
  requestOrigins: (origins: string[]) => Promise<boolean>;
  removeOrigins: (origins: string[]) => Promise<unknown>;
}

const LANGS: readonly LangSetting[] = ['zh_CN', 'en', 'browser'];

export function OptionsView({ initial, uiLanguage, save, requestOrigins, removeOrigins }: OptionsProps) {
  const [settings, setSettings] = useState(initial);
  const [site, setSite] = useState('');
  const [status, setStatus] = useState('');
  const [invalid, setInvalid] = useState(false);
  const lang = resolveLang(settings.lang, uiLanguage);
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);

  const apply = async (patch: Partial<Settings>, done: string, params?: Record<string, string>) => {
    const next = await save(patch);
    setSettings(next);
    setStatus(translate(resolveLang(next.lang, uiLanguage), done, params));
  };

  const add = (e: Event) => {
    e.preventDefault();
    const parsed = parseSite(site);
    setInvalid(!parsed);
    if (!parsed) return setStatus(t('options.sites.invalid', { site }));
    if (settings.extraSites.includes(parsed)) return setStatus(t('options.sites.already', { site: parsed }));
    // The permission prompt must open within the click, before anything else is awaited.
    void requestOrigins(sitePatterns(parsed)).then(async (granted) => {
      if (!granted) return setStatus(t('options.sites.denied', { site: parsed }));
      await apply({ extraSites: [...settings.extraSites, parsed] }, 'options.sites.added', { site: parsed });
      setSite('');
    });
  };
  const remove = async (s: string) => {
    await apply({ extraSites: settings.extraSites.filter((x) => x !== s) }, 'options.sites.removed', { site: s });
    await removeOrigins(sitePatterns(s)).catch(() => {});
  };

  return (
    <main lang={lang === 'zh_CN' ? 'zh-CN' : 'en'}>
      <h1>{t('options.title')}</h1>
      <section>
        <label class="row">
          <input
            type="checkbox"
            id="auto-run"
            checked={settings.autoRun}
            onChange={(e) => void apply({ autoRun: (e.currentTarget as HTMLInputElement).checked }, 'options.saved')}
          />
          <span>{t('options.autoRun')}</span>
        </label>
        <p class="note">{t('options.autoRun.note')}</p>
      </section>
      <section aria-labelledby="sites-title">
        <h2 id="sites-title">{t('options.sites')}</h2>
        <p class="note">{t('options.sites.note')}</p>
        <ul class="sites" data-testid="sites">
          {settings.extraSites.length === 0 && <li class="none">{t('options.sites.empty')}</li>}
          {settings.extraSites.map((s) => (
            <li data-site={s}>
              <code>{s}</code>
              <button type="button" onClick={() => void remove(s)} aria-label={t('options.sites.remove', { site: s })}>{t('options.sites.removeShort')}</button>
            </li>
          ))}
        </ul>
        <form class="row" onSubmit={add}>
          <label for="site">{t('options.sites.label')}</label>
          <input
            id="site"
            type="text"
            value={site}
            placeholder="www.example.org"
            aria-invalid={invalid}
            aria-describedby="status"
            onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" id="add-site">{t('options.sites.add')}</button>
        </form>
      </section>
      <fieldset>
        <legend>{t('options.lang')}</legend>
        {LANGS.map((l) => (
          <label class="row">
            <input type="radio" name="lang" value={l} checked={settings.lang === l} onChange={() => void apply({ lang: l }, 'options.saved')} />
            <span>{t(`options.lang.${l}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('export.options.title')}</legend>
        <label class="row">
          <input
            type="checkbox"
            id="csv-bom"
            checked={settings.csvBom}
            aria-describedby="csv-bom-note"
            onChange={(e) => void apply({ csvBom: (e.currentTarget as HTMLInputElement).checked }, 'options.saved')}
          />
          <span>{t('export.options.bom')}</span>
        </label>
        <p id="csv-bom-note" class="note">{t('export.options.bom.note')}</p>
      </fieldset>
      <p id="status" class="status" role="status" aria-live="polite" data-testid="status">{status}</p>
    </main>
  );
}
