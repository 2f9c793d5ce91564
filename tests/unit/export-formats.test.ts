// What each format writes, as a person pasting into Excel/WPS or opening the file sees it.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { textExport, resultJson } from '../../lib/export/actions';
import { toCsv, toTsv, guardFormula } from '../../lib/export/delimited';
import { escapeMarkdown } from '../../lib/export/markdown';
import { cellLabel } from '../../lib/export/labels';
import { exportFileName, safeNamePart } from '../../lib/export/filename';
import { xlsxExport } from '../../lib/export/xlsx';
import { runRules } from '../../lib/rules/run';
import { SCHEMA_VERSION, type AuditResult, type Finding, type Report } from '../../lib/model/schema';
import { buildReportModel, sampleValues, type ReportSpec } from '../fixtures/report-builder';
import { readWorkbook } from '../support/export-readback';

function resultOf(spec: ReportSpec, findings?: Finding[]): AuditResult {
  const report = buildReportModel(spec);
  return {
    schema: SCHEMA_VERSION, source: 'https://www.example.gov.cn/nb/2024.html',
    detection: { kind: 'report', confidence: 1, signals: [] }, report,
    findings: findings ?? runRules({ report, text: { preamble: '', sections: [] } }, 'zh_CN'),
  };
}
const tables = (r: AuditResult, format: 'tsv' | 'csv' | 'md', table?: 't2' | 't3' | 't4', bom?: boolean) =>
  textExport(r, { kind: 'tables', format, table }, { lang: 'zh_CN', bom }).content as string;
const sample = sampleValues('2021').t3;

