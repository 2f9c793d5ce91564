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
  // Depth-first without recursion (a hostile page can nest deeper than the stack): each entry is a
  // node to visit with the block it belongs to, or null to mark the end of a block element.
  const stack: ({ node: Node; block: Element } | null)[] = [];
  const pushChildren = (el: Element, block: Element) => {
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, block });
  };
  pushChildren(root, root);
  let budget = MAX_WALK_NODES;
  while (stack.length > 0 && budget-- > 0) {
    const item = stack.pop()!;
    if (!item) {
      current = null;
      continue;
    }
    const { node, block } = item;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      if (!t) continue;
      if (!current || current.el !== block) {
        if (!t.trim()) continue;
        out.push((current = { el: block, raw: '' }));
      }
      current.raw += t;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (SKIP_TAGS.has(tag) || isHidden(el)) continue;
    if (tag === 'br' || (tag === 'table' && options.skipTable?.(el))) {
      current = null; // a line break ends a line (Word pages break paragraphs with <br>)
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      current = null;
      stack.push(null);
      pushChildren(el, el);
    } else pushChildren(el, block);
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
