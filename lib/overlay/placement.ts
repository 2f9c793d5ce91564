// Where a mark's badge goes so that it never covers the number it is about: inside a corner of
// the cell that the cell's text leaves free (one with a few pixels to spare first), with its
// short label when there is room for it;
// failing that (a narrow cell), on the cell's border in the band that the text of the cell and
// of its neighbours leaves free, smaller if need be; failing that, no badge.
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface BadgePlace {
  left: number;
  top: number;
  /** The badge's height (and its icon's size). */
  size: number;
  /** Whether the short label ("错误") fits beside the icon. */
  label: boolean;
}

export const ICON_SIZE = 14;
const SMALL_ICON = 10;
/** Inside the mark's 2px frame. */
const INSET = 2;

const overlaps = (a: Rect, b: Rect): boolean =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
/** Room kept inside a cell around its text: measured boxes can be a pixel off (line boxes, rounding). */
const TEXT_MARGIN = 1;
/** Room preferred when a corner has it: a badge a pixel from a number reads as touching it. */
const ROOMY_MARGIN = 4;
const grown = (t: Rect, m: number): Rect => ({ left: t.left - m, top: t.top - m, width: t.width + 2 * m, height: t.height + 2 * m });
const clear = (r: Rect, text: readonly Rect[], margin = 0) => !text.some((t) => t.width > 0 && t.height > 0 && overlaps(r, grown(t, margin)));

function corners(cell: Rect, w: number, h: number): Rect[] {
  const l = cell.left + INSET;
  const r = cell.left + cell.width - INSET - w;
  const t = cell.top + INSET;
  const b = cell.top + cell.height - INSET - h;
  return [
    { left: r, top: t, width: w, height: h },
    { left: l, top: t, width: w, height: h },
    { left: r, top: b, width: w, height: h },
    { left: l, top: b, width: w, height: h },
  ];
}

/** Spots of a square badge centred on the cell's border: along the top and bottom, then the sides. */
function borderSpots(cell: Rect, s: number): Rect[] {
  const half = s / 2;
  const right = cell.left + cell.width;
  const bottom = cell.top + cell.height;
  const xs = [right - s - INSET, cell.left + INSET, cell.left + (cell.width - s) / 2];
  const ys = [cell.top + INSET, bottom - s - INSET, cell.top + (cell.height - s) / 2];
  return [
    ...xs.map((x) => ({ left: x, top: cell.top - half, width: s, height: s })),
    ...xs.map((x) => ({ left: x, top: bottom - half, width: s, height: s })),
    ...ys.map((y) => ({ left: right - half, top: y, width: s, height: s })),
    ...ys.map((y) => ({ left: cell.left - half, top: y, width: s, height: s })),
    { left: right - half, top: cell.top - half, width: s, height: s },
  ];
}

/**
 * The badge's place for a cell whose text occupies `text` rectangles; `labelWidth` is the width of
 * icon plus label; `neighbours` gives the text rectangles of the cells around (asked only when the
 * badge cannot go inside). All rectangles are in the same coordinates.
 */
export function placeBadge(cell: Rect, text: readonly Rect[], labelWidth: number, neighbours: () => readonly Rect[] = () => []): BadgePlace | null {
  const within = (r: Rect) =>
    r.left >= cell.left && r.top >= cell.top && r.left + r.width <= cell.left + cell.width && r.top + r.height <= cell.top + cell.height;
  for (const margin of [ROOMY_MARGIN, TEXT_MARGIN]) {
    for (const [w, label] of [[labelWidth, true], [ICON_SIZE, false]] as const) {
      const spot = corners(cell, w, ICON_SIZE).find((r) => within(r) && clear(r, text, margin));
      if (spot) return { left: spot.left, top: spot.top, size: ICON_SIZE, label };
    }
  }
  const around = [...text, ...neighbours()];
  for (const size of [ICON_SIZE, SMALL_ICON]) {
    const spot = borderSpots(cell, size).find((r) => clear(r, around));
    if (spot) return { left: spot.left, top: spot.top, size, label: false };
  }
  // No room anywhere (cramped cells, every neighbour marked too): no badge rather than one over a
  // number; the frame still marks the cell and the panel lists the finding.
  return null;
}

/** Rough width of a badge with its label: CJK characters are about as wide as the font size. */
export function labelWidth(label: string, fontSize = 11): number {
  let w = ICON_SIZE + 8;
  for (const ch of label) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? fontSize : fontSize * 0.6;
  return Math.ceil(w);
}

/** Room between a heading's text and its badge. */
const BESIDE_GAP = 6;

/**
 * A heading's badge, with its label: after the heading's text at mid-height (`box` hugs the
 * text), else before it, else just above its start; `view` is the visible width.
 */
export function besideText(box: Rect, width: number, view: { left: number; right: number }): BadgePlace {
  const top = box.top + (box.height - ICON_SIZE) / 2;
  const after = box.left + box.width + BESIDE_GAP;
  if (after + width <= view.right) return { left: after, top, size: ICON_SIZE, label: true };
  const before = box.left - BESIDE_GAP - width;
  if (before >= view.left) return { left: before, top, size: ICON_SIZE, label: true };
  return { left: box.left, top: box.top - ICON_SIZE - INSET, size: ICON_SIZE, label: true };
}
