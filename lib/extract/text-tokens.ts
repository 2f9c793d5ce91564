// A table written as text (FORMAT.md §7; the seed texts, PDF text, tables pasted as paragraphs) as
// a stream of tokens: labels and values, in reading order, whatever the line breaks. A row of the
// table is then a run of values with the labels before it.
import type { TextBlock } from '../dom/blocks';
import { compactLabel, normalizeText } from '../text/normalize';
import { readCell, type CellReading } from './cell-readings';

export interface Token {
  el: Element;
  /** The text block it is in. */
  block: TextBlock;
  reading: CellReading;
}

export interface Run {
  /** Label tokens since the previous run, in order. */
  labels: Token[];
  values: Token[];
}

// Cells of a line are separated by runs of two or more spaces of any width, or by tabs: between
// tabs an empty cell is a blank (a line of a Word table saved as text keeps every cell).
const CELL_GAP = /[ \u00a0\u3000]{2,}/;

const isValue = (r: CellReading) => r.kind === 'number' || r.kind === 'placeholder';

export function tokenize(blocks: readonly TextBlock[]): Token[] {
  const out: Token[] = [];
  for (const b of blocks) {
    const tabbed = b.raw.includes('\t');
    for (const cell of tabbed ? b.raw.split('\t') : b.raw.split(CELL_GAP)) {
      const text = normalizeText(cell);
      if (!text) {
        if (tabbed) out.push({ el: b.el, block: b, reading: readCell('') });
        continue;
      }
      // "规章 0 0 0": the numbers at the end of a cell are cells of their own.
      const words = text.split(' ');
      let k = words.length;
      while (k > 0 && isValue(readCell(words[k - 1]!))) k--;
      if (k > 0) out.push({ el: b.el, block: b, reading: readCell(words.slice(0, k).join(' ')) });
      for (const w of words.slice(k)) out.push({ el: b.el, block: b, reading: readCell(w) });
    }
  }
  return out;
}

/** Runs of values; a blank (an empty tab-separated cell) belongs to the run it follows on its line, else to none. */
export function runs(tokens: readonly Token[]): Run[] {
  const out: Run[] = [];
  let labels: Token[] = [];
  let values: Token[] = [];
  for (const t of tokens) {
    if (isValue(t.reading)) values.push(t);
    else if (t.reading.kind === 'blank') {
      // An empty cell after a value on the same line; before one it is the label's side of the row.
      if (values.length > 0 && values[values.length - 1]!.block === t.block) values.push(t);
    } else {
      if (values.length > 0) {
        out.push({ labels, values });
        labels = [];
        values = [];
      }
      labels.push(t);
    }
  }
  if (values.length > 0) out.push({ labels, values });
  return out;
}

/**
 * The key the end of a run's labels names: the last label alone, else joined with the ones before
 * it (a label cut over lines, "逾期不补" + "正、行政机关…"). `used` is how many labels it took.
 */
export function matchLabelSuffix<K>(labels: readonly Token[], match: (label: string) => K | null, maxParts = 4): { key: K; used: number } | null {
  for (let n = 1; n <= Math.min(maxParts, labels.length); n++) {
    const label = compactLabel(labels.slice(-n).map((t) => t.reading.text).join(''));
    const key = match(label);
    if (key !== null) return { key, used: n };
  }
  return null;
}

export const joinLabels = (labels: readonly Token[]): string => labels.map((t) => t.reading.text).join('');

/** The blocks from the first one whose text holds one of `markers`; [] when none does. */
export function fromMarker(blocks: readonly TextBlock[], markers: readonly string[]): TextBlock[] {
  const i = blocks.findIndex((b) => {
    const label = compactLabel(b.text);
    return markers.some((m) => label.includes(m));
  });
  return i < 0 ? [] : blocks.slice(i);
}

/**
 * The `n` values of a row: the first n of its run, when there are n and only blanks follow (a
 * trailing empty cell of a Word table saved as text); null when the row does not have n values.
 */
export function rowValues(run: Run, n: number): Token[] | null {
  const first = run.values.slice(0, n);
  if (first.length < n || run.values.slice(n).some((v) => v.reading.kind !== 'blank')) return null;
  return first;
}

export const filledCount = (run: Run): number => run.values.filter((v) => v.reading.kind !== 'blank').length;
