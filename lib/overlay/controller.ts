// Puts an audit on the page and takes it off again. The marks layer lives in the report's own
// document (which may be a same-origin iframe's), the panel in the top page; both share one store.
// clear() removes every trace: the page's DOM is exactly as before.
import { h, render } from 'preact';
import type { AuditResult } from '../model/schema';
import type { ExtractedReport } from '../extract/types';
import type { Lang } from '../i18n/translate';
import { addContainer, mountHost, type OverlayHost } from './host';
import { buildModel, type OverlayModel } from './model';
import { createStore, type OverlayState, type Store } from './store';
import { Layer } from './Layer';
import { Panel, type OverlaySlots } from './Panel';
import layerCss from './overlay.css?inline';
import panelCss from './panel.css?inline';

export interface OverlayOptions {
  lang: Lang;
  /** Called after the person pressed "Clear" (the overlay is already gone). */
  onCleared?: () => void;
  slots?: OverlaySlots;
  /** Ids of the rules that ran, for a clean report's "what was checked" (the content script learns them from the background). */
  rules?: () => readonly string[];
  /** Styles of what the slots draw (they live in the same shadow root). */
  slotsCss?: string;
}

export interface ShowOptions {
  /** Open the panel expanded (default) or as its small reopen button. */
  open?: boolean;
  /** Move keyboard focus into the panel (on an explicit request only). */
  focus?: boolean;
  /** Called once the marks are drawn at their cells (a render after show() returns: the layout is read first). */
  onDrawn?: () => void;
}

export interface Overlay {
  /**
   * Put the overlay's empty hosts for `doc` on the page ahead of show(), which takes them: their
   * styles are parsed while the rules run in the background, not after. The overlay shown stays.
   */
  prepare(doc: Document): void;
  /** Remove hosts prepared and not shown (an audit that failed). */
  discardPrepared(): void;
  show(doc: Document, result: AuditResult, extracted: ExtractedReport, options?: ShowOptions): void;
  setLang(lang: Lang): void;
  /** Expand the panel, focusing it. */
  open(): void;
  clear(): void;
  readonly shown: boolean;
}

const CSS = `${layerCss}\n${panelCss}`;
/** The start of a quoted sentence kept clear of the panel: its first two characters or so. */
const START_WIDTH = 32;
/** Room kept above and below what is shown. */
const MARGIN = 16;

export function createOverlay(top: Document, options: OverlayOptions): Overlay {
  let lang = options.lang;
  let hosts: OverlayHost[] = [];
  let containers: HTMLElement[] = [];
  let store: Store<OverlayState> | null = null;
  const css = options.slotsCss ? `${CSS}\n${options.slotsCss}` : CSS;

  let prepared: { doc: Document; hosts: OverlayHost[] } | null = null;
  const mountHosts = (doc: Document): OverlayHost[] => (doc === top ? [mountHost(doc, css)] : [mountHost(doc, css), mountHost(top, css)]);
  const discardPrepared = () => {
    prepared?.hosts.forEach((x) => x.remove());
    prepared = null;
  };

  const clear = () => {
    discardPrepared();
    containers.forEach((c) => render(null, c));
    hosts.forEach((x) => x.remove());
    hosts = [];
    containers = [];
    store = null;
  };

  /** After scrolling to it: keep what is shown clear of the panel (move the panel across, or scroll above it when docked at the bottom). */
  const clearOfPanel = (r: { left: number; right: number; top: number; bottom: number }, doc: Document, s: Store<OverlayState>) => {
    const panel = containers[1]?.querySelector('.panel')?.getBoundingClientRect();
    const win = top.defaultView;
    if (!panel || !win) return;
    const frame = doc.defaultView?.frameElement?.getBoundingClientRect();
    const left = r.left + (frame?.left ?? 0);
    const right = r.right + (frame?.left ?? 0);
    const bottom = r.bottom + (frame?.top ?? 0);
    if (right <= panel.left || left >= panel.right || bottom <= panel.top || r.top + (frame?.top ?? 0) >= panel.bottom) return;
    const width = win.innerWidth;
    if (panel.width >= width - 1) win.scrollBy(0, bottom - panel.top + MARGIN);
    else if (right <= width - panel.right || left >= width - panel.left) s.set({ side: s.get().side === 'left' ? 'right' : 'left' });
  };

  const reveal = (model: OverlayModel, doc: Document, s: Store<OverlayState>, i: number) => {
    const where = model.where[i];
    const range = where?.kind === 'text' ? model.texts[where.text]!.range : null;
    const el =
      where?.kind === 'cells' ? model.marks[where.marks[0]!]!.el
      : range ? range.startContainer.parentElement
      : where?.kind === 'section' ? model.sections.find((x) => x.number === where.section)?.el
      : model.anchor;
    if (el) {
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      // Centre all of it when it fits: a column's operands together, a sentence of a long paragraph.
      const boxes = range ? [range.getBoundingClientRect()] : where?.kind === 'cells' ? where.marks.map((m) => model.marks[m]!.el.getBoundingClientRect()) : [];
      const win = doc.defaultView;
      if (boxes.length > 0 && win) {
        const upper = Math.min(...boxes.map((b) => b.top));
        const lower = Math.max(...boxes.map((b) => b.bottom));
        if (lower - upper < win.innerHeight - 2 * MARGIN) win.scrollBy(0, (upper + lower - win.innerHeight) / 2);
      }
      // A sentence may run the width of the page: what must be clear is where it starts.
      const start = range?.getClientRects()[0];
      // The banner keeps itself clear of the panel (Layer.tsx).
      if (where?.kind !== 'banner') clearOfPanel(start ? { left: start.left, right: start.left + START_WIDTH, top: start.top, bottom: start.bottom } : el.getBoundingClientRect(), doc, s);
    }
    s.set({ active: i, flash: s.get().flash + 1, bannerOpen: s.get().bannerOpen || where?.kind === 'banner' });
  };

  return {
    prepare(doc) {
      discardPrepared();
      prepared = { doc, hosts: mountHosts(doc) };
    },
    discardPrepared,
    show(doc, result, extracted, { open = true, focus = false, onDrawn } = {}) {
      const ready = prepared?.doc === doc ? prepared.hosts : null;
      if (ready) prepared = null;
      clear();
      const model = buildModel(result, extracted, doc);
      const s = createStore<OverlayState>({ lang, open, active: null, hover: [], flash: 0, bannerOpen: true, focusRequest: focus ? 1 : 0, side: 'right' });
      store = s;
      hosts = ready ?? mountHosts(doc);
      const layerHost = hosts[0]!;
      const panelHost = hosts[1] ?? layerHost;
      const layer = addContainer(layerHost, 'layer-root');
      const panel = addContainer(panelHost, 'panel-root');
      containers = [layer, panel];
      render(h(Layer, { model, store: s, doc, onDrawn }), layer);
      render(
        h(Panel, {
          model,
          store: s,
          rules: options.rules?.() ?? [],
          slots: options.slots,
          onReveal: (i: number) => reveal(model, doc, s, i),
          onClear: () => {
            clear();
            options.onCleared?.();
          },
        }),
        panel,
      );
    },
    setLang(next) {
      lang = next;
      store?.set({ lang: next });
    },
    open() {
      store?.set({ open: true, focusRequest: store.get().focusRequest + 1 });
    },
    clear,
    get shown() {
      return store !== null;
    },
  };
}
