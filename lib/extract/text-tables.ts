// Tables 二, 三 and 四 written as text (FORMAT.md §7): read only when the sequence of labels and
// values is unambiguous, else reported as found but unreadable with the reason. Each value keeps
// the text block it came from, so the overlay can still point at it.
import type { TextBlock } from '../dom/blocks';
import { T3_COLUMNS, T3_ROWS, type ReportFormat, type T3ColKey, type T3RowKey, type TableId } from '../model/keys';
import { markerCounts } from './locate-tables';
import type { T2Table, T3Table, T4Table } from '../model/schema';
import { compactLabel } from '../text/normalize';
import { addIssue, keepRaw, newRead, unreadable, type TableRead } from './table-read';
import { buildT2, type T2Collected } from './t2';
import { matchT2Column, matchT2Row, rowFormat, t2Defs, type T2RowKey } from './t2-labels';
import { matchT3Row, officialT3Label, t3Group, T3_COLUMN_LABELS } from './t3-labels';
import { finishT4, T4_ORDER } from './t4';
import { filledCount, fromMarker, joinLabels, matchLabelSuffix, rowValues, runs, tokenize, type Run, type Token } from './text-tokens';
import { cellId } from './types';

export const TEXT_MARKERS = {
  t2: ['第二十条', '信息内容', '本年制发件数', '本年新制作数量'],
  t3: ['勾稽关系', '申请人情况', '本年新收', '上年结转'],
  t4: ['行政复议', '结果维持', '行政诉讼'],
} as const;

/**
 * Where a table written as text starts: the first block with one of its markers, when the text
 * from there holds at least three labels of that table (a guide that mentions 行政复议 is not table 四).
 */
function regionOf(blocks: readonly TextBlock[], kind: TableId): TextBlock[] {
  const region = fromMarker(blocks, TEXT_MARKERS[kind]);
  const head = compactLabel(region.slice(0, 60).map((b) => b.text).join(''));
  return markerCounts(head)[kind] >= 3 ? region : [];
}

/** A read over the blocks it used, from the first marker to the last value (left out of the narrative). */
function textRead<T>(table: T, region: readonly TextBlock[], last: Token | undefined): TableRead<T> {
  const end = last ? region.findIndex((b) => b === last.block) : region.length - 1;
  const blocks = region.slice(0, end + 1);
  const read = newRead<T>('text', table, [...new Set(blocks.map((b) => b.el))]);
  read.blocks = blocks;
  return read;
}

const T3_ORDER: readonly T3RowKey[] = T3_ROWS.map((r) => r.key);

interface T3Run {
  run: Run;
  key: T3RowKey | null;
  label: string;
  /** Placed by its position between recognised rows, not by its label. */
  inferred?: boolean;
  /** The label is one whole cell (not pieced together from a label cut over lines). */
  whole?: boolean;
}

export function readT3Text(blocks: readonly TextBlock[]): TableRead<T3Table> | null {
  const region = regionOf(blocks, 't3');
  if (region.length === 0) return null;
  const all = runs(tokenize(region));
  // Rows by their labels; the context of a row is its own labels and the group of the row before.
  const rows: T3Run[] = [];
  let prev: T3RowKey | null = null;
  let header: Token[] | null = null;
  for (const run of all) {
    const context: string = compactLabel(joinLabels(run.labels)) + (prev ? compactLabel(t3Group(prev)) : '');
    const m: { key: T3RowKey; used: number } | null = matchLabelSuffix(run.labels, (label) => matchT3Row(label, context));
    if (m && !header) header = run.labels.slice(0, run.labels.length - m.used);
    const label = m ? joinLabels(run.labels.slice(-m.used)) : joinLabels(run.labels);
    rows.push({ run, key: m?.key ?? null, label, ...(m?.used === 1 ? { whole: true } : {}) });
    if (m) prev = m.key;
    if (m?.key === 'carriedOut') break; // what follows is narrative or the next table
  }
  const read = textRead<T3Table>({}, region, rows.at(-1)?.run.values.at(-1));
  if (all.length === 0) return unreadable(read, 'the labels of table 三 are on the page, but no numbers', {});
  const matched = rows.filter((r) => r.key);
  if (matched.length === 0) return unreadable(read, 'no row of table 三 could be recognised by its label in the text', {});

  // Columns: seven values a row, or fewer when the header names only those columns.
  const width = Math.max(...matched.map((r) => filledCount(r.run)));
  const named = T3_COLUMNS.filter((c) => (header ?? []).some((t) => T3_COLUMN_LABELS.get(compactLabel(t.reading.text)) === c.key));
  let cols: T3ColKey[];
  if (width === T3_COLUMNS.length) cols = T3_COLUMNS.map((c) => c.key);
  else if (named.length === width) cols = named.map((c) => c.key);
  else return unreadable(read, `rows of table 三 have ${width} values, and its header does not say which ${width} of the 7 columns they are`, {});

  inferByOrder(rows, width);
  const seen = new Set<T3RowKey>();
  for (const row of rows) {
    if (!row.key) {
      if (row.run.values.some((v) => v.reading.kind === 'number')) addIssue(read.info, { kind: 'unmatched-row', found: row.label });
      continue;
    }
    const values = rowValues(row.run, width);
    if (!values) return unreadable(read, `row "${row.label}" of table 三 has ${filledCount(row.run)} values for ${width} columns`, {});
    if (seen.has(row.key)) {
      addIssue(read.info, { kind: 'duplicate-row', row: row.key, found: row.label });
      continue;
    }
    seen.add(row.key);
    if (row.inferred || (row.whole && isVariant(row.label, officialT3Label(row.key)))) {
      addIssue(read.info, { kind: 'label-variant', row: row.key, found: row.label, expected: officialT3Label(row.key) });
    }
    const out: Partial<Record<T3ColKey, number | null>> = {};
    values.forEach((v, i) => {
      const col = cols[i]!;
      const id = cellId({ table: 't3', row: row.key!, col });
      read.cells.set(id, { el: v.el, raw: v.reading.raw });
      keepRaw(read, id, v.reading.raw, v.reading.value);
      out[col] = v.reading.value;
    });
    read.table[row.key] = out;
  }
  read.info.missingCols = T3_COLUMNS.map((c) => c.key).filter((k) => !cols.includes(k));
  for (const col of read.info.missingCols) addIssue(read.info, { kind: 'missing-column', col, expected: T3_COLUMNS.find((c) => c.key === col)!.label });
  read.info.readable = true;
  read.format = seen.has('otherHandling') ? '2019' : [...seen].some((k) => k.startsWith('otherHandling.')) ? '2021' : null;
  return read;
}

