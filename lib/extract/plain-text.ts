// A report saved as plain text (the seed texts; text taken from a PDF with `pdftotext -layout`) as
// an HTML page the same extractor reads. Wrapped lines become paragraphs again; lines laid out in
// columns (tabs, runs of spaces) stay lines, their gaps kept as &nbsp; so tables written as text
// can be read cell by cell; page footers ("-3-") are dropped.
import { escapeHtml } from '../dom/escape';
import { REPORT_TITLE } from '../detect/report-markers';
import { headingNumber } from './sections';

/** A line of text whose cells are separated by tabs (Word tables saved as text) or by runs of spaces between words. */
const COLUMN_GAP = /\t|\S[ \u3000]{2,}\S/;
const PAGE_FOOTER = /^[-－—–]\s*\d{1,3}\s*[-－—–]$|^第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?$/;
const INDENT = /^(?:\t| {2,}|\u3000)/;
const MAX_LINES = 100_000;

interface Line {
  text: string;
  indented: boolean;
  layout: boolean;
}

function cleanLines(text: string): Line[] {
  return text
    .replace(/^\ufeff/, '')
    .split(/\r\n?|\n/, MAX_LINES)
    .map((raw) => raw.replace(/\[bookmark:[^\]]*\]/g, '').replace(/^(\s*)#{1,6}\s+/, '$1').replace(/[ \u3000\r]+$/, ''))
    .filter((raw) => !PAGE_FOOTER.test(raw.trim()))
    .map((raw) => ({ text: raw, indented: INDENT.test(raw), layout: COLUMN_GAP.test(raw) }));
}

/** The title: the first one to three non-empty lines that together name a report (FORMAT.md §6.3). */
function takeTitle(lines: Line[]): { title: string; rest: Line[] } {
  const nonEmpty = lines.map((l, i) => [l, i] as const).filter(([l]) => l.text.trim());
  for (const n of [1, 2, 3]) {
    const head = nonEmpty.slice(0, n);
    const title = head.map(([l]) => l.text.trim()).join('');
    if (REPORT_TITLE.test(title.replace(/\s+/g, ''))) return { title, rest: lines.slice(head[head.length - 1]![1] + 1) };
  }
  return { title: '', rest: lines };
}

/** Paragraph breaks: at indented lines when the text indents its paragraphs, else at every line. */
function paragraphs(lines: Line[]): { text: string; layout: boolean }[] {
  const prose = lines.filter((l) => l.text.trim() && !l.layout);
  const byIndent = prose.length > 0 && prose.filter((l) => l.indented).length / prose.length >= 0.2;
  const out: { text: string; layout: boolean }[] = [];
  let open = false;
  for (const l of lines) {
    const t = l.text.trim();
    if (!t) {
      if (!byIndent) open = false;
      continue;
    }
    if (l.layout) {
      // Tabs stay (each separates two cells, empty ones included); runs of spaces become &nbsp;.
      const cells = l.text.includes('\t') ? l.text.replace(/^[ \u3000]+/, '') : l.text.trim().replace(/[ \u3000]{2,}/g, '\u00a0\u00a0');
      out.push({ text: cells, layout: true });
      open = false;
    } else if (open && byIndent && !l.indented && !headingNumber(t)) {
      out[out.length - 1]!.text += t;
    } else {
      out.push({ text: t, layout: false });
      open = byIndent && !headingNumber(t); // a section heading is a line of its own
    }
  }
  return out;
}

export function plainTextToHtml(text: string): string {
  const { title, rest } = takeTitle(cleanLines(text));
  const body = paragraphs(rest).map((p) => `<p${p.layout ? ' class="nb-line"' : ''}>${escapeHtml(p.text)}</p>`);
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8">',
    '<meta name="generator" content="nianbao-audit plain text">',
    `<title>${escapeHtml(title)}</title></head><body><article>`,
    title ? `<h1>${escapeHtml(title)}</h1>` : '',
    ...body,
    '</article></body></html>',
  ].join('\n');
}
