// The layer drawn over the report: a frame on each problem cell with a badge that avoids the
// cell's text (a lighter outline on the operands of a sum, linked to its total's badge),
// highlights over quoted sentences, marks on section headings, and the banner above the report.
// Everything is positioned from the page's own boxes; nothing in the page changes.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../model/schema';
import { translate } from '../i18n/translate';
import { levelLabelKey, levelOf, RANK, type Level } from './levels';
import { markRules } from './marks';
import type { OverlayModel } from './model';
import { besideText, labelWidth, placeBadge, type BadgePlace, type Rect } from './placement';
import { useStore, type OverlayState, type Store } from './store';
import { Icon } from './Icon';
import { findingMessage } from '../summary';

export interface LayerProps {
  model: OverlayModel;
  store: Store<OverlayState>;
  /** The report's document (an iframe's, or the top page's). */
  doc: Document;
  /** Called once, when the marks stand at their cells (the render after the first layout read). */
  onDrawn?: () => void;
}

interface Layout {
  marks: ({ box: Rect; badge: BadgePlace | null } | null)[];
  texts: Rect[][];
  sections: ({ box: Rect; badge: BadgePlace | null } | null)[];
  anchor: Rect | null;
  /** The visible part of the document, in layer coordinates (to keep tooltips on screen). */
  view: { left: number; right: number };
}

/** What the pointer or keyboard is on: a cell mark, a highlighted sentence, a section heading. */
type Target = { kind: 'mark' | 'text' | 'section'; i: number };

const EMPTY: Layout = { marks: [], texts: [], sections: [], anchor: null, view: { left: 0, right: 0 } };
const TIP_WIDTH = 360;
/** Text nodes measured per cell or heading: a cell holds a number, a heading one line. */
const MAX_TEXT_NODES = 50;
/** Room between a heading's text and its frame. */
const HEADING_PAD = 2;

/** The panel's geometry in panel.css: its width, its margin from the window's edge, the width below which it docks at the bottom. */
const PANEL = { width: 380, edge: 12, narrow: 520 };
const BANNER_MIN = 280;

/**
 * The part of the visible width that the open panel leaves free, in layer coordinates: the
 * banner and the messages stay in it. A report in a frame has the panel outside its document.
 */
function freeBand(view: Layout['view'], s: OverlayState, doc: Document): Layout['view'] {
  const win = doc.defaultView;
  const vw = view.right - view.left;
  if (!s.open || !win || win !== win.top || vw <= PANEL.narrow) return view;
  const taken = Math.min(PANEL.width, vw - 2 * PANEL.edge) + PANEL.edge + 8;
  return s.side === 'left' ? { left: view.left + taken, right: view.right } : { left: view.left, right: view.right - taken };
}

/** The banner's left and width: over the report's title, within the free band when it fits there. */
function bannerBand(anchor: Rect, free: Layout['view']): { left: number; width: number } {
  const own = { left: anchor.left, width: Math.max(anchor.width, BANNER_MIN) };
  const left = Math.max(own.left, free.left);
  const width = Math.min(own.left + own.width, free.right) - left;
  return width >= BANNER_MIN ? { left, width } : own;
}

const inside = (r: Rect, x: number, y: number) => x >= r.left && x <= r.left + r.width && y >= r.top && y <= r.top + r.height;
const px = (r: Rect) => ({ left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });

function strongest(findings: readonly Finding[], indexes: readonly number[]): Level {
  return indexes.map((i) => levelOf(findings[i]!)).sort((a, b) => RANK[a] - RANK[b])[0] ?? 'info';
}

