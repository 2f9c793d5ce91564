// The engine's audit of a page (lib/page/find-report.ts): the rules are run by the caller, which
// may call the audit off once the settings it read while the page was read say so (the automatic
// run turned off meanwhile); a page that is not a report never waits for them.
import { describe, expect, it, vi } from 'vitest';
import { auditPage, type RuleRunner } from '../../lib/page/find-report';
import { parseHtml } from '../../cli/parse-html';
import { buildOtherPageHtml, buildReportHtml } from '../fixtures/report-builder';

describe('auditPage', () => {
  it('gives the report with the runner’s findings', async () => {
    const runner = vi.fn<RuleRunner>(async () => []);
    const a = await auditPage(parseHtml(buildReportHtml()).document, runner);
    expect(runner).toHaveBeenCalledTimes(1);
    expect(a?.result.detection.kind).toBe('report');
    expect(a?.result.report?.tables.t3).toBeTruthy();
  });

  it('is called off, with nothing to show, when the runner says so', async () => {
    expect(await auditPage(parseHtml(buildReportHtml()).document, async () => null)).toBeNull();
  });

  it('does not ask the runner on a page that is not a report', async () => {
    const runner = vi.fn<RuleRunner>(async () => null);
    const a = await auditPage(parseHtml(buildOtherPageHtml()).document, runner);
    expect(runner).not.toHaveBeenCalled();
    expect(a?.result.report).toBeNull();
  });
});
