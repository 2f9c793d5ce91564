// Every string the UI shows comes from the catalogue, in both languages: each literal key the
// views and adapters ask for must exist (a missing key would show the key itself).
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { CATALOGUES } from '../../lib/i18n/translate';
import { badgeFor } from '../../lib/badge';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCES = ['lib/overlay', 'lib/popup', 'lib/options', 'entrypoints'];

function files(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

describe('UI strings', () => {
  it('asks only for keys that exist in zh_CN and en', () => {
    const keys = new Set<string>();
    for (const file of SOURCES.flatMap(files)) {
      const src = fs.readFileSync(path.join(ROOT, file), 'utf8');
      for (const m of src.matchAll(/\b(?:t|translate\([^,]+,)\s*\(?\s*'([a-zA-Z][\w.-]*)'/g)) keys.add(m[1]!);
    }
    expect(keys.size).toBeGreaterThan(40);
    const missing = [...keys].filter((k) => !(k in CATALOGUES.zh_CN) || !(k in CATALOGUES.en));
    expect(missing).toEqual([]);
  });

  it('has every key built from a level, kind or format', () => {
    const built = [
      ...['error', 'warning', 'info'].map((s) => `severity.${s}`), 'status.review',
      ...['report', 'listing', 'notice', 'attachment-only', 'image-only', 'other'].map((k) => `popup.kind.${k}`),
      ...['2021', '2019', 'legacy', 'unknown'].map((f) => `format.${f}`),
      ...['zh_CN', 'en', 'browser'].map((l) => `options.lang.${l}`),
      ...['t2', 't3', 't4'].map((t) => `table.${t}`),
    ];
    for (const k of built) expect(CATALOGUES.en[k], k).toBeDefined();
  });

  it('badges: errors in red, warnings or reviews in amber, a tick when clean, nothing off reports', () => {
    const none = { errors: 0, warnings: 0, infos: 0, reviews: 0 };
    expect(badgeFor('report', { ...none, errors: 2, warnings: 1 })).toMatchObject({ text: '2', color: '#c62828' });
    expect(badgeFor('report', { ...none, reviews: 1 })).toMatchObject({ text: '1', color: '#b26a00' });
    expect(badgeFor('report', { ...none, infos: 3 })).toMatchObject({ text: '✓' });
    expect(badgeFor('listing', { ...none, errors: 1 }).text).toBe('');
    for (const b of [badgeFor('report', none), badgeFor('other', none)]) expect(CATALOGUES.zh_CN[b.title]).toBeDefined();
  });
});
