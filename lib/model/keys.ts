// Canonical keys of MODEL.md with their official labels (FORMAT.md §2.3–2.5, §3.1–3.2).
// Everything that names a row or a column (extraction, rules, overlay, exports) reads it from here.

/** `group` is the merged header the column sits under (FORMAT.md §2.4 row h2), when it has one. */
export const T3_COLUMNS = [
  { key: 'natural', label: '自然人' },
  { key: 'commercial', label: '商业企业', group: '法人或其他组织' },
  { key: 'research', label: '科研机构', group: '法人或其他组织' },
  { key: 'nonprofit', label: '社会公益组织', group: '法人或其他组织' },
  { key: 'legal', label: '法律服务机构', group: '法人或其他组织' },
  { key: 'otherOrg', label: '其他', group: '法人或其他组织' },
  { key: 'total', label: '总计' },
] as const;
export type T3ColKey = (typeof T3_COLUMNS)[number]['key'];
export const T3_COL_KEYS: readonly T3ColKey[] = T3_COLUMNS.map((c) => c.key);

/** `group` is the printed group label (（三）不予公开 …) the row sits under, when it has one. */
interface T3RowDef {
  key: string;
  label: string;
  group?: string;
  formats: readonly ('2021' | '2019')[];
}
const BOTH = ['2021', '2019'] as const;
const ONLY_2021 = ['2021'] as const;
const ONLY_2019 = ['2019'] as const;

