// FORMAT.md §4.4 N-4: a share quoted after a count ("予以公开42件，占51.85%") is that count over the
// total the paragraph states before it ("办结…81件"), to the text's own rounding (±0.01 points).
import { narrativeFigures, type ReadFigure } from './evidence/narrative';
import { NATIONAL_FORMATS, type Rule, type RuleFinding } from './types';

const SHARE = /^(?:约?占(?:比为?)?|比例为|占比为?)$/;
const BASES = new Set(['received', 'handled', 'closed']);

/** Within 0.01 of the share rounded, or truncated, to the text's decimals. */
function shareAgrees(quoted: number, exact: number, decimals: number): boolean {
  const f = 10 ** decimals;
  return [Math.round(exact * f) / f, Math.trunc(exact * f) / f].some((v) => Math.abs(v - quoted) <= 0.01 + 1e-9);
}

export const narrativePercentages: Rule = {
  meta: {
    id: 'narrative-percentages',
    severity: 'warning',
    tags: ['narrative'],
    spec: '§4.4 N-4',
    messages: ['narrative-percentages.fail'],
    formats: NATIONAL_FORMATS,
  },
  check(input) {
    const out: RuleFinding[] = [];
    let base: ReadFigure | null = null;
    let previous: ReadFigure | null = null;
    for (const f of narrativeFigures(input)) {
      const sameParagraph = (g: ReadFigure | null): g is ReadFigure => !!g && g.section === f.section && g.paragraph === f.paragraph;
      if (!sameParagraph(base)) base = null;
      if (f.topic?.kind === 'percent') {
        const count = previous;
        if (sameParagraph(count) && count.topic?.kind !== 'percent' && count !== base && base && base.value > 0 && SHARE.test(f.local)) {
          const exact = (count.value / base.value) * 100;
          const decimals = (String(f.value).split('.')[1] ?? '').length;
          if (!shareAgrees(f.value, exact, decimals)) {
            out.push({ status: 'fail', messageKey: 'narrative-percentages.fail', cells: [], text: f.sentence, section: f.section,
              params: { share: f.value, count: count.value, base: base.value, exact: Number(exact.toFixed(Math.max(2, decimals))) } });
          }
        }
      } else if (f.topic && BASES.has(f.topic.kind)) {
        base = f;
      }
      previous = f;
    }
    return out;
  },
};
