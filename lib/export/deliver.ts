// Getting a file to the user from a page the extension owns (popup) or from the content script
// (panel in a shadow root): DOM APIs only, no extension permission. Every element added is
// removed again, so the page is left as it was.
import type { ExportFile } from './actions';

/** Where the button that asked is drawn: an extension page's document or the panel's shadow root. */
export type Root = Document | ShadowRoot;

/** The root a node is drawn in (its document when it is not attached). */
export function rootOf(node: Node): Root {
  const r = node.getRootNode();
  const isRoot = r.nodeType === 9 || (r.nodeType === 11 && 'host' in r); // a document, or a shadow root
  return isRoot ? (r as Root) : (node.ownerDocument ?? document);
}

/** The browser would not copy (no clipboard access and the copy command refused). */
export class CopyRefused extends Error {
  constructor() {
    super('the browser refused to copy');
    this.name = 'CopyRefused';
  }
}
const docOf = (root: Root): Document => ('body' in root ? root : root.ownerDocument);
const hostOf = (root: Root): Node => ('body' in root ? (root.body ?? root.documentElement) : root);

/**
 * Text to the clipboard. navigator.clipboard exists only in secure contexts, and many portals
 * are served over plain http, where a content script has none: then a selected textarea and the
 * copy command, inside the user's click. Its copy event carries the text as given, since a
 * textarea's value turns CRLF into LF (tests/e2e/export-panel.test.ts).
 */
export async function copyText(text: string, root: Root = document): Promise<void> {
  const clipboard = docOf(root).defaultView?.navigator.clipboard;
  if (clipboard) {
    try {
      await clipboard.writeText(text);
      return;
    } catch {
      /* denied (no focus, no permission): try the copy command */
    }
  }
  const doc = docOf(root);
  const previous = (root.activeElement ?? doc.activeElement) as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  area.addEventListener('copy', (e) => {
    if (!e.clipboardData) return; // then the selection itself is copied
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
  });
  hostOf(root).appendChild(area);
  try {
    area.select();
    if (!doc.execCommand('copy')) throw new CopyRefused();
  } finally {
    area.remove();
    previous?.focus?.();
  }
}

/** A download through a temporary link to a Blob URL (works in extension pages and content scripts). */
export function downloadFile(file: ExportFile, root: Root = document): void {
  const doc = docOf(root);
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.style.display = 'none';
  hostOf(root).appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // The download has started reading the Blob; revoking at once can cancel it in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
