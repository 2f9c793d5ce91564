// Text of page elements as a reader sees it: scripts and styles inside cells are not text.
import { normalizeText } from '../text/normalize';

const SKIP = new Set(['script', 'style', 'noscript', 'template']);

/** The element's text as written (scripts and styles left out), with runs of whitespace collapsed. */
export function elementRawText(el: Element): string {
  // Fast path: most cells hold no script or style.
  let out = '';
  if (!el.querySelector('script,style,noscript,template')) out = el.textContent ?? '';
  else {
    const walk = (node: Node): void => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) out += child.nodeValue ?? '';
        else if (child.nodeType === 1 && !SKIP.has((child as Element).localName)) walk(child);
      }
    };
    walk(el);
  }
  return out.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** The element's text, normalised for reading (normalizeText: half-width, one space). */
export function elementText(el: Element): string {
  return normalizeText(elementRawText(el));
}
