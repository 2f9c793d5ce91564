import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { exampleReportHtml, EXAMPLE_PATH } from '../fixtures/example';

describe('the bundled example page', () => {
  it('is what the builder makes now (regenerate with `npm run example`)', () => {
    const onDisk = readFileSync(path.resolve(import.meta.dirname, '../..', EXAMPLE_PATH), 'utf8');
    expect(onDisk).toBe(exampleReportHtml());
  });
});
