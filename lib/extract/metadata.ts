// Title, agency, year, statistics period, publication date and the format notice cited
// (FORMAT.md §1.2, §2.1, §6.3–6.4).
import type { TextBlock } from '../dom/blocks';
import { compactLabel, normalizeText } from '../text/normalize';
import { REPORT_TITLE } from '../detect/report-markers';

export function metaContent(doc: Document, name: string): string | null {
  const el = doc.querySelector(`meta[name="${name}" i]`);
  const v = el?.getAttribute('content');
  return v ? normalizeText(v) : null;
}

export const TITLE_EXCLUDE = /格式|通知|解读|要点|报表|决算|预算|公积金|股份|有限公司|法治政府建设/;

/** A title names a report: it matches §6.3 and names a year ("信息公开年报" alone is a column name). */
export function isReportTitle(title: string | null): boolean {
  return !!title && REPORT_TITLE.test(title) && /(?:19|20)\d{2}/.test(title) && !TITLE_EXCLUDE.test(title);
}

/** Spaces a text layout leaves between Chinese and digits ("淮安市 2024 年") are not part of a title. */
export function tidyTitle(s: string): string {
  return normalizeText(s)
    .replace(/^#+\s*/, '')
    .replace(/([\u3400-\u9fff])\s+(?=\d)/g, '$1')
    .replace(/(\d)\s+(?=[\u3400-\u9fff])/g, '$1');
}

export interface TitleFound {
  title: string | null;
  /** The block of the article that shows the title, when there is one (what comes after it is the preamble). */
  block: number;
}

/** ArticleTitle meta, else the first heading-like block naming a report, else the <title> before "_栏目_站点". */
export function pageTitle(doc: Document, blocks: readonly TextBlock[]): TitleFound {
  // The title shown on the page, near the top of the article, in one or two lines.
  let block = -1;
  let shown: string | null = null;
  for (let i = 0; i < Math.min(blocks.length, 12) && block < 0; i++) {
    for (const n of [1, 2, 3]) {
      const lines = blocks.slice(i, i + n);
      if (lines.some((b) => b.text.length > 60)) break;
      const text = tidyTitle(lines.map((b) => b.text).join(''));
      if (text.length <= 80 && REPORT_TITLE.test(text) && /(?:19|20)\d{2}/.test(text)) {
        block = i + n - 1;
        shown = text;
        break;
      }
    }
  }
  const article = metaContent(doc, 'ArticleTitle');
  if (article) return { title: tidyTitle(article), block: block >= 0 ? block : titleBlock(blocks, article) };
  if (shown) return { title: shown, block };
  for (const h of Array.from(doc.querySelectorAll('h1, h2')).slice(0, 10)) {
    const t = tidyTitle(h.textContent ?? '');
    if (REPORT_TITLE.test(t)) return { title: t, block: -1 };
  }
  const title = normalizeText(doc.title ?? '');
  return { title: title ? tidyTitle(title.split(/[_|]/)[0] ?? title) : null, block: -1 };
}

function titleBlock(blocks: readonly TextBlock[], title: string): number {
  const want = compactLabel(title);
  return blocks.slice(0, 12).findIndex((b) => compactLabel(b.text) === want);
}

export function titleYear(title: string | null): number | null {
  const m = title ? /((?:19|20)\d{2})\s*年/.exec(title) : null;
  return m ? Number(m[1]) : null;
}

/** The agency the title names before the year ("平潭综合实验区2023年度…"), or after it ("2022年上海市政府信息公开…"). */
export function titleAgency(title: string | null): string | null {
  if (!title) return null;
  const before = /^(.*?)(?:19|20)\d{2}\s*年/.exec(title)?.[1]?.replace(/^关于/, '').trim();
  if (before) return before;
  const after = /^(?:19|20)\d{2}\s*年度?(.+?)(?:政府|政务)?信息公开/.exec(title)?.[1]?.trim();
  return after && !/^(?:政府|政务)$/.test(after) ? after : null;
}

const isoDate = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
const DATE = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

/** PubDate meta, else a "发布日期/发布时间：" line of the page. */
export function publishedDate(doc: Document, blocks: readonly TextBlock[]): string | null {
  const pub = metaContent(doc, 'PubDate') ?? metaContent(doc, 'firstpublishedtime') ?? metaContent(doc, 'publishdate');
  let m = pub ? DATE.exec(pub) : null;
  if (!m) {
    for (const b of blocks.slice(0, 400)) {
      const hit = /(?:发布|公开|成文)(?:日期|时间)\s*[:：]?\s*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})/.exec(b.text);
      if (hit) {
        m = DATE.exec(hit[1]!);
        break;
      }
    }
  }
  return m ? isoDate(m[1]!, m[2]!, m[3]!) : null;
}

// "统计期限为2024年1月1日至2024年12月31日", "自2018年1月1日起至2018年12月31日止", "…1月1日至12月31日".
const PERIOD = /(?:统计|数据)[^。]{0,20}?((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:起)?\s*(?:至|到|—|－|-|~|～)\s*(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

export function statisticsPeriod(text: string): { from: string; to: string } | null {
  const m = PERIOD.exec(text);
  if (!m) return null;
  return { from: isoDate(m[1]!, m[2]!, m[3]!), to: isoDate(m[4] ?? m[1]!, m[5]!, m[6]!) };
}

/** The format notice cited: 国办公开办函〔2019〕60号 or 〔2021〕30号 (FORMAT.md §1.2). */
export function citedNotice(text: string): '60号' | '30号' | null {
  const t = compactLabel(text);
  if (/2021[〕\])】]?30号/.test(t)) return '30号';
  if (/2019[〕\])】]?60号/.test(t)) return '60号';
  return null;
}
