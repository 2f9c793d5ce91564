// Reports published inside a same-origin iframe (a portal's article frame): the documents of the
// page's frames that this script may read. Cross-origin frames are skipped (and cannot be read).
const MAX_FRAMES = 20;
const MAX_DEPTH = 2;

/** The last walk's frames, for the rest of the task that made it (the per-page script's start looks twice). */
let recent: { doc: Document; count: number; frames: HTMLIFrameElement[] } | null = null;

export function frameElements(doc: Document): HTMLIFrameElement[] {
  // The window's frame count needs no walk of the DOM, and most pages have no frame at all: a
  // selector would walk the whole document (milliseconds on a 5 MB page) to find none.
  const count = doc.defaultView?.length ?? 0;
  if (!count) return [];
  if (recent?.doc === doc && recent.count === count) return recent.frames;
  // One tag per walk (a selector list is matched element by element, without the fast path of a
  // single tag), and each walk only as far as the last frame the window counts.
  const want = Math.min(count, MAX_FRAMES);
  const frames: HTMLIFrameElement[] = [];
  for (const tag of ['iframe', 'frame'] as const) {
    const found = doc.getElementsByTagName(tag) as HTMLCollectionOf<HTMLIFrameElement>;
    for (let i = 0; frames.length < want; i++) {
      const frame = found.item(i);
      if (!frame) break;
      frames.push(frame);
    }
  }
  recent = { doc, count, frames };
  // Not kept past this task: a page may replace a frame without changing how many it has.
  queueMicrotask(() => {
    recent = null;
  });
  return frames;
}

/**
 * Whether a frame loads a page of the document's own origin. Frames without a page of their own
 * (about:blank, srcdoc: widgets, viewers waiting for a file) are not read: reading a frame's document
 * makes the browser set up the extension's script world in it, which costs milliseconds, and a
 * report comes in a frame that loads a page.
 */
function loadsOwnOriginPage(frame: HTMLIFrameElement, doc: Document): boolean {
  if (!frame.getAttribute('src')?.trim() || frame.hasAttribute('srcdoc')) return false;
  // The src property is the attribute resolved against the document's base URL, serialised
  // (scheme and host lower case, default port dropped), as an origin is: a prefix says it.
  const url = frame.src;
  const origin = doc.location?.origin;
  return !!origin && /^https?:\/\//.test(origin) && url.startsWith(`${origin}/`);
}

/** Readable documents of the page's frames, nested frames included (two levels). */
export function sameOriginFrameDocs(doc: Document, depth = 1): Document[] {
  const out: Document[] = [];
  for (const frame of frameElements(doc)) {
    if (!loadsOwnOriginPage(frame, doc)) continue;
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
