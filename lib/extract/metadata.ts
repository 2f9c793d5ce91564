// Title, agency, year and publication date (FORMAT.md §6.3–6.4).
import { elementText } from '../dom/text';
import { normalizeText } from '../text/normalize';

export function metaContent(doc: Document, name: string): string | null {
  const el = doc.querySelector(`meta[name="${name}" i]`);
  const v = el?.getAttribute('content');
  return v ? normalizeText(v) : null;
}

/** §6.3: "<机关><YYYY>年(度)政府信息公开工作年度报告" and its variants. */
export const REPORT_TITLE = /((?:19|20)\d{2})\s*年度?.{0,12}?(?:政府|政务)?信息公开(?:工作)?(?:的)?年度?报告|(?:政府)?信息公开年报/;
export const TITLE_EXCLUDE = /格式|通知|解读|要点|报表|决算|预算|公积金|股份|有限公司|法治政府建设/;

export function pageTitle(doc: Document): string | null {
  const article = metaContent(doc, 'ArticleTitle');
  if (article) return article;
  for (const h of Array.from(doc.querySelectorAll('h1, h2')).slice(0, 10)) {
    const t = elementText(h);
    if (REPORT_TITLE.test(t)) return t;
  }
  // "<文章标题>_<栏目名>_<站点名>" (§6.3)
  const title = normalizeText(doc.title ?? '');
  return title ? normalizeText(title.split(/[_|]/)[0] ?? title) : null;
}

export function titleYear(title: string | null): number | null {
  const m = title ? /((?:19|20)\d{2})\s*年/.exec(title) : null;
  return m ? Number(m[1]) : null;
}

/** The agency is what the title names before the year ("平潭综合实验区2023年度…"). */
export function titleAgency(title: string | null): string | null {
  if (!title) return null;
  const m = /^(.*?)(?:19|20)\d{2}\s*年/.exec(title);
  const agency = m?.[1]?.trim();
  return agency ? agency : null;
}

export function publishedDate(doc: Document): string | null {
  const pub = metaContent(doc, 'PubDate') ?? metaContent(doc, 'firstpublishedtime');
  const m = pub ? /((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(pub) : null;
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
}
