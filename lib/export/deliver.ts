// Getting a file to the user from a page the extension owns (popup) or from the content script
// (panel in a shadow root): DOM APIs only, no extension permission. Every element added is
// removed again, so the page is left as it was.
import type { ExportFile } from './actions';

type Root = Document | ShadowRoot;

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
 * copy command, inside the user's click.
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