/**
 * A label that differs from the official one. A piece of a label cut over lines (it lacks the
 * official numbering at its start, or stops short) is not a variant, only a piece.
 */
function isVariant(found: string, official: string): boolean {
  const f = compactLabel(found);
  const o = compactLabel(official);
  const marker = /^(?:\d+\.|\([一二三四五六七]\)|[一二三四]、)/.exec(o)?.[0] ?? '';
  return f !== o && f.startsWith(marker) && !o.startsWith(f);
}

/**
 * Rows whose label matched nothing, between two that did, take the official rows between those
 * two when there are exactly as many (the sequence is then unambiguous); their labels are variants.
 */
function inferByOrder(rows: T3Run[], width: number): void {
  const format: ReportFormat = rows.some((r) => r.key === 'otherHandling') ? '2019' : '2021';
  const order = T3_ORDER.filter((k) => (T3_ROWS.find((r) => r.key === k)!.formats as readonly string[]).includes(format));
  const used = new Set(rows.map((r) => r.key).filter((k): k is T3RowKey => k !== null));
  let i = 0;
  while (i < rows.length) {
    if (rows[i]!.key) {
      i++;
      continue;
    }
    let j = i;
    while (j < rows.length && !rows[j]!.key) j++;
    const before = i > 0 ? order.indexOf(rows[i - 1]!.key!) : -1;
    const after = j < rows.length ? order.indexOf(rows[j]!.key!) : -1;
    if (before >= 0 && after > before) {
      const between = order.slice(before + 1, after).filter((k) => !used.has(k));
      const gap = rows.slice(i, j);
      if (between.length === gap.length && gap.every((r) => rowValues(r.run, width))) {
        gap.forEach((r, n) => {
          r.key = between[n]!;
          r.inferred = true;
          used.add(r.key);
        });
      }
    }
    i = j;
  }
}

export function readT2Text(blocks: readonly TextBlock[], fallback: ReportFormat | null): TableRead<T2Table> | null {
  const region = regionOf(blocks, 't2');
  if (region.length === 0) return null;
  const tokens = tokenize(region);
  const all = runs(tokens);
  const collected: T2Collected = { rows: [], votes: { '2021': 0, '2019': 0 } };
  for (const t of tokens) {
    const col = t.reading.kind === 'text' ? matchT2Column(t.reading.label) : null;
    if (col?.format) collected.votes[col.format]++;
  }
  let last: Token | undefined;
  const rowsRead: { key: T2RowKey; label: string; run: Run }[] = [];
  for (const run of all) {
    const m = matchLabelSuffix(run.labels, matchT2Row, 1);
    if (!m) continue;
    const label = joinLabels(run.labels.slice(-1));
    const fmt = rowFormat(m.key, compactLabel(label));
    if (fmt) collected.votes[fmt]++;
    rowsRead.push({ key: m.key, label, run });
    last = run.values.at(-1);
  }
  const read = textRead<T2Table>({}, region, last);
  if (rowsRead.length === 0) return unreadable(read, 'the labels of table 二 are on the page, but no row with numbers', {});
  const format = collected.votes['2021'] > collected.votes['2019'] ? '2021' : collected.votes['2019'] > collected.votes['2021'] ? '2019' : fallback;
  for (const row of rowsRead) {
    const def = format ? t2Defs(format).find((d) => d.key === row.key) : undefined;
    const values = def ? rowValues(row.run, def.cols.length) : row.run.values;
    if (!values) return unreadable(read, `row "${row.label}" of table 二 has ${filledCount(row.run)} values for ${def!.cols.length} columns`, {});
    collected.rows.push({ key: row.key, label: row.label, values: values.map((v) => ({ col: null, el: v.el, reading: v.reading })), byOrder: true });
  }
  return buildT2(read, collected, fallback);
}

export function readT4Text(blocks: readonly TextBlock[]): TableRead<T4Table> | null {
  const region = regionOf(blocks, 't4');
  if (region.length === 0) return null;
  const all = runs(tokenize(region));
  const run = all.find((r) => rowValues(r, T4_ORDER.length));
  const read = textRead<T4Table>({}, region, (run ?? all[0])?.values.at(-1));
  if (!run) {
    return unreadable(read, all.length === 0
      ? 'the labels of table 四 are on the page, but no numbers'
      : `table 四 as text has ${filledCount(all[0]!)} values in a row, not the 15 whose order is fixed`, {});
  }
  rowValues(run, T4_ORDER.length)!.forEach((v, i) => {
    const [group, field] = T4_ORDER[i]!;
    const id = cellId({ table: 't4', row: group, col: field });
    read.cells.set(id, { el: v.el, raw: v.reading.raw });
    keepRaw(read, id, v.reading.raw, v.reading.value);
    (read.table[group] ??= {})[field] = v.reading.value;
  });
  finishT4(read);
  return read;
}

