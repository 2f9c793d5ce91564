import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS, changedSettings, isAutoHost, loadSettings, parseSettings, parseSite, resolveLang, saveSettings, sitePatterns,
  type SettingsStorage,
} from '../../lib/settings/settings';

function memoryStorage(initial: Record<string, unknown> = {}): SettingsStorage & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
}

describe('settings in storage', () => {
  it('defaults to automatic runs, no extra sites, Chinese, and CSV with a BOM', async () => {
    expect(await loadSettings(memoryStorage())).toEqual({ autoRun: true, extraSites: [], lang: 'zh_CN', csvBom: true });
    expect(DEFAULT_SETTINGS.lang).toBe('zh_CN');
  });

  it('keeps each valid field of a damaged value and defaults the rest', () => {
    expect(parseSettings({ autoRun: false, lang: 'fr', extraSites: ['ok.example.org', 'javascript:alert(1)', 42], csvBom: 'no' })).toEqual({
      autoRun: false,
      extraSites: ['ok.example.org'],
      lang: 'zh_CN',
      csvBom: true,
    });
    // Settings stored before the BOM choice existed keep everything else.
    expect(parseSettings({ autoRun: false, extraSites: [], lang: 'en' })).toEqual({ autoRun: false, extraSites: [], lang: 'en', csvBom: true });
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a change merged into what is stored, and refuses an invalid one', async () => {
    const storage = memoryStorage({ settings: { autoRun: true, extraSites: ['a.example.org'], lang: 'en' } });
    const saved = { autoRun: false, extraSites: ['a.example.org'], lang: 'en', csvBom: true };
    expect(await saveSettings(storage, { autoRun: false })).toEqual(saved);
    expect(storage.data.settings).toEqual(saved);
    await expect(saveSettings(storage, { extraSites: ['not a host'] })).rejects.toThrow();
    expect(storage.data.settings).toEqual(saved);
    expect(await saveSettings(storage, { csvBom: false })).toEqual({ ...saved, csvBom: false });
    expect((await loadSettings(storage)).csvBom).toBe(false);
  });

  it('reads storage.onChanged for the settings key only', () => {
    expect(changedSettings({ other: { newValue: 1 } })).toBeUndefined();
    expect(changedSettings({ settings: { newValue: { autoRun: false, extraSites: [], lang: 'en' } } })?.lang).toBe('en');
  });

  it('follows the browser only when asked, Chinese for any Chinese locale', () => {
    expect(resolveLang('zh_CN', 'en-US')).toBe('zh_CN');
    expect(resolveLang('en', 'zh-CN')).toBe('en');
    expect(resolveLang('browser', 'en-US')).toBe('en');
    expect(resolveLang('browser', 'zh-TW')).toBe('zh_CN');
  });
});

describe('sites a person adds', () => {
  it('reads host names out of what is typed', () => {
    expect(parseSite('www.example.org')).toBe('www.example.org');
    expect(parseSite('  HTTPS://Mirror.Example.org/nb/2024.html ')).toBe('mirror.example.org');
    expect(parseSite('*.example.org')).toBe('*.example.org');
    expect(parseSite('example.org:8080')).toBe('example.org');
    for (const bad of ['', 'not a host', 'localhost', 'javascript:alert(1)', 'http://']) expect(parseSite(bad), bad).toBeNull();
  });

  it('gives match patterns for permissions and scripts', () => {
    expect(sitePatterns('www.example.org')).toEqual(['*://www.example.org/*']);
    expect(sitePatterns('*.example.org')).toEqual(['*://*.example.org/*']);
  });

  it('runs by itself on *.gov.cn and on the sites added, nowhere else', () => {
    expect(isAutoHost('www.pingtan.gov.cn', [])).toBe(true);
    expect(isAutoHost('gov.cn', [])).toBe(true);
    expect(isAutoHost('gov.cn.example.org', [])).toBe(false);
    expect(isAutoHost('mirror.example.org', ['mirror.example.org'])).toBe(true);
    expect(isAutoHost('a.mirror.example.org', ['mirror.example.org'])).toBe(false);
    expect(isAutoHost('a.example.org', ['*.example.org'])).toBe(true);
    expect(isAutoHost('example.org', ['*.example.org'])).toBe(true);
    expect(isAutoHost('badexample.org', ['*.example.org'])).toBe(false);
  });
});
