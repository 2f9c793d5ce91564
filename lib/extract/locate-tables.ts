// Which <table> elements are the report's tables 二, 三 and 四 (FORMAT.md §2.3–2.5, §3.1), told
// apart by the labels they contain, never by position or selector. A table split across several
// <table> elements (page breaks in Word, the 第二十条 blocks of table 二 as small tables) gives
// several parts, in page order.
import type { TableId } from '../model/keys';
import { compactLabel } from '../text/normalize';

const MARKERS: Record<TableId, readonly string[]> = {
  t2: ['第二十条', '信息内容', '规章', '规范性文件', '行政许可', '行政强制', '行政事业性收费', '本年制发件数', '本年废止件数',
    '现行有效件数', '处理决定数量', '本年收费金额', '本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量',
    '政府集中采购', '采购项目数量', '其他对外管理服务事项'],
  t3: ['本年新收', '上年结转', '结转下年', '申请人情况', '本年度办理结果', '予以公开', '部分公开', '不予公开', '无法提供',
    '不予处理', '其他处理', '国家秘密', '第三方合法权益', '内部事务', '过程性信息', '行政执法案卷', '行政查询', '不掌握',
    '另行制作', '重复申请', '出版物', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构'],
  t4: ['行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '直接起诉', '复议后起诉'],
};
const KINDS: readonly TableId[] = ['t2', 't3', 't4'];

/** How many distinct markers of each table the text holds. */
export function markerCounts(compactText: string): Record<TableId, number> {
  const out = { t2: 0, t3: 0, t4: 0 };
  for (const k of KINDS) for (const m of MARKERS[k]) if (compactText.includes(m)) out[k]++;
  return out;
}

/** The standard table this text belongs to, when at least `min` of its markers are there and more than of any other. */
export function tableKind(compactText: string, min = 3): TableId | null {
  const counts = markerCounts(compactText);
  let best: TableId | null = null;
  for (const k of KINDS) if (counts[k] >= min && (!best || counts[k] > counts[best])) best = k;
  return best;
}

export interface LocatedTables {
  parts: Partial<Record<TableId, Element[]>>;
  /** Every <table> classified as a part of a standard table (to leave their text out of the narrative). */
  all: Set<Element>;
  notes: string[];
}

/** Tables with no table inside: a layout table around the report is not a report table. */
export function innermostTables(root: Element): Element[] {
  return Array.from(root.getElementsByTagName('table')).filter((t) => t.getElementsByTagName('table').length === 0);
}

export function locateTables(tables: readonly Element[]): LocatedTables {
  const kinds = tables.map((t) => {
    const text = compactLabel(t.textContent ?? '');
    return { el: t, kind: tableKind(text), counts: markerCounts(text) };
  });
  // A small last part (（七）总计 and 四、结转… alone) has too few markers of its own: it joins the
  // part just before it when it has any marker of that table.
  for (let i = 1; i < kinds.length; i++) {
    const prev = kinds[i - 1]!.kind;
    const k = kinds[i]!;
    if (!k.kind && prev && k.counts[prev] >= 1) k.kind = prev;
  }
  const parts: LocatedTables['parts'] = {};
  const all = new Set<Element>();
  const notes: string[] = [];
  let i = 0;
  while (i < kinds.length) {
    const kind = kinds[i]!.kind;
    if (!kind) {
      i++;
      continue;
    }
    const group: Element[] = [];
    while (i < kinds.length && kinds[i]!.kind === kind) group.push(kinds[i++]!.el);
    if (parts[kind]) {
      notes.push(`${kind}: another ${group.length} table(s) with its labels further down the page were not read`);
      continue;
    }
    parts[kind] = group;
    for (const el of group) all.add(el);
  }
  return { parts, all, notes };
}
