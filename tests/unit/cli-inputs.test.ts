// What the CLI reads: directories, .txt reports, encodings, and bad input that must never stop
// the run (empty, binary, truncated, malformed, deeply nested, 10 MB pages).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { decodePage, looksBinary } from '../../cli/decode';
import { expandInputs, loadInput } from '../../cli/inputs';
import { AuditErrorSchema, AuditResultSchema } from '../../lib/model/schema';
import { buildReportHtml, sampleValues } from '../fixtures/report-builder';
import { buildReportText } from '../fixtures/report-text';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;
const at = (...p: string[]) => path.join(dir, ...p);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'nianbao-inputs-'));
  mkdirSync(at('pages', 'nested'), { recursive: true });
  const report = buildReportHtml({});
  writeFileSync(at('pages', 'a-report.html'), report);
  writeFileSync(at('pages', 'nested', 'b-report.htm'), report);
  writeFileSync(at('pages', 'nested', 'c-report.txt'), iconv.encode(buildReportText({}, 'layout'), 'gb18030'));
  writeFileSync(at('pages', 'notes.md'), '# not a page');
  writeFileSync(at('pages', 'empty.html'), '');
  writeFileSync(at('pages', 'image.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(at('pages', 'truncated.html'), report.slice(0, Math.floor(report.length * 0.6)));
  writeFileSync(at('pages', 'malformed.html'), '<html><body><table><tr><td rowspan="-3" colspan="99999">一、本年新收政府信息公开申请数量<td>1<tr><p><table></div></span></td>>>><<<</body>');
  writeFileSync(at('pages', 'deep.html'), `<html><body>${'<div>'.repeat(20000)}x${'</div>'.repeat(20000)}</body></html>`);
  const filler = `<div><p>${'会议总结了上一年度工作，部署了本年度重点任务。'.repeat(40)}</p></div>\n`;
  writeFileSync(at('pages', 'z-10mb.html'), report.replace('<div class="footer">', filler.repeat(Math.ceil(10_500_000 / Buffer.byteLength(filler))) + '<div class="footer">'));
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('decoding', () => {
  it('reads text files as UTF-8 when valid, else as GB18030 (GBK, GB2312)', () => {
    expect(decodePage(Buffer.from('统计期限', 'utf8'), 'text').text).toBe('统计期限');
    expect(decodePage(iconv.encode('统计期限', 'gbk'), 'text')).toEqual({ text: '统计期限', charset: 'gb18030' });
    expect(decodePage(iconv.encode('\ufeff统计期限', 'utf16-le'), 'text').text).toBe('统计期限'); // the BOM says UTF-16 and is dropped
  });

  it('falls back to GB18030 for a page that declares nothing and is not UTF-8', () => {
    expect(decodePage(iconv.encode('<p>年度报告</p>', 'gbk')).text).toBe('<p>年度报告</p>');
  });

  it('tells binary content from text', () => {
    expect(looksBinary(Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2]))).toBe(true);
    expect(looksBinary(Buffer.from('<p>报告</p>'))).toBe(false);
  });
});

describe('inputs', () => {
  it('walks directories recursively for .html, .htm and .txt, in a stable order', () => {
    const files = expandInputs([at('pages')]) as string[];
    expect(files.map((f) => path.relative(dir, f))).toEqual([
      'pages/a-report.html', 'pages/deep.html', 'pages/empty.html', 'pages/image.html', 'pages/malformed.html',
      'pages/nested/b-report.htm', 'pages/nested/c-report.txt', 'pages/truncated.html', 'pages/z-10mb.html',
    ]);
  });

  it('reads a .txt report as a page', () => {
    const { document, close } = loadInput(at('pages', 'nested', 'c-report.txt'));
    expect(document.querySelector('h1')?.textContent).toBe('示例县测试局2024 年政府信息公开工作年度报告');
    close();
  });

  it.each([['empty.html', /empty/], ['image.html', /not text/]])('refuses %s with a clear reason', (name, reason) => {
    expect(() => loadInput(at('pages', name))).toThrow(reason);
  });
});

describe('npm run audit on a directory of good and bad files', () => {
  it('gives a result or a clear error for each file, goes on, and exits 1', async () => {
    const out = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'cli/audit.ts', '--json', at('pages')], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 })
      .catch((e: { stdout: string; code: number }) => e);
    expect((out as { code?: number }).code).toBe(1);
    const results = JSON.parse(out.stdout) as { source: string }[];
    const by = (name: string) => results.find((r) => r.source.endsWith(name))!;
    expect(results).toHaveLength(9);
    for (const name of ['a-report.html', 'b-report.htm', 'c-report.txt', 'z-10mb.html']) {
      const r = AuditResultSchema.parse(by(name));
      expect(r.detection.kind).toBe('report');
      expect(r.report!.tables.t3).toEqual(sampleValues('2021').t3);
    }
    expect(AuditErrorSchema.parse(by('empty.html')).error).toMatch(/empty/);
    expect(AuditErrorSchema.parse(by('image.html')).error).toMatch(/not text/);
    // Nothing reads the page recursively any more (the body's serialisation used to overflow the stack).
    expect(AuditResultSchema.parse(by('deep.html')).detection.kind).toBe('other');
    expect(AuditResultSchema.parse(by('truncated.html')).detection.kind).toBe('report');
    expect(AuditResultSchema.parse(by('malformed.html')).detection.kind).toBe('other');
  }, 60_000);
});
