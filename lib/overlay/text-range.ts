// Where a quoted sentence stands in the page: a Range over the page's own text nodes, found by
// comparing text normalised the way extraction normalises it (NFKC, no spaces, no invisibles), so
// the overlay can draw over it without touching the page (FORMAT.md §7: Word markup splits text).
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]/;
const SPACE = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'textarea']);
/** Bounds: a section of a report is a few thousand characters; portals add navigation around it. */
const MAX_NODES = 20_000;
const MAX_CHARS = 300_000;

/** Text reduced for comparison: NFKC, without whitespace or invisible characters. */
export function comparable(s: string): string {
  let out = '';
  for (const ch of s) {
    if (SPACE.test(ch) || INVISIBLE.test(ch)) continue;
    out += ch.normalize('NFKC');
  }
  return out;
}

/** The first text node at or after `el` in document order (its own text included). */
function firstTextFrom(doc: Document, root: Node, el: Node): Node | null {
  const w = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  w.currentNode = el;
  return el.nodeType === 3 ? el : w.nextNode();
}

/**
 * The Range of `quote` in the text between `from` (inclusive) and `to` (exclusive), or in the
 * whole body when they are null; null when not found.
 */
export function findQuote(doc: Document, quote: string, from: Element | null = null, to: Element | null = null): Range | null {
  // A long quote is cut with "…" (lib/rules): what stands before it is on the page.
  const needle = comparable(quote.replace(/…+$/, ''));
  const root = doc.body;
  if (!needle || !root) return null;
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
        for (const n of ch.normalize('NFKC')) {
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
  const at = hay.indexOf(needle);
  if (at < 0) return null;
  const last = at + needle.length - 1;
  const range = doc.createRange();
  range.setStart(nodes[at]!, starts[at]!);
  range.setEnd(nodes[last]!, ends[last]!);
  return range;
}