/** Page boxes in the layer's coordinates, re-read when the page's layout may have moved. */
function useLayout(model: OverlayModel, origin: { current: HTMLElement | null }, doc: Document, lang: OverlayState['lang']): Layout {
  const [layout, setLayout] = useState<Layout>(EMPTY);
  useLayoutEffect(() => {
    const win = doc.defaultView;
    let frame = 0;
    // The last layout set, serialised: a re-read that finds every box where it was (the window
    // scrolled, the first notification of an observer) renders nothing again.
    let drawnAt = '';
    const measure = () => {
      frame = 0;
      const o = origin.current?.getBoundingClientRect();
      if (!o) return;
      const rel = (r: DOMRect | Rect): Rect => ({ left: r.left - o.left, top: r.top - o.top, width: r.width, height: r.height });
      const range = doc.createRange();
      // The boxes of the text itself: a range over an element would also give the boxes of the
      // blocks inside it (Word's <p class=MsoNormal> fills its cell), leaving no corner free.
      const textOf = (el: Element) => {
        const out: Rect[] = [];
        const walker = doc.createTreeWalker(el, 4 /* SHOW_TEXT */);
        for (let n = walker.nextNode(), count = 0; n && count < MAX_TEXT_NODES; n = walker.nextNode(), count++) {
          if (!n.nodeValue?.trim()) continue;
          range.selectNodeContents(n);
          for (const r of range.getClientRects()) out.push(rel(r));
        }
        return out;
      };
      // The cells beside, above and below (rows of a table; nothing for a heading).
      const neighbourText = (el: Element) => () => {
        const row = el.parentElement;
        if (row?.localName !== 'tr') return [];
        const rows = [row.previousElementSibling, row, row.nextElementSibling];
        return rows.flatMap((r) => (r ? Array.from(r.children) : [])).filter((c) => c !== el).flatMap(textOf);
      };
      const width = (level: Level) => labelWidth(translate(lang, levelLabelKey(level)));
      const place = (el: Element, level: Level, badged: boolean) => {
        const box = rel(el.getBoundingClientRect());
        if (box.width === 0 && box.height === 0) return null; // hidden (display: none)
        return { box, badge: badged ? placeBadge(box, textOf(el), width(level), neighbourText(el)) : null };
      };
      const view = { left: -o.left, right: doc.documentElement.clientWidth - o.left };
      // A heading's frame hugs its text (a heading is often a full-width block), its badge beside it.
      const heading = (el: Element, level: Level) => {
        const lines = textOf(el).filter((r) => r.width > 0 && r.height > 0);
        if (lines.length === 0) return place(el, level, true);
        const left = Math.min(...lines.map((r) => r.left)) - HEADING_PAD;
        const top = Math.min(...lines.map((r) => r.top)) - HEADING_PAD;
        const box = { left, top, width: Math.max(...lines.map((r) => r.left + r.width)) + HEADING_PAD - left,
          height: Math.max(...lines.map((r) => r.top + r.height)) + HEADING_PAD - top };
        return { box, badge: besideText(box, width(level), view) };
      };
      const findings = model.result.findings;
      const next: Layout = {
        marks: model.marks.map((m) => place(m.el, m.level, !m.operand)),
        texts: model.texts.map((t) => Array.from(t.range.getClientRects(), rel).filter((r) => r.width > 0)),
        sections: model.sections.map((s) => heading(s.el, strongest(findings, s.findings))),
        anchor: model.anchor ? rel(model.anchor.getBoundingClientRect()) : null,
        view,
      };
      const at = JSON.stringify(next);
      if (at === drawnAt) return;
      drawnAt = at;
      setLayout(next);
    };
    const schedule = () => {
      if (!frame) frame = win ? win.requestAnimationFrame(measure) : 0;
    };
    measure();
    win?.addEventListener('resize', schedule);
    // Cells inside scrolling boxes move without the window scrolling: listen in the capture phase.
    doc.addEventListener('scroll', schedule, { capture: true, passive: true });
    // Images and late content change the layout without a resize event.
    // Its first notification only reports the size the layout was just read at: skipped.
    let initial = true;
    const resize = win && 'ResizeObserver' in win ? new win.ResizeObserver(() => {
      if (initial) initial = false;
      else schedule();
    }) : null;
    if (doc.body) resize?.observe(doc.body);
    // Web fonts that finish loading later change the text's boxes (fonts already loaded change nothing).
    doc.fonts?.addEventListener('loadingdone', schedule);
    return () => {
      if (frame) win?.cancelAnimationFrame(frame);
      doc.fonts?.removeEventListener('loadingdone', schedule);
      win?.removeEventListener('resize', schedule);
      doc.removeEventListener('scroll', schedule, { capture: true });
      resize?.disconnect();
    };
  }, [model, origin, doc, lang]);
  return layout;
}

