// The overlay's only footprint on the page: one element after <body> holding an open shadow root.
// Removing it leaves the page's DOM exactly as it was.
export const HOST_TAG = 'nianbao-audit-overlay';

export interface OverlayHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  remove(): void;
}

export function mountHost(doc: Document, css: string): OverlayHost {
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  // The page's styles cannot reach in (an author !important loses to the shadow's own), and ours stay inside.
  style.textContent = `:host{all:initial !important}\n${css}`;
  shadow.append(style);
  doc.documentElement.append(host);
  return { host, shadow, remove: () => host.remove() };
}

/** A container for one Preact root inside the shadow root. */
export function addContainer(h: OverlayHost, className: string): HTMLElement {
  const div = h.host.ownerDocument.createElement('div');
  div.className = className;
  h.shadow.append(div);
  return div;
}
