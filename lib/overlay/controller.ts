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
}

export interface Overlay {
  show(doc: Document, result: AuditResult, extracted: ExtractedReport, options?: ShowOptions): void;
  setLang(lang: Lang): void;
  /** Expand the panel, focusing it. */
  open(): void;
  clear(): void;
  readonly shown: boolean;
}

const CSS = `${layerCss}\n${panelCss}`;

export function createOverlay(top: Document, options: OverlayOptions): Overlay {
  let lang = options.lang;
  let hosts: OverlayHost[] = [];
  let containers: HTMLElement[] = [];
  let store: Store<OverlayState> | null = null;
  const css = options.slotsCss ? `${CSS}\n${options.slotsCss}` : CSS;

  const clear = () => {
    containers.forEach((c) => render(null, c));
    hosts.forEach((x) => x.remove());
    hosts = [];
    containers = [];
    store = null;
  };

  const reveal = (model: OverlayModel, s: Store<OverlayState>, i: number) => {
    const where = model.where[i];
    const scrollTo = (el: Element | null | undefined) => el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    if (where?.kind === 'cells') scrollTo(model.marks[where.marks[0]!]!.el);
    else if (where?.kind === 'text') scrollTo(model.texts[where.text]!.range.startContainer.parentElement);
    else if (where?.kind === 'section') scrollTo(model.sections.find((x) => x.number === where.section)?.el);
    else scrollTo(model.anchor);
    s.set({ active: i, flash: s.get().flash + 1, bannerOpen: s.get().bannerOpen || where?.kind === 'banner' });
  };

  return {
    show(doc, result, extracted, { open = true, focus = false } = {}) {
      clear();
      const model = buildModel(result, extracted, doc);
      const s = createStore<OverlayState>({ lang, open, active: null, hover: [], flash: 0, bannerOpen: true, focusRequest: focus ? 1 : 0 });
      store = s;
      const layerHost = mountHost(doc, css);
      const panelHost = doc === top ? layerHost : mountHost(top, css);
      hosts = doc === top ? [layerHost] : [layerHost, panelHost];
      const layer = addContainer(layerHost, 'layer-root');
      const panel = addContainer(panelHost, 'panel-root');
      containers = [layer, panel];
      render(h(Layer, { model, store: s, doc }), layer);
      render(
        h(Panel, {
          model,
          store: s,
          rules: options.rules?.() ?? [],
          slots: options.slots,
          onReveal: (i: number) => reveal(model, s, i),
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