describe('TSV for pasting into Excel/WPS', () => {
  const tsv = tables(resultOf({ t3: { new: { natural: null, research: '—' } } }), 'tsv', 't3');
  const lines = tsv.split('\r\n');

  it('has the official labels, merged headers flattened with "/"', () => {
    expect(lines[0]).toBe(['项目', '自然人', '法人或其他组织/商业企业', '法人或其他组织/科研机构', '法人或其他组织/社会公益组织',
      '法人或其他组织/法律服务机构', '法人或其他组织/其他', '总计'].join('\t'));
    expect(lines.map((l) => l.split('\t')[0])).toContain('（三）不予公开/1.属于国家秘密');
    expect(lines.map((l) => l.split('\t')[0])).toContain('三、本年度办理结果/（七）总计');
    expect(lines).toHaveLength(1 + 25 + 1); // header, 25 rows, and the empty string after the last CRLF
  });

  it('writes a blank as an empty cell (never 0) and a placeholder as its text', () => {
    const row = lines.find((l) => l.startsWith('一、本年新收政府信息公开申请数量\t'))!.split('\t');
    expect(row[1]).toBe('');
    expect(row[2]).toBe(String(sample.new!.commercial));
    expect(row[3]).toBe('—');
  });

  it('has no BOM (it goes to the clipboard) and ends every line with CRLF', () => {
    expect(tsv.charCodeAt(0)).not.toBe(0xfeff);
    expect(tsv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('puts every table under its title when copying all of them', () => {
    const all = tables(resultOf({ agency: '某某区' }), 'tsv');
    const titles = all.split('\r\n').filter((l) => /^表[二三四] /.test(l));
    expect(titles).toEqual(['表二 主动公开政府信息情况', '表三 收到和处理政府信息公开申请情况', '表四 行政复议、行政诉讼情况']);
    expect(all.startsWith('某某区2024年政府信息公开工作年度报告\r\n\r\n表二')).toBe(true);
  });
});

describe('CSV', () => {
  it('starts with a UTF-8 BOM by default and not when the setting is off', () => {
    const r = resultOf({});
    expect(tables(r, 'csv').charCodeAt(0)).toBe(0xfeff);
    expect(tables(r, 'csv', undefined, false).charCodeAt(0)).not.toBe(0xfeff);
    expect(tables(r, 'csv', undefined, false).startsWith('示例县测试局2024')).toBe(true);
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and ends lines with CRLF', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'plain']], { bom: false })).toBe('"a,b","say ""hi""","two\nlines",plain\r\n');
    expect(toTsv([['a\tb', 'x,y']])).toBe('"a\tb"\tx,y\r\n');
  });

  it('keeps page text that a spreadsheet would run as a formula as text, numbers as numbers', () => {
    expect(['=1+1', '+A1', '+1', '@SUM(A1)', '-2+3', '-', '—', '-5', '25.5', '-0.5'].map(guardFormula))
      .toEqual(["'=1+1", "'+A1", '+1', "'@SUM(A1)", "'-2+3", '-', '—', '-5', '25.5', '-0.5']);
    const csv = tables(resultOf({ title: '=HYPERLINK("http://x")', t3: { new: { natural: '=1+1' } } }), 'csv', undefined, false);
    expect(csv.startsWith(`"'=HYPERLINK(""http://x"")"\r\n`)).toBe(true);
  });

  it('writes table 二 with each block’s own columns and money with its decimals', () => {
    const csv = tables(resultOf({ t2: { fees: { amount: 5949.088667 } } }), 'csv', 't2', false);
    const [header, ...rows] = Papa.parse<string[]>(csv.trimEnd()).data;
    expect(header).toEqual(['项目', '本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额（单位：万元）']);
    expect(rows.find((r) => r[0] === '行政事业性收费')).toEqual(['行政事业性收费', '', '', '', '', '5949.088667']);
    expect(rows.find((r) => r[0] === '行政许可')).toEqual(['行政许可', '', '', '', '1520', '']);
  });
});

describe('Markdown', () => {
  it('writes a GFM table per table under its heading, value columns right-aligned', () => {
    const md = tables(resultOf({}), 'md', 't4');
    expect(md).toContain('## 表四 行政复议、行政诉讼情况\n');
    expect(md).toContain('| 项目 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n| --- | ---: | ---: | ---: | ---: | ---: |\n');
    expect(md).toContain('| 行政诉讼/未经复议直接起诉 | 3 | 1 | 1 | 1 | 6 |');
  });

  it('escapes page text so it cannot split a cell or become markup', () => {
    expect(escapeMarkdown('a|b <img src=x> *c*\nd')).toBe('a\\|b \\<img src=x\\> \\*c\\*<br>d');
    const md = tables(resultOf({ title: '某|区', t3: { new: { natural: '<b>' } } }), 'md');
    expect(md.startsWith('# 某\\|区\n')).toBe(true);
    expect(md).toContain('| 一、本年新收政府信息公开申请数量 | \\<b\\> |');
  });
});

describe('JSON', () => {
  it('is the MODEL.md audit result with its schema version', () => {
    const r = resultOf({ t3: { new: { natural: null } } });
    const parsed = JSON.parse(resultJson(r));
    expect(parsed.schema).toBe('nianbao-audit/1');
    expect(parsed.report.tables.t3.new.natural).toBeNull();
    expect(parsed.report.raw['t3:new:natural']).toBe('');
  });

  it('keeps table 二 of the 2019 format whole (its fields are not those of 2021)', () => {
    const r = resultOf({ year: 2020, format: '2019' });
    expect(JSON.parse(resultJson(r)).report.tables.t2).toEqual(sampleValues('2019').t2);
  });

  it('refuses to write a result that does not match the schema', () => {
    const bad = { ...resultOf({}), findings: [{ rule: 'x', severity: 'fatal', status: 'fail', message: '', cells: [] }] } as unknown as AuditResult;
    expect(() => resultJson(bad)).toThrow();
  });
});

describe('findings report', () => {
  const tricky: Finding = {
    rule: 't3-balance', severity: 'warning', status: 'review', message: '说明, 含 "引号"\n第二行',
    cells: [{ table: 't3', row: 'withheld.stateSecret', col: 'commercial' }, { table: 't2', row: 'fees', col: 'amount' }],
    text: '=原文',
  };

  it('lists rule, name, severity, status, message and the cells by their labels (CSV)', () => {
    const r = resultOf({ t3: { total: { natural: sample.total!.natural + 5 } } });
    const csv = textExport(r, { kind: 'findings', format: 'csv' }, { lang: 'zh_CN' });
    expect(csv.filename).toBe('示例县测试局_2024_审查问题.csv');
    const [header, row] = Papa.parse<string[]>((csv.content as string).slice(1).trimEnd()).data;
    expect(header).toEqual(['规则', '规则名称', '严重程度', '状态', '说明', '单元格', '原文']);
    expect(row!.slice(0, 4)).toEqual(['t3-balance', '表三勾稽关系：一 + 二 = （七）总计 + 四', '错误', '未通过']);
    expect(row![4]).toContain('相差 5');
    expect(row![5]).toBe(['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果/（七）总计', '四、结转下年度继续办理']
      .map((l) => `表三：${l}，自然人`).join('；'));
  });

  it('quotes a message with commas, quotes and a line break, and reads back exactly', () => {
    const csv = textExport(resultOf({}, [tricky]), { kind: 'findings', format: 'csv' }, { lang: 'en', bom: false }).content as string;
    const [, row] = Papa.parse<string[]>(csv.trimEnd()).data;
    expect(row).toEqual(['t3-balance', 'Table 3 balance: 1 + 2 = (7) total + 4', 'Warning', 'Needs review', tricky.message,
      'Table 3: （三）不予公开/1.属于国家秘密, 法人或其他组织/商业企业; Table 2: 行政事业性收费, 本年收费金额（单位：万元）', "'=原文"]);
  });

  it('re-renders a message in the export’s language from its catalogue key', () => {
    const r = resultOf({ t3: { total: { natural: sample.total!.natural + 5 } } });
    const md = textExport(r, { kind: 'findings', format: 'md' }, { lang: 'en' }).content as string;
    expect(md).toContain('# Findings: 示例县测试局2024年政府信息公开工作年度报告');
    expect(md).toContain('Column “Natural persons”');
    expect(md).toContain('| Rule | Rule name | Severity | Status | Message | Cells | Quoted text |\n| --- | --- | --- | --- | --- | --- | --- |\n');
    expect(md).toContain('| t3-balance | Table 3 balance: 1 + 2 = (7) total + 4 | Error | Failed |');
  });

  it('says so when there are none', () => {
    const md = textExport(resultOf({}), { kind: 'findings', format: 'md' }, { lang: 'zh_CN' }).content as string;
    expect(md).toBe('# 审查问题：示例县测试局2024年政府信息公开工作年度报告\n\n未发现问题。\n');
  });
});

describe('XLSX', () => {
  it('has one sheet per table plus the findings, numbers as numeric cells, formulas as text', async () => {
    const r = resultOf({ agency: '某某区', t2: { fees: { amount: 25.5 } }, t3: { new: { natural: '=1+1', research: '—' }, total: { natural: null } } });
    const file = await xlsxExport(r, 'zh_CN');
    expect(file.filename).toBe('某某区_2024_年报数据.xlsx');
    expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const { sheets } = await readWorkbook(file.content as Uint8Array, '2021', 'zh_CN');
    expect(sheets.map((s) => s.sheet)).toEqual(['表二', '表三', '表四', '审查问题']);
    const t3 = sheets[1]!.data;
    const newRow = t3.find((row) => row[0] === '一、本年新收政府信息公开申请数量')!;
    expect(newRow.slice(1, 4)).toEqual(['=1+1', sample.new!.commercial, '—']);
    expect(typeof newRow[2]).toBe('number');
    expect(t3.find((row) => row[0] === '三、本年度办理结果/（七）总计')![1]).toBeNull();
    expect(sheets[0]!.data.find((row) => row[0] === '行政事业性收费')!.at(-1)).toBe(25.5);
    expect(sheets[3]!.data[0]).toEqual(['规则', '规则名称', '严重程度', '状态', '说明', '单元格', '原文']);
    expect(sheets[3]!.data.length).toBe(1 + r.findings.length);
  });

  it('refuses a page that is not a report', async () => {
    await expect(xlsxExport({ ...resultOf({}), report: null }, 'zh_CN')).rejects.toThrow(/not a report/);
  });
});

describe('file names', () => {
  const report = (over: Partial<Report>): Report => ({ ...buildReportModel({}), ...over });

  it('are agency_year_content, in the export’s language', () => {
    expect(exportFileName(report({ agency: '某某区', year: 2024 }), 'export.file.data', 'xlsx', 'zh_CN')).toBe('某某区_2024_年报数据.xlsx');
    expect(exportFileName(report({ agency: '某某区', year: 2024 }), 'export.sheet.t3', 'csv', 'en')).toBe('某某区_2024_Table_3.csv');
    expect(exportFileName(report({ agency: null, year: null }), 'export.file.result', 'json', 'zh_CN')).toBe('年报_审查结果.json');
    expect(exportFileName(report({ agency: null }), 'export.file.data', 'csv', 'zh_CN', 'nb-2024')).toBe('nb-2024_2024_年报数据.csv');
  });

  it('cannot name a directory, a reserved device or hold control characters', () => {
    expect(safeNamePart('../某/区:局*?"<>|\u0007 办')).toBe('某_区_局_办');
    expect(safeNamePart('CON')).toBe('_CON');
    expect(Array.from(safeNamePart('局'.repeat(200)))).toHaveLength(80);
  });
});

describe('cell labels', () => {
  it('name table, row and column by the official labels', () => {
    expect(cellLabel({ table: 't3', row: 'withheld.stateSecret', col: 'natural' }, '2021', 'zh_CN')).toBe('表三：（三）不予公开/1.属于国家秘密，自然人');
    expect(cellLabel({ table: 't4', row: 'suitAfterReview', col: 'pending' }, '2021', 'zh_CN')).toBe('表四：行政诉讼/复议后起诉，尚未审结');
    expect(cellLabel({ table: 't2', row: 'normativeDocs', col: 'total' }, '2019', 'zh_CN')).toBe('表二：规范性文件，对外公开总数量');
    expect(cellLabel({ table: 't3', row: 'someday', col: 'natural' }, '2021', 'zh_CN')).toBe('表三：someday，自然人');
  });
});
