// The outcome groups of table 三 (FORMAT.md §2.4): （一）…（六）, each the sum of its leaf rows.
import type { T3RowKey } from '../../model/keys';

export const OUTCOME_GROUPS = ['granted', 'partlyGranted', 'withheld', 'unavailable', 'notProcessed', 'otherHandling'] as const;
export type OutcomeGroup = (typeof OUTCOME_GROUPS)[number];

/** The group a leaf row belongs to: its key up to the dot ("withheld.stateSecret" → "withheld"). */
export const groupOf = (row: T3RowKey): OutcomeGroup => row.split('.')[0] as OutcomeGroup;

export function rowsOfGroup(rows: readonly T3RowKey[], group: OutcomeGroup): T3RowKey[] {
  return rows.filter((r) => groupOf(r) === group);
}
