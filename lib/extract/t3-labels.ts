// The labels of table 三 (FORMAT.md §2.4, §3.2): which row a label names, which column a header
// names, and the checks every reading of the table ends with (missing rows for its format).
import { T3_COLUMNS, T3_ROWS, t3RowsFor, type ReportFormat, type T3ColKey, type T3RowKey } from '../model/keys';
import type { T3Table } from '../model/schema';
import { addIssue, type TableRead } from './table-read';

/** Column headers after compactLabel. "其它"/"合计" are common misspellings of the official labels. */
export const T3_COLUMN_LABELS: ReadonlyMap<string, T3ColKey> = new Map([
  ...T3_COLUMNS.map((c) => [c.label, c.key] as [string, T3ColKey]),
  ['其它', 'otherOrg'],
  ['合计', 'total'],
]);

interface RowMatcher {
  key: T3RowKey;
  leaf: RegExp;
  /** Required text in the row's other label cells (its group), when the leaf alone is ambiguous. */
  group?: RegExp;
}

// Order matters: the first match wins. Patterns are on compactLabel text, and loose enough for a
// label cut at a line end in a text table ("确认或重新出" + "具已获取信息").
const ROW_MATCHERS: readonly RowMatcher[] = [
  { key: 'new', leaf: /本年新收|新收.{0,12}申请/ },
  { key: 'carriedIn', leaf: /上年结转/ },
  { key: 'carriedOut', leaf: /结转下年/ },
  { key: 'partlyGranted', leaf: /部分公开/ },
  { key: 'granted', leaf: /予以公开/ },
  { key: 'withheld.stateSecret', leaf: /国家秘密/ },
  { key: 'withheld.lawProhibited', leaf: /禁止公开/ },
  { key: 'withheld.threeSecurities', leaf: /三安全一稳定/ },
  { key: 'withheld.thirdParty', leaf: /第三方合法权益/ },
  { key: 'withheld.internalAffairs', leaf: /内部事务/ },
  { key: 'withheld.processInfo', leaf: /过程性信息/ },
  { key: 'withheld.enforcementFile', leaf: /执法案卷/ },
  { key: 'withheld.adminQuery', leaf: /行政查询/ },
  { key: 'unavailable.notHeld', leaf: /不掌握/ },
  { key: 'unavailable.needsCreation', leaf: /另行制作/ },
  { key: 'unavailable.unclear', leaf: /仍不明确|补正后申请/ },
  { key: 'notProcessed.complaint', leaf: /信访|举报投诉/ },
  { key: 'notProcessed.duplicate', leaf: /重复申请/ },
  { key: 'notProcessed.publication', leaf: /出版物/ },
  { key: 'notProcessed.excessive', leaf: /大量反复/ },
  { key: 'notProcessed.confirmation', leaf: /重新出具|确认或重新|出具已获取/ },
  { key: 'otherHandling.noCorrection', leaf: /逾期不补正|无正当理由逾期不补/ },
  { key: 'otherHandling.unpaidFee', leaf: /收费通知|缴纳费用/ },
  { key: 'otherHandling.other', leaf: /^(?:\(?3[.)]?)?其[他它]$/, group: /其他处理/ },
  { key: 'otherHandling', leaf: /^(?:\(六\))?其他处理$/ },
  { key: 'total', leaf: /总计|合计/ },
];

export function matchT3Row(leaf: string, context: string): T3RowKey | null {
  for (const m of ROW_MATCHERS) {
    if (m.leaf.test(leaf) && (!m.group || m.group.test(context))) return m.key;
  }
  return null;
}

const OFFICIAL = new Map<string, string>(T3_ROWS.map((r) => [r.key, r.label]));
const GROUP = new Map<string, string>(T3_ROWS.map((r) => [r.key, 'group' in r ? r.group : '']));

export function officialT3Label(key: T3RowKey): string {
  return OFFICIAL.get(key)!;
}

/** The printed group a row sits under (（六）其他处理 for its sub-rows), or ''. */
export function t3Group(key: T3RowKey): string {
  return GROUP.get(key)!;
}

/** The rows the format has and the table does not (MODEL.md: a missing row is absent, not null). */
export function finishT3(read: TableRead<T3Table>, format: ReportFormat): void {
  if (!read.info.readable) return;
  read.info.missingRows = t3RowsFor(format).map((d) => d.key).filter((k) => !(k in read.table));
  for (const row of read.info.missingRows) addIssue(read.info, { kind: 'missing-row', row, expected: OFFICIAL.get(row)! });
}
