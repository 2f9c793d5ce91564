// How a finding looks: its level (a confident error, a warning, a hint, or something a person must
// review), the order of precedence when one cell carries several, and its catalogue label.
import type { Finding } from '../model/schema';

export type Level = 'error' | 'warning' | 'review' | 'info';
export const LEVELS: readonly Level[] = ['error', 'warning', 'review', 'info'];

/** `review` (evidence incomplete) is its own level whatever the rule's severity (FORMAT.md §4). */
export function levelOf(f: Pick<Finding, 'severity' | 'status'>): Level {
  return f.status === 'review' ? 'review' : f.severity;
}

/** Lower is stronger: a cell with an error and a review item shows the error. */
export const RANK: Record<Level, number> = { error: 0, warning: 1, review: 2, info: 3 };

export const levelLabelKey = (l: Level): string => (l === 'review' ? 'status.review' : `severity.${l}`);