/** The target under the pointer, found from the layout (the marks let the pointer through to the page). */
function useHoverTarget(layout: Layout, origin: { current: HTMLElement | null }, doc: Document): Target | null {
  const [target, setTarget] = useState<Target | null>(null);
  const latest = useRef(layout);
  latest.current = layout;
  useLayoutEffect(() => {
    const win = doc.defaultView;
    let frame = 0;
    let x = 0;
    let y = 0;
    const hitTest = () => {
      frame = 0;
      const o = origin.current?.getBoundingClientRect();
      if (!o) return;
      const px = x - o.left;
      const py = y - o.top;
      const l = latest.current;
      let hit: Target | null = null;
      const mi = l.marks.findIndex((m) => m && inside(m.box, px, py));
      if (mi >= 0) hit = { kind: 'mark', i: mi };
      else {
        const ti = l.texts.findIndex((rs) => rs.some((r) => inside(r, px, py)));
        if (ti >= 0) hit = { kind: 'text', i: ti };
        else {
          const si = l.sections.findIndex((s) => s && inside(s.box, px, py));
          if (si >= 0) hit = { kind: 'section', i: si };
        }
      }
      setTarget((old) => (old?.kind === hit?.kind && old?.i === hit?.i ? old : hit));
    };
    const onMove = (e: PointerEvent) => {
      x = e.clientX;
      y = e.clientY;
      if (!frame) frame = win ? win.requestAnimationFrame(hitTest) : 0;
    };
    const onLeave = () => setTarget(null);
    doc.addEventListener('pointermove', onMove, { passive: true });
    doc.documentElement.addEventListener('pointerleave', onLeave);
    return () => {
      if (frame) win?.cancelAnimationFrame(frame);
      doc.removeEventListener('pointermove', onMove);
      doc.documentElement.removeEventListener('pointerleave', onLeave);
    };
  }, [origin, doc]);
  return target;
}

