// Counts the toolbar badge, the popup and the panel show.
import type { Finding } from './model/schema';

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
  reviews: number;
}

/** `review` findings are counted apart: they are not confident problems (FORMAT.md §4 conventions). */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  const c: FindingCounts = { errors: 0, warnings: 0, infos: 0, reviews: 0 };
  for (const f of findings) {
    if (f.status === 'review') c.reviews++;
    else if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else c.infos++;
  }
  return c;
}
