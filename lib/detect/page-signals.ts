// Signals of the page around the text (FORMAT.md §6.5–6.6): links to reports (a listing page),
// attachments and viewers (a report published as a file), pictures (a report published as images).
import { isHidden } from '../dom/blocks';
import { REPORT_TITLE } from './report-markers';
import { normalizeText } from '../text/normalize';

const MAX_LINKS = 3000;
const DATE = /(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}/;
const PAGINATION = /下一页|尾页|末页|上一页|共\s*\d+\s*页|createPageHTML|pgBar|list2\.trsapi/;

export interface PageLink {
  text: string;
  href: string;
}
/** Links kept for the popup to show (a column page lists ten or twenty reports). */
const MAX_KEPT = 50;

/** A link's target as an absolute URL: against the page's address, or for a saved page, the address its portal meta tag records. */
export function absoluteHref(doc: Document, href: string): string {
  const page = /^https?:/.test(doc.URL) ? doc.URL : doc.querySelector('meta[name="Url" i]')?.getAttribute('content') ?? doc.baseURI;
  try {
    return new URL(href, page).href;
  } catch {
    return href;
  }
}

/** Links whose text names a report of some year, and whether dates and (with two or more) pagination go with them. */
export function reportLinks(doc: Document): { count: number; dated: boolean; paged: boolean; links: PageLink[] } {
  const anchors = doc.getElementsByTagName('a');
  let count = 0;
  let dated = 0;
  const links: PageLink[] = [];
  for (let i = 0; i < anchors.length && i < MAX_LINKS; i++) {
    const a = anchors[i]!;
    if (isHidden(a)) continue;
    const text = normalizeText(a.textContent ?? a.getAttribute('title') ?? '');
    if (text.length > 80 || !REPORT_TITLE.test(text) || !/(?:19|20)\d{2}/.test(text)) continue;
    count++;
    const href = a.getAttribute('href');
    if (href && links.length < MAX_KEPT) links.push({ text, href: absoluteHref(doc, href) });
    // The date is printed beside the link, in the same list item or row.
    const around = normalizeText(a.parentElement?.parentElement?.textContent ?? '');
    if (DATE.test(around.replace(text, ''))) dated++;
  }
  // Serialising the body costs milliseconds on a long page: only a page with links to several reports asks.
  const paged = count >= 2 && PAGINATION.test(doc.body?.innerHTML.slice(0, 500_000) ?? '');
  return { count, dated: dated >= 2, paged, links };
}

const ATTACHMENT = /\.(pdf|docx?|wps|ofd|xlsx?|zip|rar)(?:[?#]|$)/i;
const VIEWER = /viewer\.html\?file=|\.pdf(?:[?#]|$)|\.ofd(?:[?#]|$)/i;
const CHROME_IMAGE = /logo|icon|banner|ewm|qrcode|erweima|share|wx|weixin|weibo|search|jiucuo|dzjg|blank|spacer|line|bg/i;

/** Attachments, document viewers and content pictures in the article (or the whole body). */
export function attachmentSignals(root: Element, title: string): { attachments: number; images: number; signals: string[]; links: PageLink[] } {
  const doc = root.ownerDocument;
  const signals: string[] = [];
  const links: PageLink[] = [];
  let attachments = 0;
  for (const a of Array.from(root.getElementsByTagName('a')).slice(0, MAX_LINKS)) {
    const href = a.getAttribute('href') ?? '';
    const m = ATTACHMENT.exec(href);
    if (!m) continue;
    attachments++;
    signals.push(`attachment:${m[1]!.toLowerCase()}`);
    if (links.length < MAX_KEPT) links.push({ text: normalizeText(a.textContent ?? ''), href: absoluteHref(doc, href) });
  }
  for (const f of Array.from(root.querySelectorAll('iframe, embed, object'))) {
    const src = f.getAttribute('src') ?? f.getAttribute('data') ?? '';
    if (VIEWER.test(src)) {
      attachments++;
      signals.push('viewer');
      // The document the viewer shows (…/viewer.html?file=<doc>) is what a person wants to open.
      const file = /[?&]file=([^&#]+)/.exec(src)?.[1];
      if (links.length < MAX_KEPT) links.push({ text: '', href: absoluteHref(doc, file ? decodeURIComponent(file) : src) });
    }
  }
  let images = 0;
  for (const img of Array.from(root.getElementsByTagName('img')).slice(0, 500)) {
    const src = img.getAttribute('src') ?? '';
    const w = Number(img.getAttribute('width') ?? 0);
    const h = Number(img.getAttribute('height') ?? 0);
    if (!src || CHROME_IMAGE.test(src) || (w > 0 && w < 200) || (h > 0 && h < 150)) continue;
    if (img.closest('a') && !title) continue;
    images++;
  }
  if (images > 0) signals.push(`images:${images}`);
  return { attachments, images, signals: [...new Set(signals)], links };
}

/** Without report markers: the box around the title, up to where it holds more than the title. */
export function contentAround(titleEl: Element | null, body: Element): Element {
  if (!titleEl) return body;
  const titleLength = normalizeText(titleEl.textContent ?? '').length;
  for (let el: Element | null = titleEl.parentElement; el && el !== body; el = el.parentElement) {
    const rich = el.querySelector('img, iframe, embed, object, a[href]');
    if (rich || normalizeText(el.textContent ?? '').length > titleLength + 40) return el;
  }
  return body;
}
