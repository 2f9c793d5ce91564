// Hostile pages (tests/fixtures/stress-pages.ts) through the engine, in the CLI's DOM (domino) and,
// for the small ones, in happy-dom as well: spans beyond HTML's limits, 100,000 cells, tables
// nested 100 deep, markup and script as text, zero-width and bidi characters. Each still gives a
// valid result, and the report's tables are read as on the clean page. (In Chromium:
// tests/e2e/hostile.test.ts.)
import { afterEach, describe, expect, it } from 'vitest';
import { auditDocument, type Audit } from '../../lib/audit';
import { AuditResultSchema } from '../../lib/model/schema';
import { buildGrid, GRID_LIMITS } from '../../lib/grid/table-grid';
import { createOverlay } from '../../lib/overlay/controller';
import { HOST_TAG } from '../../lib/overlay/host';
import { parseHtml } from '../../cli/parse-html';
import { buildReportModel } from '../fixtures/report-builder';
import { pageDocument } from '../fixtures/page';
import {
  HOSTILE_MARKUP, HOSTILE_SCRIPT, hugeSpansPage, hundredThousandCellsPage, invisibleCharsPage, markupTextPage, nestedTablesPage,
} from '../fixtures/stress-pages';

const sampleTables = buildReportModel().tables;

function audit(doc: Document): Audit {
  const a = auditDocument(doc, { source: 'hostile', lang: 'zh_CN' });
  expect(AuditResultSchema.safeParse(JSON.parse(JSON.stringify(a.result))).success).toBe(true);
  return a;
}

/** The page in the CLI's DOM and in happy-dom. */
const doms = (html: string): [string, Document][] => [['domino', parseHtml(html).document], ['happy-dom', pageDocument(html)]];

describe('hostile pages', () => {
  it('spans far beyond HTML’s limits are capped as browsers cap them, and the report reads as usual', () => {
    for (const [dom, doc] of doms(hugeSpansPage())) {
      const { result } = audit(doc);
      expect(result.report?.tables, dom).toEqual(sampleTables);
      const tables = doc.querySelectorAll('table');
      const hostile = buildGrid(tables[tables.length - 1]!);
      expect(hostile.width, dom).toBeLessThanOrEqual(2 * GRID_LIMITS.maxColSpan + 1);
      expect(hostile.rowEls, dom).toHaveLength(2);
    }
  });

  it('a table of 100,000 cells beside the report costs a bounded grid and leaves the report’s tables as they are', () => {
    const { result } = audit(parseHtml(hundredThousandCellsPage()).document);
    expect(result.detection.kind).toBe('report');
    expect(result.report?.tables).toEqual(sampleTables);
  });

  it('a report inside tables nested 100 deep is still found and read', () => {
    for (const [dom, doc] of doms(nestedTablesPage(100))) {
      const { result } = audit(doc);
      expect(result.detection.kind, dom).toBe('report');
      expect(result.report?.tables, dom).toEqual(sampleTables);
    }
  });

  it('zero-width and bidi characters inside labels and numbers do not change what is read', () => {
    for (const [dom, doc] of doms(invisibleCharsPage())) {
      const { result } = audit(doc);
      expect(result.report?.tables.t3, dom).toEqual(sampleTables.t3);
      expect(result.findings.filter((f) => f.rule === 't3-balance'), dom).toEqual([]);
    }
  });

  describe('markup and script written as text', () => {
    afterEach(() => document.querySelector(HOST_TAG)?.remove());

    it('stays text: in the result, and in the overlay, which creates no element from it', () => {
      document.documentElement.innerHTML = markupTextPage().replace(/^<!DOCTYPE html>\s*/i, '');
      const { result, extracted } = audit(document);
      expect(result.report?.agency).toContain(HOSTILE_MARKUP);
      expect(result.report?.raw?.['t3:new:natural']).toBe(HOSTILE_MARKUP);
      expect(result.report?.raw?.['t3:total:commercial']).toBe(HOSTILE_SCRIPT);
      expect(result.report?.tables.t3?.new?.natural).toBeNull();

      const overlay = createOverlay(document, { lang: 'zh_CN' });
      overlay.show(document, result, extracted!, { open: true });
      const shadow = document.querySelector(HOST_TAG)!.shadowRoot!;
      expect(shadow.textContent).toContain(HOSTILE_MARKUP);
      expect(shadow.querySelectorAll('img, script, iframe, object')).toHaveLength(0);
      overlay.clear();
    });
  });
});
