// The CLI as users run it: a child process, JSON only on stdout, per-file errors, any encoding.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { buildReportHtml, sampleValues } from '../fixtures/report-builder';
import { AuditResultSchema } from '../../lib/model/schema';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;

async function cli(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'cli/audit.ts', ...args], { cwd: ROOT });
    return { stdout, stderr, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; code: number };
    return { stdout: err.stdout, stderr: err.stderr, code: err.code };
  }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'nianbao-cli-'));
  const natural = sampleValues('2021').t3.total!.natural;
  writeFileSync(path.join(dir, 'utf8.html'), buildReportHtml({ t3: { total: { natural: natural + 2 } } }));
  // The same page saved as GBK and as GB2312, declared in the meta tag as old portals do.
  for (const charset of ['gbk', 'gb2312']) {
    const html = buildReportHtml({ agency: '示例区档案馆' }).replace('<meta charset="utf-8">', `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">`);
    writeFileSync(path.join(dir, `${charset}.html`), iconv.encode(html, 'gbk'));
  }
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run audit', () => {
  it('prints one MODEL.md result as JSON, with the failing column', async () => {
    const { stdout, code } = await cli('--json', path.join(dir, 'utf8.html'));
    expect(code).toBe(0); // findings do not change the exit code
    const result = AuditResultSchema.parse(JSON.parse(stdout));
    expect(result.detection.kind).toBe('report');
    // （七）总计 of 自然人 is 2 too high: it breaks 一+二 = （七）+四 and （七） = Σ outcomes in that
    // column, and 总计 = Σ applicants in the （七）总计 row.
    expect(result.findings.map((f) => [f.rule, f.status, f.cells[0]!.row, f.cells[0]!.col])).toEqual([
      ['t3-balance', 'fail', 'new', 'natural'], ['t3-outcome-sum', 'fail', 'total', 'natural'], ['t3-row-sum', 'fail', 'total', 'total'],
    ]);
  }, 30_000);

  it('decodes GBK and GB2312 pages from their declared charset', async () => {
    const { stdout } = await cli('--json', path.join(dir, 'gbk.html'), path.join(dir, 'gb2312.html'));
    const results = JSON.parse(stdout) as unknown[];
    expect(results).toHaveLength(2);
    for (const r of results) {
      const parsed = AuditResultSchema.parse(r);
      expect(parsed.report?.title).toBe('示例区档案馆2024年政府信息公开工作年度报告');
      expect(parsed.report?.tables.t3?.new).toEqual(sampleValues('2021').t3.new);
    }
  }, 30_000);

  it('reports an unreadable file as an error object, goes on, and exits 1', async () => {
    const { stdout, code } = await cli('--json', path.join(dir, 'missing.html'), path.join(dir, 'utf8.html'));
    expect(code).toBe(1);
    const [bad, good] = JSON.parse(stdout) as Record<string, unknown>[];
    expect(bad).toMatchObject({ source: path.join(dir, 'missing.html'), error: expect.stringContaining('ENOENT') });
    expect(good).toMatchObject({ detection: { kind: 'report' } });
  }, 30_000);

  it('prints a readable summary without --json', async () => {
    const { stdout } = await cli('--lang', 'en', path.join(dir, 'utf8.html'));
    expect(stdout).toContain('Errors 3');
    expect(stdout).toContain('Column “Natural persons”');
  }, 30_000);
});