export const T3_ROWS = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量', formats: BOTH },
  { key: 'carriedIn', label: '二、上年结转政府信息公开申请数量', formats: BOTH },
  { key: 'granted', label: '（一）予以公开', group: '三、本年度办理结果', formats: BOTH },
  { key: 'partlyGranted', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', group: '三、本年度办理结果', formats: BOTH },
  { key: 'withheld.stateSecret', label: '1.属于国家秘密', group: '（三）不予公开', formats: BOTH },
  { key: 'withheld.lawProhibited', label: '2.其他法律行政法规禁止公开', group: '（三）不予公开', formats: BOTH },
  { key: 'withheld.threeSecurities', label: '3.危及“三安全一稳定”', group: '（三）不予公开', formats: BOTH },
  { key: 'withheld.thirdParty', label: '4.保护第三方合法权益', group: '（三）不予公开', formats: BOTH },
  { key: 'withheld.internalAffairs', label: '5.属于三类内部事务信息', group: '（三）不予公开', formats: BOTH },
  { key: 'withheld.processInfo', label: '6.属于四类过程性信息', group: '（三）不予公开', formats: BOTH },
  { key: 'withheld.enforcementFile', label: '7.属于行政执法案卷', group: '（三）不予公开', formats: BOTH },
  { key: 'withheld.adminQuery', label: '8.属于行政查询事项', group: '（三）不予公开', formats: BOTH },
  { key: 'unavailable.notHeld', label: '1.本机关不掌握相关政府信息', group: '（四）无法提供', formats: BOTH },
  { key: 'unavailable.needsCreation', label: '2.没有现成信息需要另行制作', group: '（四）无法提供', formats: BOTH },
  { key: 'unavailable.unclear', label: '3.补正后申请内容仍不明确', group: '（四）无法提供', formats: BOTH },
  { key: 'notProcessed.complaint', label: '1.信访举报投诉类申请', group: '（五）不予处理', formats: BOTH },
  { key: 'notProcessed.duplicate', label: '2.重复申请', group: '（五）不予处理', formats: BOTH },
  { key: 'notProcessed.publication', label: '3.要求提供公开出版物', group: '（五）不予处理', formats: BOTH },
  { key: 'notProcessed.excessive', label: '4.无正当理由大量反复申请', group: '（五）不予处理', formats: BOTH },
  { key: 'notProcessed.confirmation', label: '5.要求行政机关确认或重新出具已获取信息', group: '（五）不予处理', formats: BOTH },
  { key: 'otherHandling.noCorrection', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', group: '（六）其他处理', formats: ONLY_2021 },
  { key: 'otherHandling.unpaidFee', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', group: '（六）其他处理', formats: ONLY_2021 },
  { key: 'otherHandling.other', label: '3.其他', group: '（六）其他处理', formats: ONLY_2021 },
  { key: 'otherHandling', label: '（六）其他处理', group: '三、本年度办理结果', formats: ONLY_2019 },
  { key: 'total', label: '（七）总计', group: '三、本年度办理结果', formats: BOTH },
  { key: 'carriedOut', label: '四、结转下年度继续办理', formats: BOTH },
] as const satisfies readonly T3RowDef[];
export type T3RowKey = (typeof T3_ROWS)[number]['key'];
export type ReportFormat = '2021' | '2019';

export function t3RowsFor(format: ReportFormat): readonly (typeof T3_ROWS)[number][] {
  return T3_ROWS.filter((r) => (r.formats as readonly string[]).includes(format));
}

/** The leaf rows whose sum is （七）总计 (FORMAT.md §4.1 T3-B). */
export function t3OutcomeRows(format: ReportFormat): T3RowKey[] {
  return t3RowsFor(format)
    .map((r) => r.key)
    .filter((k) => k !== 'new' && k !== 'carriedIn' && k !== 'total' && k !== 'carriedOut');
}

export const T4_GROUPS = [
  { key: 'review', label: '行政复议' },
  { key: 'suitDirect', label: '行政诉讼/未经复议直接起诉' },
  { key: 'suitAfterReview', label: '行政诉讼/复议后起诉' },
] as const;
export type T4GroupKey = (typeof T4_GROUPS)[number]['key'];

export const T4_FIELDS = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const;
export type T4FieldKey = (typeof T4_FIELDS)[number]['key'];

/** Table 二: rows and their columns, per format (MODEL.md "Table 二"). */
export const T2_2021 = [
  { key: 'regulations', label: '规章', block: '第二十条第（一）项', cols: [
    { key: 'issued', label: '本年制发件数' }, { key: 'repealed', label: '本年废止件数' }, { key: 'inForce', label: '现行有效件数' }] },
  { key: 'normativeDocs', label: '行政规范性文件', block: '第二十条第（一）项', cols: [
    { key: 'issued', label: '本年制发件数' }, { key: 'repealed', label: '本年废止件数' }, { key: 'inForce', label: '现行有效件数' }] },
  { key: 'licensing', label: '行政许可', block: '第二十条第（五）项', cols: [{ key: 'decisions', label: '本年处理决定数量' }] },
  { key: 'punishment', label: '行政处罚', block: '第二十条第（六）项', cols: [{ key: 'decisions', label: '本年处理决定数量' }] },
  { key: 'coercion', label: '行政强制', block: '第二十条第（六）项', cols: [{ key: 'decisions', label: '本年处理决定数量' }] },
  { key: 'fees', label: '行政事业性收费', block: '第二十条第（八）项', cols: [{ key: 'amount', label: '本年收费金额（单位：万元）' }] },
] as const;

const PREV_CHANGE_DECISIONS = [
  { key: 'previous', label: '上一年项目数量' }, { key: 'change', label: '本年增/减' }, { key: 'decisions', label: '处理决定数量' }] as const;
const MADE_PUBLISHED_TOTAL = [
  { key: 'made', label: '本年新制作数量' }, { key: 'published', label: '本年新公开数量' }, { key: 'total', label: '对外公开总数量' }] as const;

export const T2_2019 = [
  { key: 'regulations', label: '规章', block: '第二十条第（一）项', cols: MADE_PUBLISHED_TOTAL },
  { key: 'normativeDocs', label: '规范性文件', block: '第二十条第（一）项', cols: MADE_PUBLISHED_TOTAL },
  { key: 'licensing', label: '行政许可', block: '第二十条第（五）项', cols: PREV_CHANGE_DECISIONS },
  { key: 'otherServices', label: '其他对外管理服务事项', block: '第二十条第（五）项', cols: PREV_CHANGE_DECISIONS },
  { key: 'punishment', label: '行政处罚', block: '第二十条第（六）项', cols: PREV_CHANGE_DECISIONS },
  { key: 'coercion', label: '行政强制', block: '第二十条第（六）项', cols: PREV_CHANGE_DECISIONS },
  { key: 'fees', label: '行政事业性收费', block: '第二十条第（八）项', cols: [
    { key: 'previous', label: '上一年项目数量' }, { key: 'change', label: '本年增/减' }] },
  { key: 'procurement', label: '政府集中采购', block: '第二十条第（九）项', cols: [
    { key: 'count', label: '采购项目数量' }, { key: 'amount', label: '采购总金额' }] },
] as const;

export type TableId = 't2' | 't3' | 't4';

/** The six statutory sections (FORMAT.md §2.2). */
export const SECTIONS = [
  { number: 1, heading: '一、总体情况' },
  { number: 2, heading: '二、主动公开政府信息情况' },
  { number: 3, heading: '三、收到和处理政府信息公开申请情况' },
  { number: 4, heading: '四、政府信息公开行政复议、行政诉讼情况' },
  { number: 5, heading: '五、存在的主要问题及改进情况' },
  { number: 6, heading: '六、其他需要报告的事项' },
] as const;
