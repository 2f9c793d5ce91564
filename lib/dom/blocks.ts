// The page as a reader sees its lines: text blocks (paragraphs, headings, cells, lines ended by
// <br>) in document order, each with the element it sits in. Section headings, narrative text and
// tables written as text (FORMAT.md §7) are all read from these.
import { normalizeText } from '../text/normalize';

export interface TextBlock {
  el: Element;
  /**
   * The text as laid out: runs of ordinary whitespace (source indentation, newlines) collapsed to one
   * space as browsers render them, while &nbsp; and the ideographic space (U+3000), which authors
   * type to align columns, are kept, and so are tabs between words on one line (text saved from a
   * Word table separates its cells with tabs).
   */
  raw: string;
  /** normalizeText(raw): half-width, single spaces, for matching. */
  text: string;
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'tr',
  'table', 'section', 'article', 'main', 'aside', 'header', 'footer', 'nav', 'blockquote', 'pre',
  'body', 'center', 'form', 'fieldset', 'figure', 'figcaption', 'caption', 'address',
]);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'select', 'option', 'button', 'textarea', 'iframe', 'object', 'svg', 'head', 'title']);

/** Bound on the nodes one walk visits, so a hostile page cannot make it run without end. */
export const MAX_WALK_NODES = 400_000;

/** Hidden by markup (not by stylesheets, which the CLI does not apply): left out everywhere alike. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

export interface BlockOptions {
  /** Tables to leave out (the report's own tables: their text is not narrative). */
  skipTable?: (table: Element) => boolean;
}

export function textBlocks(root: Element, options: BlockOptions = {}): TextBlock[] {
  const out: { el: Element; raw: string }[] = [];
  let current: { el: Element; raw: string } | null = null;
  // Depth-first along the tree's own links, without recursion (a hostile page can nest deeper than
  // the stack) and without an entry per node: `open` holds the block elements the walk is inside.
  // Each node visited and each block element left counts against the budget.
  const open: Element[] = [root];
  let budget = MAX_WALK_NODES;
  let node: Node | null = root.firstChild;
  /** The node after `from` once its subtree is done, leaving the block elements it closes; null at the end. */
  const after = (from: Node): Node | null => {
    for (let n: Node = from; ; ) {
      if (n.nextSibling) return n.nextSibling;
      const up = n.parentNode;
      if (!up || up === root) return null;
      if (up === open[open.length - 1]) {
        open.pop();
        current = null; // a block element ends a line
        if (budget-- <= 0) return null;
      }
      n = up;
    }
  };
  while (node && budget-- > 0) {
    const block = open[open.length - 1]!;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      const line = current as { el: Element; raw: string } | null; // (set in after() too)
      if (line?.el === block) line.raw += t;
      else if (t.trim()) out.push((current = { el: block, raw: t }));
      node = after(node);
      continue;
    }
    if (node.nodeType !== 1) {
      node = after(node);
      continue;
    }
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (SKIP_TAGS.has(tag) || isHidden(el)) {
      node = after(el);
      continue;
    }
    if (tag === 'br' || (tag === 'table' && options.skipTable?.(el))) {
      current = null; // a line break ends a line (Word pages break paragraphs with <br>)
      node = after(el);
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      current = null;
      open.push(el);
    }
    if (el.firstChild) node = el.firstChild;
    else {
      if (open[open.length - 1] === el) {
        // An empty block element: entered and left.
        open.pop();
        current = null;
        if (budget-- <= 0) break;
      }
      node = after(el);
    }
  }
  const blocks: TextBlock[] = [];
  for (const b of out) {
    const raw = layoutText(b.raw);
    const text = normalizeText(raw);
    if (text) blocks.push({ el: b.el, raw, text });
  }
  return blocks;
}

/** Whitespace as rendered: ASCII runs collapse to one space (tabs within a line stay); &nbsp; and U+3000 stay; trimmed. */
export function layoutText(s: string): string {
  return s
    .replace(/[ \t\n\r\f]+/g, (run) => (/[\n\r\f]/.test(run) || !run.includes('\t') ? ' ' : run.replace(/ /g, '')))
    .replace(/^[ \n\r\f\u00a0\u3000]+|[ \n\r\f\u00a0\u3000]+$/g, '');
}
