// Medians and spreads of repeated measurements, and how the bench prints them.

export interface Summary {
  median: number;
  /** 10th and 90th percentiles: the spread printed beside the median. */
  p10: number;
  p90: number;
  n: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p10: quantile(sorted, 0.1), p90: quantile(sorted, 0.9), n: sorted.length };
}

/** Milliseconds: "1.23 (0.98–1.60)"; "–" when nothing was measured. */
export function ms(s: Summary | undefined): string {
  if (!s || s.n === 0) return '–';
  const f = (x: number) => (x < 1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(1));
  return `${f(s.median)} (${f(s.p10)}–${f(s.p90)})`;
}

/** A markdown table. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
