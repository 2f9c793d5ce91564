// Reports published inside a same-origin iframe (a portal's article frame): the documents of the
// page's frames that this script may read. Cross-origin frames are skipped (and cannot be read).
const MAX_FRAMES = 20;
const MAX_DEPTH = 2;

export function frameElements(doc: Document): HTMLIFrameElement[] {
  return Array.from(doc.querySelectorAll<HTMLIFrameElement>('iframe, frame')).slice(0, MAX_FRAMES);
}

/** Readable documents of the page's frames, nested frames included (two levels). */
export function sameOriginFrameDocs(doc: Document, depth = 1): Document[] {
  const out: Document[] = [];
  for (const frame of frameElements(doc)) {
    let inner: Document | null = null;
    try {
      inner = frame.contentDocument; // null (or a throw, in some browsers) across origins
    } catch {
      inner = null;
    }
    if (!inner?.documentElement) continue;
    out.push(inner);
    if (depth < MAX_DEPTH) out.push(...sameOriginFrameDocs(inner, depth + 1));
  }
  return out;
}
