// What the toolbar badge shows for a page (pure, so the background stays a thin adapter).
import type { FindingCounts } from './summary';
import type { DetectionKind } from './model/schema';

export interface Badge {
  text: string;
  color: string;
  /** Catalogue key of the tooltip. */
  title: string;
}

const RED = '#c62828';
const AMBER = '#b26a00';
const GREEN = '#2e7d32';

/** Errors in red; warnings or items to review in amber; a clean report a green tick; else nothing. */
export function badgeFor(kind: DetectionKind, c: FindingCounts): Badge {
  if (kind !== 'report') return { text: '', color: GREEN, title: 'badge.none' };
  if (c.errors > 0) return { text: String(c.errors), color: RED, title: 'badge.errors' };
  const soft = c.warnings + c.reviews;
  if (soft > 0) return { text: String(soft), color: AMBER, title: 'badge.warnings' };
  return { text: '✓', color: GREEN, title: 'badge.clean' };
}
