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

/** Text reduced for comparison: NFKC, without whitespace or invisible characters. */
export function comparable(s: string): string {
  let out = '';
  for (const ch of s) {
    if (SPACE.test(ch) || INVISIBLE.test(ch)) continue;
    out += nfkc(ch, ch.codePointAt(0)!);
  }
  return out;
}

/** The first text node at or after `el` in document order (its own text included). */
function firstTextFrom(doc: Document, root: Node, el: Node): Node | null {
  const w = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  w.currentNode = el;
  return el.nodeType === 3 ? el : w.nextNode();
}

/** The comparable text of a stretch of the page, with the text node and offsets of each character. */
export interface TextIndex {
  hay: string;
  nodes: Text[];
  starts: number[];
  ends: number[];
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
  // For each character of `hay`, the text node and the offsets of the source character.
  const nodes: Text[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let count = 0; node && node !== stop && count < MAX_NODES && hay.length < MAX_CHARS; node = walker.nextNode(), count++) {
    if (SKIP.has((node.parentNode as Element | null)?.localName ?? '')) continue;
    const text = node.nodeValue ?? '';
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      const next = i + ch.length;
      if (!SPACE.test(ch) && !INVISIBLE.test(ch)) {
        for (const n of nfkc(ch, cp)) {
          hay += n;
          for (let k = 0; k < n.length; k++) {
            nodes.push(node as Text);
            starts.push(i);
            ends.push(next);
          }
        }
      }
      i = next;
    }
  }
  return { hay, nodes, starts, ends };
}

/** The Range of `quote` in an indexed stretch of the page; null when not found. */
export function findInIndex(doc: Document, index: TextIndex | null, quote: string): Range | null {
  // A long quote is cut with "…" (lib/rules): what stands before it is on the page.
  const needle = comparable(quote.replace(/…+$/, ''));
  if (!needle || !index) return null;
  const at = index.hay.indexOf(needle);
  if (at < 0) return null;
  const last = at + needle.length - 1;
  const range = doc.createRange();
  range.setStart(index.nodes[at]!, index.starts[at]!);
  range.setEnd(index.nodes[last]!, index.ends[last]!);
  return range;
}
