// The content script sends the report to the background, where the rules run (it carries none):
// the request survives the trip (JSON, as runtime messages are serialised) and validation with
// every field the rules read, so the findings are those of the in-process audit the CLI runs.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { auditDocument } from '../../lib/audit';
import { extractForAudit } from '../../lib/audit-steps';
import { RulesRequestSchema, ruleInputOf, rulesRequest } from '../../lib/messages';
import { runRules } from '../../lib/rules/run';
import { parseHtml } from '../../cli/parse-html';
import { decodePage } from '../../cli/decode';
import { buildReportHtml, sampleValues } from '../fixtures/report-builder';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');
const corpus = fs.existsSync(path.join(CORPUS, 'MANIFEST.tsv'))
  ? fs.readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'))
      .filter(([file, kind]) => file!.endsWith('.html') && kind === 'report').map(([file]) => [file!, decodePage(fs.readFileSync(path.join(CORPUS, file!))).text])
  : [];
if (corpus.length === 0) console.warn('corpus pages skipped in the rules relay test: ../shared/corpus is absent');

const t3 = sampleValues('2021').t3;
const pages: [string, string][] = [
  ['builder: errors, a blank and narrative', buildReportHtml({ t3: { total: { natural: t3.total!.natural + 5 }, carriedIn: { commercial: null } }, omitSections: [6] })],
  ['builder: 2019 format as text', buildReportHtml({ year: 2020, layout: { tablesAsText: true } })],
  ...(corpus as [string, string][]),
];

describe('rules run in the background', () => {
  it.each(pages)('%s: the same findings as the in-process audit, in both languages', (_name, html) => {
    for (const lang of ['zh_CN', 'en'] as const) {
      const doc = parseHtml(html).document;
      const { input } = extractForAudit(doc);
      expect(input).not.toBeNull();
      const sent = RulesRequestSchema.parse(JSON.parse(JSON.stringify(rulesRequest(input!, lang))));
      const inBackground = runRules(ruleInputOf(sent), lang);
      expect(inBackground).toEqual(auditDocument(parseHtml(html).document, { source: 'x', lang }).result.findings);
    }
  });
});
