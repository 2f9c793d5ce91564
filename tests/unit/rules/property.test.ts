// The property of the audit a user relies on most: on a consistent report, any single number of
// table 三 or 四 changed is caught, at that cell; nothing changed, nothing reported.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runRules } from '../../../lib/rules/run';
import { ruleInput, sampleCells } from '../../fixtures/rule-input';

describe('property: one changed number of table 三 or 四', () => {
  for (const format of ['2021', '2019'] as const) {
    it(`a consistent ${format}-format report has no finding at all`, () => {
      expect(runRules(ruleInput({ format }), 'zh_CN')).toEqual([]);
    });

    it(`any single changed cell of a ${format}-format report gives a failure naming that cell`, () => {
      const cells = sampleCells(format);
      fc.assert(
        fc.property(
          fc.constantFrom(...cells),
          fc.integer({ min: -5, max: 5000 }),
          (cell, value) => {
            fc.pre(value !== cell.value);
            const input = ruleInput({ format, [cell.table]: { [cell.row]: { [cell.col]: value } } });
            const findings = runRules(input, 'zh_CN');
            return findings.some((f) => f.status === 'fail' && f.cells.some((c) => c.table === cell.table && c.row === cell.row && c.col === cell.col));
          },
        ),
        { numRuns: 400 },
      );
    });
  }
});
