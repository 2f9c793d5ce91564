// The CLI's exports as users run them: files per page and format in --out, text on stdout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { buildOtherPageHtml, buildReportHtml, sampleValues } from '../fixtures/report-builder';
import { readWorkbook } from '../support/export-readback';
import { takeOutputArgs } from '../../cli/output';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;

async function cli(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'cli/audit.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
    return { stdout, stderr, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; code: number };
    return { stdout: err.stdout, stderr: err.stderr, code: err.code };
  }
}
const page = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'nianbao-cli-export-'));
  writeFileSync(page('a.html'), buildReportHtml({ agency: '某某区', t3: { new: { natural: null, research: '—' } } }));
  writeFileSync(page('b.html'), buildReportHtml({ agency: '某某区' })); // same agency and year as a.html
  writeFileSync(page('other.html'), buildOtherPageHtml());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run audit -- --format … --out DIR', () => {
  it('writes one file per page and format, named after agency, year and content', async () => {
    const out = page('out1');
    const { code, stderr } = await cli('--format', 'csv,xlsx', '--format', 'json', '--findings', '--out', out, page('a.html'), page('b.html'), page('other.html'));
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'other_审查结果.json',
      '某某区_2024_审查结果.json', '某某区_2024_审查结果_2.json',
      '某某区_2024_审查问题.csv', '某某区_2024_审查问题_2.csv',
      '某某区_2024_年报数据.csv', '某某区_2024_年报数据.xlsx',
      '某某区_2024_年报数据_2.csv', '某某区_2024_年报数据_2.xlsx',
    ].sort());
    expect(stderr).toContain('not a report');

    const csv = readFileSync(path.join(out, '某某区_2024_年报数据.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(new TextDecoder().decode(csv).trimEnd()).data;
    expect(rows.find((r) => r[0] === '一、本年新收政府信息公开申请数量')!.slice(0, 4)).toEqual(['一、本年新收政府信息公开申请数量', '', String(sampleValues('2021').t3.new!.commercial), '—']);

    const { view, sheets } = await readWorkbook(readFileSync(path.join(out, '某某区_2024_年报数据.xlsx')), '2021', 'zh_CN');
    expect(sheets.map((s) => s.sheet)).toEqual(['表二', '表三', '表四', '审查问题']);
    expect(view.tables.t3!.new).toMatchObject({ natural: null, research: null, commercial: sampleValues('2021').t3.new!.commercial });
    expect(view.placeholders).toEqual({ 't3:new:research': '—' });
    expect(JSON.parse(readFileSync(path.join(out, 'other_审查结果.json'), 'utf8')).detection.kind).toBe('other');
  }, 30_000);

  it('leaves the BOM out with --no-bom', async () => {
    const out = page('out2');
    await cli('--format', 'csv', '--no-bom', '--out', out, page('b.html'));
    expect(readFileSync(path.join(out, '某某区_2024_年报数据.csv'))[0]).not.toBe(0xef);
  }, 30_000);
});

describe('npm run audit -- --format … (standard output)', () => {
  it('prints TSV of all tables, without a BOM', async () => {
    const { stdout, code } = await cli('--format', 'tsv', page('a.html'));
    expect(code).toBe(0);
    expect(stdout.startsWith('某某区2024年政府信息公开工作年度报告\r\n\r\n表二 主动公开政府信息情况\r\n')).toBe(true);
    expect(stdout).toContain('\r\n\r\n表三 收到和处理政府信息公开申请情况\r\n项目\t自然人\t法人或其他组织/商业企业');
    expect(stdout).toContain('\r\n表四 ');
    expect(stdout.charCodeAt(0)).not.toBe(0xfeff);
  }, 30_000);

  it('prints JSON as --json does', async () => {
    const [a, b] = await Promise.all([cli('--format', 'json', page('a.html')), cli('--json', page('a.html'))]);
    expect(JSON.parse(a.stdout)).toEqual(JSON.parse(b.stdout));
  }, 30_000);

  it('refuses XLSX, several formats or a bad format without --out', () => {
    for (const args of [['--format', 'xlsx'], ['--format', 'csv,md'], ['--format', 'pdf'], ['--out', 'x'], ['--format', 'csv', '--findings']]) {
      expect(() => takeOutputArgs([...args, 'a.html']), args.join(' ')).toThrow(/--format|--out/);
    }
    expect(takeOutputArgs(['--lang', 'en', '--format', 'csv', '--format', 'md,csv', '--out', 'd', 'a.html'])).toEqual({
      rest: ['--lang', 'en', 'a.html'], output: { formats: ['csv', 'md'], outDir: 'd', bom: true, findings: false },
    });
    expect(takeOutputArgs(['--json', 'a.html'])).toEqual({ rest: ['--json', 'a.html'], output: null });
  });

  it('exits 2 with the reason on a usage error', async () => {
    const { code, stderr } = await cli('--format', 'xlsx', page('a.html'));
    expect(code).toBe(2);
    expect(stderr).toContain('xlsx and --findings need --out DIR');
  }, 30_000);

  it('still exits 1 when a page could not be read, after writing the others', async () => {
    const out = page('out3');
    const { code } = await cli('--format', 'md', '--out', out, page('missing.html'), page('b.html'));
    expect(code).toBe(1);
    expect(readdirSync(out)).toEqual(['某某区_2024_年报数据.md']);
  }, 30_000);
});
