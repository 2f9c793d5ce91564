// The catalogue of rules as a whole: one file per rule named by its id, each with its test, its
// words in both languages and its FORMAT.md rule; every within-report rule of FORMAT.md covered;
// docs/rules.md generated from exactly this.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CATALOGUES } from '../../../lib/i18n/translate';
import { RULES } from '../../../lib/rules/registry';
import { rulesReference } from '../../../lib/rules/reference';
import { runRules } from '../../../lib/rules/run';
import type { Rule } from '../../../lib/rules/types';
import { ruleInput } from '../../fixtures/rule-input';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const ENGINE_FILES = new Set(['types.ts', 'run.ts', 'registry.ts', 'reference.ts']);

describe('the rule registry', () => {
  it('lists every rule file once, each named by its id, with its own test file', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    const files = readdirSync(path.join(ROOT, 'lib/rules')).filter((f) => f.endsWith('.ts') && !ENGINE_FILES.has(f));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(existsSync(path.join(ROOT, `tests/unit/rules/${id}.test.ts`)), `tests/unit/rules/${id}.test.ts`).toBe(true);
    }
  });

  it('gives each rule a FORMAT.md rule, formats, and a title and description in both languages', () => {
    for (const { meta } of RULES) {
      expect(meta.spec, meta.id).toMatch(/^§4\.[1-7] [A-Z0-9]+-[A-Z0-9]+$/);
      expect(meta.formats.length, meta.id).toBeGreaterThan(0);
      for (const lang of ['zh_CN', 'en'] as const) {
        for (const key of [`${meta.id}.title`, `${meta.id}.about`]) expect(CATALOGUES[lang][key], `${lang} ${key}`).toBeTruthy();
      }
    }
  });

  it('covers every within-report rule of FORMAT.md §4.1–4.5 and §4.7 but S-5 (it needs an earlier copy) and T2-F (parsing)', () => {
    const expected = [
      ...['A', 'B', 'C', 'D', 'E', 'F'].map((x) => `T3-${x}`), ...['A', 'B', 'C'].map((x) => `T4-${x}`),
      ...['A', 'B', 'C', 'D', 'E'].map((x) => `T2-${x}`), ...Array.from({ length: 13 }, (_, i) => `N-${i + 1}`),
      ...Array.from({ length: 5 }, (_, i) => `Y-${i + 1}`), ...Array.from({ length: 4 }, (_, i) => `S-${i + 1}`),
    ];
    const covered = new Set(RULES.map((r) => r.meta.spec.split(' ')[1]));
    expect(expected.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('is described by docs/rules.md as generated (npm run docs:rules)', () => {
    const onDisk = readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');
    expect(onDisk, 'docs/rules.md is out of date: run npm run docs:rules').toBe(rulesReference());
  });
});

describe('the engine (lib/rules/run.ts)', () => {
  const probe = (over: Partial<Rule['meta']>): Rule => ({
    meta: { id: 'probe', severity: 'info', tags: [], spec: '§4.6 X-1', messages: [], formats: ['2021'], ...over },
    check: () => [{ status: 'fail', messageKey: 'probe', cells: [] }],
  });

  it('runs a rule only on the formats it declares', () => {
    expect(runRules(ruleInput(), 'zh_CN', [probe({})])).toHaveLength(1);
    expect(runRules(ruleInput({ format: '2019' }), 'zh_CN', [probe({})])).toEqual([]);
  });

  it('skips a cross-year rule (§4.6) without the previous year’s report, and runs it with one', () => {
    const crossYear = probe({ needs: ['previous'] });
    const input = ruleInput();
    expect(runRules(input, 'zh_CN', [crossYear])).toEqual([]);
    const { report, text } = ruleInput({ year: 2023 });
    expect(runRules({ ...input, previous: { report, text } }, 'zh_CN', [crossYear])).toHaveLength(1);
  });

  it('turns a rule that throws into one review finding and runs the others', () => {
    const broken: Rule = { ...probe({ id: 'broken' }), check: () => { throw new Error('boom'); } };
    const found = runRules(ruleInput(), 'en', [broken, probe({})]);
    expect(found.map((f) => [f.rule, f.status])).toEqual([['broken', 'review'], ['probe', 'fail']]);
    expect(found[0]!.message).toContain('boom');
  });
});
