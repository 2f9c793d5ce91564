// What kind of body publishes the report, read from its name (FORMAT.md §1.3, §4.3 T2-B, §4.4 N-11).
// Names are the only evidence, so anything unclear is 'unknown' and the rules that need the
// kind stay silent or ask for review.

export type AgencyKind =
  /** 县级以上地方人民政府 (and 管委会 acting as one): deadline 31 March, 条例第五十条(四) applies. */
  | 'government'
  /** 乡镇人民政府: a government, but provinces set its deadline (§1.3). */
  | 'township'
  /** 街道办事处: provinces set the deadline; not a 人民政府. */
  | 'subdistrict'
  /** 县级以上人民政府部门 and other bodies: deadline 31 January. */
  | 'department'
  | 'unknown';

export type AgencyLevel = 'national' | 'province' | 'city' | 'county' | 'township' | 'unknown';

const DEPARTMENT = /(?:人民政府办公室|人民政府办公厅|政府办公室|政府办公厅|局|厅|委员会|委|办公室|办|中心|院|所|站|队|馆|署|处|部|总队|支队|大队|研究室|事务所|公司|集团)$/;
const GOVERNMENT = /(?:人民政府|政府|管委会|管理委员会|(?:省|市|县|区|旗|州|盟|自治区|自治州|自治县))$/;
const TOWNSHIP = /(?:镇|乡|苏木)(?:人民政府|政府)?$/;
const SUBDISTRICT = /街道(?:办事处)?$/;

/** The kind of body, from the agency name (the title's part before the year). */
export function agencyKind(name: string | null | undefined, aggregate = false): AgencyKind {
  const n = (name ?? '').replace(/\s+/g, '');
  if (!n) return 'unknown';
  if (SUBDISTRICT.test(n)) return 'subdistrict';
  if (TOWNSHIP.test(n)) return 'township';
  // A department's name ends with its own title; a government's with its place or 人民政府.
  if (DEPARTMENT.test(n) && !/管委会$|管理委员会$/.test(n)) return 'department';
  if (GOVERNMENT.test(n)) return 'government';
  return aggregate ? 'government' : 'unknown';
}

/** Words with a place character that are not places ("市场监督管理局"). */
const NOT_PLACE = /市场|城市|都市|区域|社区|园区|小区/g;
const MUNICIPALITY = /^(?:北京|天津|上海|重庆)市/;

/** The level of the place the body belongs to: the last place word in its name. */
export function agencyLevel(name: string | null | undefined): AgencyLevel {
  const n = (name ?? '').replace(/\s+/g, '');
  if (!n) return 'unknown';
  if (TOWNSHIP.test(n) || SUBDISTRICT.test(n)) return 'township';
  const places = n.replace(NOT_PLACE, '');
  const m = /(自治区|省|市|县|旗|区|州|盟)[^省市县旗区州盟]*$/.exec(places);
  if (!m) return /^(?:国务院|国家|中华人民共和国|中国)/.test(n) || /部$|总局$|总署$/.test(n) ? 'national' : 'unknown';
  switch (m[1]) {
    case '自治区': case '省': return 'province';
    case '市': return MUNICIPALITY.test(n) && places.indexOf('市') === m.index ? 'province' : 'city';
    case '州': case '盟': return 'city';
    default: return 'county';
  }
}

/** The preamble says the report sums up several units' work (§1.3 本级政府 aggregate report). */
export function isAggregateReport(preamble: string): boolean {
  return /汇总.{0,30}(?:单位|部门|乡镇|街道)|各有关单位.{0,20}编制/.test(preamble);
}
