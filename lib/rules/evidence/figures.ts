// Figures in the narrative with what they count (FORMAT.md §4.4 N-1…N-8): "收到政府信息公开申请
// 75件", "其中予以公开42件，占51.85%", "行政复议案件2件", "现行有效行政规范性文件393件".
// One pass over each section's text; every figure gets at most one topic, read from the words of
// its own clause (back to the previous figure or clause mark), so a list such as "涉及自然人72件、
// 商业企业3件" gives each number its own label.
import type { SectionText } from '../../extract/types';
import { chineseNumber } from '../../extract/subparts';
import type { T3ColKey, T3RowKey } from '../../model/keys';
import type { OutcomeGroup } from './t3-groups';

export interface Figure {
  value: number;
  unit: string;
  /** "200余件", "约80件": not an exact count. */
  approx: boolean;
  /** The clause before the number, back to the previous figure or clause mark. */
  local: string;
  /** The words after the unit, to the next mark or figure ("75件申请" → "申请"). */
  after: string;
  /** The sentence before the number, for a subject named earlier in it. */
  sentenceLead: string;
  /** The paragraph before the number. */
  paragraphLead: string;
  /** The whole sentence, quoted as evidence. */
  sentence: string;
  section: number;
  paragraph: number;
}

export type Topic =
  | { kind: 'received' | 'handled' | 'closed' | 'carriedIn' | 'carriedOut' | 'review' | 'suits' | 'fees' | 'percent' }
  /** An outcome of table 三: whole groups （一）…（六）, or one leaf row. */
  | { kind: 'outcome'; label: string; groups: readonly OutcomeGroup[] }
  | { kind: 'outcome'; label: string; leaf: T3RowKey }
  | { kind: 'applicant'; label: string; cols: readonly T3ColKey[] }
  | { kind: 'document'; row: 'regulations' | 'normativeDocs'; col: string }
  /** `explicit`: the clause says 决定, so it is the table's "处理决定数量". */
  | { kind: 'decisions'; row: 'licensing' | 'punishment' | 'coercion'; explicit: boolean };

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+)`;
const UNIT = '(件次|件|起|宗|个|条|篇|项|份|部|次|%|万元|亿元|元)';
const FIGURE = new RegExp(`(?<![第\\d.])(约|近|超过|逾)?${NUMBER}\\s*(余|多)?\\s*${UNIT}`, 'g');
const CLAUSE_MARK = /[,，;；:：]/;
const SENTENCE_END = /[。！？!?]/;

function numberValue(s: string): number | null {
  if (/^\d/.test(s)) return Number(s.replace(/,/g, ''));
  if (s === '两') return 2;
  if (s === '零' || s === '〇') return 0;
  return chineseNumber(s);
}

function lastMark(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (CLAUSE_MARK.test(text[i]!)) return i;
  return -1;
}

export function readFigures(section: SectionText): Figure[] {
  const out: Figure[] = [];
  section.body.split('\n').forEach((paragraph, pi) => {
    let sentenceStart = 0;
    let scanned = 0;
    let prevEnd = 0;
    let sentenceEnd = -1;
    for (const m of paragraph.matchAll(FIGURE)) {
      const start = m.index!;
      const end = start + m[0].length;
      const numberText = m[2]!;
      const unit = m[4]!;
      // Chinese numerals only as counts of requests or cases ("两起"), never in words ("一个平台").
      if (!/^\d/.test(numberText) && !/^[件起宗]$/.test(unit)) continue;
      const value = numberValue(numberText);
      if (value === null) continue;
      // The sentence this figure is in.
      for (; scanned < start; scanned++) if (SENTENCE_END.test(paragraph[scanned]!)) sentenceStart = scanned + 1;
      prevEnd = Math.max(prevEnd, sentenceStart);
      if (sentenceEnd < end) {
        const next = paragraph.slice(end).search(SENTENCE_END);
        sentenceEnd = next === -1 ? paragraph.length : end + next + 1;
      }
      const before = paragraph.slice(prevEnd, start);
      const local = before.slice(lastMark(before) + 1).trim();
      const rest = paragraph.slice(end, Math.min(sentenceEnd, end + 16));
      const stop = rest.search(/[,，;；:：。！？!?、\d]/);
      out.push({
        value,
        unit,
        approx: Boolean(m[1] || m[3]),
        local,
        after: (stop === -1 ? rest : rest.slice(0, stop)).trim(),
        sentenceLead: paragraph.slice(sentenceStart, start),
        paragraphLead: paragraph.slice(0, start),
        sentence: paragraph.slice(sentenceStart, sentenceEnd).trim(),
        section: section.number,
        paragraph: pi,
      });
      prevEnd = end;
    }
  });
  return out;
}

const COUNT_UNITS = /^(?:件|起|宗|个|件次)$/;
const DOC_UNITS = /^(?:件|个|份|部)$/;
const MONEY_UNITS = /^(?:万元|亿元|元)$/;

/** Outcome words of table 三, most specific first (FORMAT.md §4.4 N-3). */
const OUTCOMES: readonly { re: RegExp; label: string; groups?: readonly OutcomeGroup[]; leaf?: T3RowKey }[] = [
  { re: /予以公开(?:和|及|与|、|或)部分公开|全部或部分公开/, label: '@outcome.grantedOrPartly', groups: ['granted', 'partlyGranted'] },
  { re: /部分公开/, label: '@group.partlyGranted', groups: ['partlyGranted'] },
  { re: /不予(?:以)?公开/, label: '@group.withheld', groups: ['withheld'] },
  { re: /(?<!不)予以公开|同意公开|全部公开/, label: '@group.granted', groups: ['granted'] },
  { re: /无法提供/, label: '@group.unavailable', groups: ['unavailable'] },
  { re: /不予处理|不作为政府信息公开申请处理/, label: '@group.notProcessed', groups: ['notProcessed'] },
  { re: /其他处理/, label: '@group.otherHandling', groups: ['otherHandling'] },
  { re: /国家秘密/, label: '@row.withheld.stateSecret', leaf: 'withheld.stateSecret' },
  { re: /禁止公开/, label: '@row.withheld.lawProhibited', leaf: 'withheld.lawProhibited' },
  { re: /三安全一稳定/, label: '@row.withheld.threeSecurities', leaf: 'withheld.threeSecurities' },
  { re: /第三方合法权益/, label: '@row.withheld.thirdParty', leaf: 'withheld.thirdParty' },
  { re: /内部事务/, label: '@row.withheld.internalAffairs', leaf: 'withheld.internalAffairs' },
  { re: /过程性信息/, label: '@row.withheld.processInfo', leaf: 'withheld.processInfo' },
  { re: /行政执法案卷/, label: '@row.withheld.enforcementFile', leaf: 'withheld.enforcementFile' },
  { re: /行政查询/, label: '@row.withheld.adminQuery', leaf: 'withheld.adminQuery' },
  { re: /不掌握/, label: '@row.unavailable.notHeld', leaf: 'unavailable.notHeld' },
  { re: /另行制作/, label: '@row.unavailable.needsCreation', leaf: 'unavailable.needsCreation' },
  { re: /补正后.{0,8}不明确/, label: '@row.unavailable.unclear', leaf: 'unavailable.unclear' },
  { re: /信访|举报投诉/, label: '@row.notProcessed.complaint', leaf: 'notProcessed.complaint' },
  { re: /重复申请/, label: '@row.notProcessed.duplicate', leaf: 'notProcessed.duplicate' },
  { re: /公开出版物/, label: '@row.notProcessed.publication', leaf: 'notProcessed.publication' },
  { re: /大量反复/, label: '@row.notProcessed.excessive', leaf: 'notProcessed.excessive' },
  { re: /重新出具/, label: '@row.notProcessed.confirmation', leaf: 'notProcessed.confirmation' },
  { re: /逾期不补正/, label: '@row.otherHandling.noCorrection', leaf: 'otherHandling.noCorrection' },
  { re: /收费通知|缴纳费用/, label: '@row.otherHandling.unpaidFee', leaf: 'otherHandling.unpaidFee' },
];

const APPLICANTS: readonly { re: RegExp; label: string; cols: readonly T3ColKey[] }[] = [
  { re: /自然人/, label: '@col.natural', cols: ['natural'] },
  { re: /商业企业/, label: '@col.commercial', cols: ['commercial'] },
  { re: /科研机构/, label: '@col.research', cols: ['research'] },
  { re: /社会公益组织/, label: '@col.nonprofit', cols: ['nonprofit'] },
  { re: /法律服务机构/, label: '@col.legal', cols: ['legal'] },
  { re: /法人(?:或|和|及)?(?:其他组织)?/, label: '@col.orgs', cols: ['commercial', 'research', 'nonprofit', 'legal', 'otherOrg'] },
];
const APPLICANT_CLAUSE = /^(?:[、和及与]|涉及|其中|包括|来自)*(自然人|商业企业|科研机构|社会公益组织|法律服务机构|法人(?:或|和|及)?(?:其他组织)?)(?:申请|提出|提交)?的?$/;

const DOC_COLUMNS: Record<'2021' | '2019', readonly { re: RegExp; col: string }[]> = {
  '2021': [
    { re: /现行有效/, col: 'inForce' },
    { re: /废止/, col: 'repealed' },
    { re: /制发|制定|出台|印发/, col: 'issued' },
  ],
  '2019': [
    { re: /对外公开总数|累计公开/, col: 'total' },
    { re: /新公开/, col: 'published' },
    { re: /新制作|制发|制定|出台|印发/, col: 'made' },
  ],
};

/** What a figure counts, or null when its clause names nothing the tables hold. */
export function topicOf(f: Figure, format: '2021' | '2019'): Topic | null {
  const { local, after, unit } = f;
  const around = `${local}${after}`;
  if (unit === '%') return { kind: 'percent' };
  if (MONEY_UNITS.test(unit)) return /行政事业性收费/.test(local) && !/信息处理费/.test(local) ? { kind: 'fees' } : null;
  if (/行政复议|行政诉讼|起诉/.test(local)) {
    if (!COUNT_UNITS.test(unit) || /维持|纠正|其他结果|尚未审结/.test(local)) return null;
    const review = /行政复议/.test(local);
    const suits = /行政诉讼|起诉/.test(local.replace(/复议后起诉/g, ''));
    return review === suits ? null : { kind: review ? 'review' : 'suits' };
  }
  const subject = /规范性文件|规章/g;
  const subjects = [...`${f.sentenceLead}`.matchAll(subject)];
  if (subjects.length > 0 && DOC_UNITS.test(unit)) {
    const row = subjects[subjects.length - 1]![0] === '规章' ? 'regulations' : 'normativeDocs';
    const col = DOC_COLUMNS[format].find((d) => d.re.test(local))?.col;
    if (col) return { kind: 'document', row, col };
  }
  const decision = /行政许可|行政处罚|行政强制/.exec(local);
  // "公开行政许可类信息40条" counts published items, not decisions.
  if (decision && /^(?:件|宗|起|个|项)$/.test(unit) && !/信息|公示/.test(local)) {
    const row = ({ 行政许可: 'licensing', 行政处罚: 'punishment', 行政强制: 'coercion' } as const)[decision[0] as '行政许可'];
    return /决定/.test(around) ? { kind: 'decisions', row, explicit: true } : { kind: 'decisions', row, explicit: false };
  }
  if (!COUNT_UNITS.test(unit) || !/申请/.test(`${f.paragraphLead}${after}`)) return null;
  if (/上一?年度?结转|结转上年/.test(local)) return { kind: 'carriedIn' };
  if (/结转/.test(around)) return { kind: 'carriedOut' };
  const outcome = OUTCOMES.find((o) => o.re.test(local));
  if (outcome) return outcome.leaf ? { kind: 'outcome', label: outcome.label, leaf: outcome.leaf } : { kind: 'outcome', label: outcome.label, groups: outcome.groups! };
  const applicant = APPLICANT_CLAUSE.exec(local);
  if (applicant) {
    const a = APPLICANTS.find((x) => x.re.test(applicant[1]!))!;
    return { kind: 'applicant', label: a.label, cols: a.cols };
  }
  if (/办结|办理完毕|答复完毕|处理完毕|已答复|均已答复|全部答复/.test(around)) return { kind: 'closed' };
  if (/收到|受理|接收|新收|接到|收悉|登记/.test(local)) return { kind: 'received' };
  if (/办理|处理|答复/.test(local)) return { kind: 'handled' };
  return null;
}

/** The clause speaks of another year ("2022年收到…") or of a change ("同比增加…"): not this year's count. */
export function otherScope(f: Figure, year: number | null): boolean {
  if (/同比|较上年|比上年|增加|减少|增长|下降|上升/.test(f.local)) return true;
  const years = [...f.sentenceLead.matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1]));
  return year !== null && years.some((y) => y !== year);
}
