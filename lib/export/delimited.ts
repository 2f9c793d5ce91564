// TSV for pasting into Excel/WPS and CSV files (RFC 4180): fields quoted when they hold the
// separator, a quote or a line break; CRLF line ends; CSV starts with a UTF-8 BOM unless asked
// not to, so Excel opens Chinese text as UTF-8 rather than the system code page.
import type { Grid } from './text-grid';

// Spreadsheets run a cell that starts with = + - @ as a formula, and page text is untrusted:
// such text gets a leading apostrophe (OWASP "CSV injection"). Numbers are written as numbers.
const FORMULA_START = /^(?:[=+@\t\r]|-.)/s;

export function guardFormula(text: string): string {
  return FORMULA_START.test(text) && !/^[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(text) ? `'${text}` : text;
}

function field(text: string, sep: string): string {
  const t = guardFormula(text);
  return t.includes(sep) || /["\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

function delimited(grid: Grid, sep: string): string {
  return grid.map((row) => row.map((f) => field(f, sep)).join(sep) + '\r\n').join('');
}

export const BOM = '\uFEFF';

export function toTsv(grid: Grid): string {
  return delimited(grid, '\t');
}

export function toCsv(grid: Grid, { bom = true }: { bom?: boolean } = {}): string {
  return (bom ? BOM : '') + delimited(grid, ',');
}
