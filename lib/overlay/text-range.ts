// Where a quoted sentence stands in the page: a Range over the page's own text nodes, found by
// comparing text normalised the way extraction normalises it (NFKC, no spaces, no invisibles), so
// the overlay can draw over it without touching the page (FORMAT.md §7: Word markup splits text).
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]/;
const SPACE = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'textarea']);
/** Bounds: a section of a report is a few thousand characters; portals add navigation around it. */
const MAX_NODES = 20_000;
const MAX_CHARS = 300_000;

/** ASCII and CJK unified ideographs are their own NFKC form: most of a report's text needs no call. */
const nfkc = (ch: string, cp: number): string => (cp < 0x80 || (cp >= 0x4e00 && cp <= 0x9fff) ? ch : ch.normalize('NFKC'));
/**
 * Printable ASCII and CJK unified ideographs, kept as they are: a report's text is nearly all of them,
 * so most of it is copied by runs found natively, not character by character (a whole page is
 * indexed when a quote is not in its part).
 */
const PLAIN_RUN = /[\x21-\x7e\u4e00-\u9fff]+/g;

/**
 * `text` in comparable form, piece by piece: each run of plain characters as it is (`to` null), and
 * each other character that is neither a space nor invisible in its NFKC form, from source offsets [from, to).
 */
function forEachKept(text: string, keep: (kept: string, from: number, to: number | null) => void): void {
  PLAIN_RUN.lastIndex = 0;
  for (let i = 0; ; ) {
    const run = PLAIN_RUN.exec(text);
    const end = run ? run.index : text.length;
    while (i < end) {
      const cp = text.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      const next = i + ch.length;
      const kept = SPACE.test(ch) || INVISIBLE.test(ch) ? '' : nfkc(ch, cp);
      if (kept) keep(kept, i, next);
      i = next;
    }
    if (!run) return;
    keep(run[0], run.index, null);
    i = run.index + run[0].length;
  }
}

/** Text reduced for comparison: NFKC, without whitespace or invisible characters. */
export function comparable(s: string): string {
  let out = '';
  forEachKept(s, (kept) => void (out += kept));
  return out;
}

/** The first text node at or after `el` in document order (its own text included). */
function firstTextFrom(doc: Document, root: Node, el: Node): Node | null {
  const w = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  w.currentNode = el;
  return el.nodeType === 3 ? el : w.nextNode();
}

/**
 * A stretch of `hay` and where it comes from: a run of characters copied one for one from `node`
 * starting at `from` (`to` null), or the normalised form of the one source character [from, to).
 */
interface Piece {
  at: number;
  node: Text;
  from: number;
  to: number | null;
}

/** The comparable text of a stretch of the page, with the pieces of the page's text nodes it was made of. */
export interface TextIndex {
  hay: string;
  /** In order of `at`. */
  pieces: Piece[];
}

/** The index of the text between `from` (inclusive) and `to` (exclusive), or of the whole body when they are null. */
export function textIndex(doc: Document, from: Element | null = null, to: Element | null = null): TextIndex | null {
  const root = doc.body;
  if (!root) return null;
  const stop = to ? firstTextFrom(doc, root, to) : null;
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let node: Node | null = from ? firstTextFrom(doc, root, from) : walker.nextNode();
  if (node) walker.currentNode = node;
  let hay = '';
  const pieces: Piece[] = [];
  for (let count = 0; node && node !== stop && count < MAX_NODES && hay.length < MAX_CHARS; node = walker.nextNode(), count++) {
    if (SKIP.has((node.parentNode as Element | null)?.localName ?? '')) continue;
    const text = node.nodeValue ?? '';
    forEachKept(text, (kept, from, to) => {
      pieces.push({ at: hay.length, node: node as Text, from, to });
      hay += kept;
    });
  }
  return { hay, pieces };
}

/** The text node and the source offsets of the character at `k` of the index's text. */
function source(index: TextIndex, k: number): { node: Text; start: number; end: number } {
  let lo = 0;
  let hi = index.pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.pieces[mid]!.at <= k) lo = mid;
    else hi = mid - 1;
  }
  const p = index.pieces[lo]!;
  if (p.to !== null) return { node: p.node, start: p.from, end: p.to };
  const at = p.from + (k - p.at);
  return { node: p.node, start: at, end: at + 1 };
}

/** The Range of `quote` in an indexed stretch of the page; null when not found. */
export function findInIndex(doc: Document, index: TextIndex | null, quote: string): Range | null {
  // A long quote is cut with "…" (lib/rules): what stands before it is on the page.
  const needle = comparable(quote.replace(/…+$/, ''));
  if (!needle || !index) return null;
  const at = index.hay.indexOf(needle);
  if (at < 0) return null;
  const first = source(index, at);
  const last = source(index, at + needle.length - 1);
  const range = doc.createRange();
  range.setStart(first.node, first.start);
  range.setEnd(last.node, last.end);
  return range;
}
