// The labels of table 二 in both formats (FORMAT.md §2.3, §3.1, §3.4): rows, column headers, which
// format each label belongs to, and the units of its money columns.
import { T2_2019, T2_2021, type ReportFormat } from '../model/keys';
import type { MoneyUnit } from '../text/cell-value';

export type T2RowKey = (typeof T2_2021)[number]['key'] | (typeof T2_2019)[number]['key'];

// On compactLabel text; the first match wins (行政规范性文件 before 规章).
const ROWS: readonly { key: T2RowKey; re: RegExp }[] = [
  { key: 'normativeDocs', re: /规范性文件$/ },
  { key: 'regulations', re: /^规章$|^\d*\.?规章(?:\(件\))?$/ },
  { key: 'otherServices', re: /其他对外管理服务事项/ },
  { key: 'licensing', re: /^行政许可$/ },
  { key: 'punishment', re: /^行政处罚$/ },
  { key: 'coercion', re: /^行政强制$/ },
  { key: 'fees', re: /^行政事业性收费$/ },
  { key: 'procurement', re: /^政府集中采购$/ },
];

export function matchT2Row(label: string): T2RowKey | null {
  return ROWS.find((r) => r.re.test(label))?.key ?? null;
}

export interface T2Column {
  key: string;
  /** The format that uses this header, or null when both do (处理决定数量 is 2019, 本年处理决定数量 2021). */
  format: ReportFormat | null;
  unit?: MoneyUnit;
}

const COLUMNS: readonly { re: RegExp; col: T2Column }[] = [
  { re: /本年制发件数/, col: { key: 'issued', format: '2021' } },
  { re: /本年废止件数/, col: { key: 'repealed', format: '2021' } },
  { re: /现行有效件数/, col: { key: 'inForce', format: '2021' } },
  { re: /本年处理决定数量/, col: { key: 'decisions', format: '2021' } },
  { re: /本年收费金额.*\(单位:元\)|本年收费金额\(元\)/, col: { key: 'amount', format: '2021', unit: '元' } },
  { re: /本年收费金额/, col: { key: 'amount', format: '2021', unit: '万元' } },
  { re: /本年新制作数量/, col: { key: 'made', format: '2019' } },
  { re: /本年新公开数量/, col: { key: 'published', format: '2019' } },
  { re: /对外公开总数量/, col: { key: 'total', format: '2019' } },
  { re: /上一年项目数量/, col: { key: 'previous', format: '2019' } },
  { re: /本年增\/?减|本年增减/, col: { key: 'change', format: '2019' } },
  { re: /处理决定数量/, col: { key: 'decisions', format: '2019' } },
  { re: /采购项目数量/, col: { key: 'count', format: '2019' } },
  { re: /采购总金额.*万元/, col: { key: 'amount', format: '2019', unit: '万元' } },
  { re: /采购总金额/, col: { key: 'amount', format: '2019', unit: '元' } },
];

export function matchT2Column(label: string): T2Column | null {
  return COLUMNS.find((c) => c.re.test(label))?.col ?? null;
}

/** Rows only one format has, and the 2019 wording 规范性文件 without 行政. */
export function rowFormat(key: T2RowKey, label: string): ReportFormat | null {
  if (key === 'otherServices' || key === 'procurement') return '2019';
  if (key === 'normativeDocs') return label.includes('行政规范性文件') ? '2021' : '2019';
  return null;
}

export function t2Defs(format: ReportFormat) {
  return format === '2021' ? T2_2021 : T2_2019;
}

/** The unit MODEL.md normalises a money column to, if it is one. */
export function targetUnit(format: ReportFormat, row: string, col: string): MoneyUnit | null {
  if (row === 'fees' && col === 'amount') return '万元';
  if (format === '2019' && row === 'procurement' && col === 'amount') return '元';
  return null;
}
