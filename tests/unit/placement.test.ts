// Badges must never cover the numbers they are about (nor their neighbours').
import { describe, expect, it } from 'vitest';
import { besideText, labelWidth, placeBadge, type Rect } from '../../lib/overlay/placement';

const overlaps = (a: Rect, b: Rect) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
const box = (p: { left: number; top: number; size: number }, width = p.size): Rect => ({ left: p.left, top: p.top, width, height: p.size });

describe('badge placement', () => {
  it('puts the icon and label inside a wide cell, clear of its text', () => {
    const cell = { left: 0, top: 0, width: 200, height: 26 };
    const text = [{ left: 6, top: 5, width: 60, height: 16 }];
    const p = placeBadge(cell, text, labelWidth('错误'))!;
    expect(p.label).toBe(true);
    expect(overlaps(box(p, labelWidth('错误')), text[0]!)).toBe(false);
    expect(p.left + labelWidth('错误')).toBeLessThanOrEqual(200);
  });

  it('prefers a corner with room to spare over one that touches the number (a Word cell: the number at the top)', () => {
    // The top corners clear the number by a pixel only; the bottom ones by several.
    const cell = { left: 0, top: 0, width: 57, height: 60 };
    const text = [{ left: 18, top: 17, width: 20, height: 18 }];
    const p = placeBadge(cell, text, labelWidth('错误'))!;
    expect(p.label).toBe(true);
    expect(p.top).toBeGreaterThanOrEqual(text[0]!.top + text[0]!.height + 4); // below the number, not a pixel above it
  });

  it('uses the free corner when the number is right-aligned', () => {
    const cell = { left: 0, top: 0, width: 50, height: 26 };
    const text = [{ left: 24, top: 5, width: 22, height: 16 }];
    const p = placeBadge(cell, text, 999)!;
    expect(p.label).toBe(false);
    expect(p.left).toBeLessThan(24 - p.size + 1);
    expect(overlaps(box(p), text[0]!)).toBe(false);
  });

  it('in a cell the number fills, goes on the border clear of the neighbours’ text', () => {
    const cell = { left: 100, top: 100, width: 30, height: 26 };
    const own = [{ left: 103, top: 105, width: 24, height: 16 }];
    // The cells above, below, left and right, their text vertically centred as tables lay it out.
    const neighbours = [
      { left: 103, top: 79, width: 24, height: 16 },
      { left: 103, top: 131, width: 24, height: 16 },
      { left: 76, top: 105, width: 20, height: 16 },
      { left: 136, top: 105, width: 10, height: 16 },
    ];
    const p = placeBadge(cell, own, 999, () => neighbours)!;
    for (const t of [...own, ...neighbours]) expect(overlaps(box(p), t)).toBe(false);
  });

  it('asks for the neighbours only when the badge cannot go inside', () => {
    let asked = 0;
    placeBadge({ left: 0, top: 0, width: 200, height: 26 }, [], 40, () => (asked++, []));
    expect(asked).toBe(0);
  });

  it('draws no badge rather than one over a number when the cell and its neighbours leave no room', () => {
    const cell = { left: 100, top: 100, width: 20, height: 14 };
    const text = [{ left: 101, top: 100, width: 18, height: 14 }];
    const around = [-1, 0, 1].flatMap((dx) => [-1, 0, 1].map((dy) => ({ left: 101 + dx * 20, top: 100 + dy * 14, width: 18, height: 14 })));
    expect(placeBadge(cell, text, 999, () => around)).toBeNull();
  });
});

describe('a heading’s badge', () => {
  const words = { left: 100, top: 50, width: 300, height: 24 };
  it('goes after the heading’s words, at mid-height, when the window has room', () => {
    expect(besideText(words, 44, { left: 0, right: 1000 })).toEqual({ left: 406, top: 55, size: 14, label: true });
  });
  it('goes before them when the words reach the right edge, and above their start when neither side has room', () => {
    expect(besideText(words, 44, { left: 0, right: 420 }).left).toBe(50);
    const above = besideText({ ...words, left: 10 }, 44, { left: 0, right: 330 });
    expect(above.top + above.size).toBeLessThanOrEqual(words.top);
  });
});