export function Layer({ model, store, doc, onDrawn }: LayerProps) {
  const s = useStore(store);
  const t = (key: string, params?: Record<string, string | number>) => translate(s.lang, key, params);
  const origin = useRef<HTMLDivElement>(null);
  const banner = useRef<HTMLDivElement>(null);
  const [bannerHeight, setBannerHeight] = useState(0);
  const layout = useLayout(model, origin, doc, s.lang);
  const pointed = useHoverTarget(layout, origin, doc);
  const [focused, setFocused] = useState<Target | null>(null);
  const findings = model.result.findings;

  const targetFindings = (tg: Target | null): number[] =>
    !tg ? [] : tg.kind === 'mark' ? model.marks[tg.i]!.findings : tg.kind === 'text' ? [model.texts[tg.i]!.finding] : model.sections[tg.i]!.findings;

  // The sum's operands light up together: the pointer's or focus's findings, else the panel's choice.
  const under = focused ?? pointed;
  const linked = new Set(under ? targetFindings(under) : s.hover);
  const activeWhere = s.active === null ? null : model.where[s.active];
  const activeTarget: Target | null =
    activeWhere?.kind === 'cells' ? { kind: 'mark', i: activeWhere.marks[0]! }
    : activeWhere?.kind === 'text' ? { kind: 'text', i: activeWhere.text }
    : activeWhere?.kind === 'section' ? { kind: 'section', i: model.sections.findIndex((x) => x.number === activeWhere.section) }
    : null;
  const tip = under ?? activeTarget;
  const isActive = (ids: readonly number[]) => s.active !== null && ids.includes(s.active);
  const flash = s.flash % 2 ? 'flash-a' : 'flash-b';
  const stateClass = (ids: readonly number[]) =>
    `${ids.some((i) => linked.has(i)) ? ' linked' : ''}${isActive(ids) ? ` active ${s.flash ? flash : ''}` : ''}`;

  const drawn = useRef(false);
  useLayoutEffect(() => {
    if (layout === EMPTY || drawn.current) return;
    drawn.current = true;
    onDrawn?.();
  }, [layout]);

  useLayoutEffect(() => {
    const h = banner.current?.offsetHeight ?? 0;
    if (h !== bannerHeight) setBannerHeight(h);
  });

  /**
   * The boxes a finding is shown in on the page, of one kind: a sentence compared with a table
   * cell is shown in both places, and the message goes beside the one pointed at.
   */
  const boxesOf = (i: number, kind: Target['kind']): Rect[] => {
    const w = model.where[i];
    if (kind === 'mark' && (w?.kind === 'cells' || w?.kind === 'text')) return w.marks.flatMap((mi) => (layout.marks[mi] ? [layout.marks[mi]!.box] : []));
    if (kind === 'text' && w?.kind === 'text') return layout.texts[w.text] ?? [];
    if (kind === 'section' && w?.kind === 'section') return layout.sections.flatMap((b, si) => (b && model.sections[si]!.number === w.section ? [b.box] : []));
    return [];
  };
  // The message goes below all the boxes of its findings together, so it hides none of the operands.
  const tipBox = (): { box: Rect; ids: number[] } | null => {
    if (!tip || tip.i < 0) return null;
    const ids = targetFindings(tip);
    const boxes = ids.flatMap((i) => boxesOf(i, tip.kind));
    if (boxes.length === 0) return null;
    const left = Math.min(...boxes.map((b) => b.left));
    const top = Math.min(...boxes.map((b) => b.top));
    const right = Math.max(...boxes.map((b) => b.left + b.width));
    const bottom = Math.max(...boxes.map((b) => b.top + b.height));
    return { box: { left, top, width: right - left, height: bottom - top }, ids };
  };
  const shown = tipBox();

  const messages = (ids: readonly number[]) => ids.map((i) => findingMessage(findings[i]!, s.lang)).join(' ');
  const focusProps = (ids: number[], target: Target) => ({
    onFocus: () => setFocused(target),
    onBlur: () => setFocused(null),
    onClick: () => store.set({ active: ids[0]!, open: true }),
  });
  const badge = (place: BadgePlace, box: Rect, level: Level, ids: number[], target: Target) => (
    <button
      type="button"
      class={`badge badge-${level}`}
      style={{ left: `${place.left - box.left}px`, top: `${place.top - box.top}px`, height: `${place.size}px`, borderRadius: `${place.size / 2}px` }}
      aria-label={`${t(levelLabelKey(level))}: ${messages(ids)}`}
      {...focusProps(ids, target)}
    >
      <Icon level={level} size={place.label ? place.size - 2 : place.size} />
      {place.label && <span class="badge-label">{t(levelLabelKey(level))}</span>}
    </button>
  );
  // A mark without a badge (an operand, or a cell too cramped for one) is still a keyboard stop
  // naming its findings: a transparent button over the cell that lets the pointer through.
  const cover = (level: Level, ids: number[], target: Target, operand: boolean) => (
    <button
      type="button"
      class="cover"
      aria-label={`${operand ? t('mark.operand', { level: t(levelLabelKey(level)) }) : t(levelLabelKey(level))}: ${messages(ids)}`}
      {...focusProps(ids, target)}
    />
  );

  const anchor = layout.anchor;
  const bannerTop = anchor ? (anchor.top - bannerHeight - 6 >= 0 ? anchor.top - bannerHeight - 6 : anchor.top + anchor.height + 6) : 0;
  const free = freeBand(layout.view, s, doc);
  const bannerX = anchor ? bannerBand(anchor, free) : null;
  // The message stays in the free band when it fits there, else in the window.
  const tipArea = free.right - free.left >= TIP_WIDTH + 12 ? free : layout.view;

  return (
    <div class="origin" ref={origin}>
      {model.marks.map((m, i) => {
        const l = layout.marks[i];
        if (!l) return null;
        return (
          <div
            class={`mark mark-${m.level}${m.operand ? ' mark-operand' : ''}${stateClass(m.findings)}`}
            style={px(l.box)}
            data-rule={markRules(m, findings)}
            data-severity={m.level}
            data-table={m.addr.table}
            data-row={m.addr.row}
            data-col={m.addr.col}
            data-role={m.operand ? 'operand' : undefined}
          >
            {l.badge ? badge(l.badge, l.box, m.level, m.findings, { kind: 'mark', i }) : cover(m.level, m.findings, { kind: 'mark', i }, m.operand)}
          </div>
        );
      })}
      {model.texts.map((tx, i) => {
        const f = findings[tx.finding]!;
        const level = levelOf(f);
        return (layout.texts[i] ?? []).map((r) => (
          <div
            class={`hl hl-${level}${stateClass([tx.finding])}`}
            style={px(r)}
            data-rule={f.rule}
            data-severity={level}
            data-section={f.section}
          />
        ));
      })}
      {model.sections.map((sec, i) => {
        const l = layout.sections[i];
        if (!l) return null;
        const level = strongest(findings, sec.findings);
        return (
          <div
            class={`mark mark-section mark-${level}${stateClass(sec.findings)}`}
            style={px(l.box)}
            data-rule={[...new Set(sec.findings.map((x) => findings[x]!.rule))].join(' ')}
            data-severity={level}
            data-section={sec.number}
          >
            {l.badge && badge(l.badge, l.box, level, sec.findings, { kind: 'section', i })}
          </div>
        );
      })}
      {shown && (
        <div
          class="tip"
          role="tooltip"
          style={{
            top: `${shown.box.top + shown.box.height + 6}px`,
            left: `${Math.max(tipArea.left + 4, Math.min(shown.box.left, tipArea.right - TIP_WIDTH - 8))}px`,
          }}
        >
          {shown.ids.map((i) => (
            <p class={`tip-line tip-${levelOf(findings[i]!)}`}>
              <Icon level={levelOf(findings[i]!)} /> <strong>{t(levelLabelKey(levelOf(findings[i]!)))}</strong>{' '}
              {findingMessage(findings[i]!, s.lang)}
            </p>
          ))}
        </div>
      )}
      {model.banner.length > 0 && s.bannerOpen && anchor && (
        <div
          class={`banner${isActive(model.banner) ? ` active ${s.flash ? flash : ''}` : ''}`}
          ref={banner}
          role="region"
          aria-label={t('banner.title')}
          style={{ top: `${bannerTop}px`, left: `${bannerX!.left}px`, width: `${bannerX!.width}px` }}
        >
          <div class="banner-head">
            <strong>{t('banner.title')}</strong>
            <button type="button" class="banner-close" aria-label={t('banner.close')} onClick={() => store.set({ bannerOpen: false })}>×</button>
          </div>
          <ul>
            {model.banner.map((i) => {
              const f = findings[i]!;
              const level = levelOf(f);
              return (
                <li class={`banner-item banner-${level}`} data-rule={f.rule} data-severity={level}>
                  <Icon level={level} /> <strong>{t(levelLabelKey(level))}</strong> {findingMessage(f, s.lang)}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
