// The pages the bench measures: every HTML page of ../shared/corpus (read at run time, never
// copied) and the large pages of the issue, generated with the builder.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../e2e/browser';
import { buildOtherPageHtml, buildReportHtml } from '../fixtures/report-builder';
import { largeOtherPage, largeReportPage, longTablePage, manyTablesPage, tenReportsPage } from '../fixtures/stress-pages';

export interface BenchPage {
  name: string;
  html: Buffer;
  /** A report the extension marks (the bench waits for the overlay), or a page it leaves alone. */
  report: boolean;
  /** A typical report page: the budgets of a full audit apply to it. */
  typical: boolean;
}

export const CORPUS = path.resolve(ROOT, '../shared/corpus');

export function corpusPages(): BenchPage[] {
  const manifest = path.join(CORPUS, 'MANIFEST.tsv');
  if (!fs.existsSync(manifest)) return [];
  return fs.readFileSync(manifest, 'utf8').trim().split('\n').slice(1)
    .map((line) => line.split('\t'))
    .filter(([file]) => file!.endsWith('.html'))
    .map(([file, kind, , format]) => ({
      name: file!,
      html: fs.readFileSync(path.join(CORPUS, file!)),
      // The listing page and the decoy are pages the extension looks at and leaves unmarked.
      report: kind === 'report',
      typical: kind === 'report' && (format === '2021' || format === '2019'),
    }));
}

export function generatedPages(): BenchPage[] {
  const page = (name: string, html: string, report: boolean): BenchPage => ({ name, html: Buffer.from(html), report, typical: false });
  return [
    { ...page('builder: sample report', buildReportHtml(), true), typical: true },
    page('builder: ten reports on one page', tenReportsPage(), true),
    page('builder: report + table of 5,000 rows', longTablePage(), true),
    page('builder: report + 200 tables', manyTablesPage(), true),
    page('builder: 5 MB report page', largeReportPage(), true),
    page('builder: news page', buildOtherPageHtml(), false),
    page('builder: 5 MB page, not a report', largeOtherPage(), false),
  ];
}
