// The content script's strings: its build carries no catalogue (lib/i18n/catalogues-deferred.ts,
// swapped in by wxt.config.ts), so it asks the background for its language. Here the swap is made
// with a module mock, and the background is a function returning what it would send.
import { describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../lib/i18n/translate';

vi.mock('../../lib/i18n/catalogues', () => import('../../lib/i18n/catalogues-deferred'));

describe('catalogue delivery to the content script', async () => {
  const { CATALOGUES: bundled } = await vi.importActual<typeof import('../../lib/i18n/catalogues')>('../../lib/i18n/catalogues');
  const { ensureCatalogue } = await import('../../lib/i18n/ensure-catalogue');
  const { translate, hasCatalogue } = await import('../../lib/i18n/translate');

  it('starts with no strings, shows keys rather than failing, and ignores a reply that is not a catalogue', async () => {
    expect(hasCatalogue('zh_CN')).toBe(false);
    expect(translate('zh_CN', 'overlay.title')).toBe('overlay.title');
    expect(await ensureCatalogue('zh_CN', async () => ({ 'overlay.title': 7 }))).toBe(false);
    expect(await ensureCatalogue('zh_CN', async () => { throw new Error('Extension context invalidated.'); })).toBe(false);
  });

  it('asks once per language and then translates in it', async () => {
    const ask = vi.fn(async (req: { lang: Lang }) => bundled[req.lang]);
    expect(await ensureCatalogue('en', ask)).toBe(true);
    expect(await ensureCatalogue('en', ask)).toBe(true);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledWith({ type: 'catalogue', lang: 'en' });
    expect(translate('en', 'overlay.title')).toBe(bundled.en['overlay.title']);
  });

  it('asks once for a language asked for twice before the reply came', async () => {
    let answer: (c: unknown) => void = () => {};
    const ask = vi.fn(() => new Promise<unknown>((resolve) => (answer = resolve)));
    const first = ensureCatalogue('zh_CN', ask);
    const second = ensureCatalogue('zh_CN', ask);
    answer(bundled.zh_CN);
    expect(await Promise.all([first, second])).toEqual([true, true]);
    expect(ask).toHaveBeenCalledTimes(1);
  });
});
