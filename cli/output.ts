// The CLI's exports: --format tsv|csv|json|md|xlsx (several: comma-separated or repeated),
// --out DIR (one file per input page and format, named after agency, year and content),
// --no-bom (CSV files without the BOM), --findings (with csv/md: the findings report too).
// Without --out, one text format goes to stdout (never with a BOM: a pipe is not Excel).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resultJson, textExport, type ExportFile, type TextExport } from '../lib/export/actions';
import { buildXlsx } from '../lib/export/xlsx-loader';
import type { AuditError, AuditResult } from '../lib/model/schema';
import type { Lang } from '../lib/i18n/translate';

export const OUTPUT_FORMATS = ['tsv', 'csv', 'json', 'md', 'xlsx'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface OutputOptions {
  formats: OutputFormat[];
  outDir?: string;
  bom: boolean;
  findings: boolean;
}

export const OUTPUT_USAGE = '[--format tsv|csv|json|md|xlsx[,…]] [--out DIR] [--no-bom] [--findings]';

const isFormat = (f: string): f is OutputFormat => (OUTPUT_FORMATS as readonly string[]).includes(f);

/** Takes the output flags out of argv; `output` is null when none was given. Throws on a bad value. */
export function takeOutputArgs(argv: string[]): { rest: string[]; output: OutputOptions | null } {
  const rest: string[] = [];
  const o: OutputOptions = { formats: [], bom: true, findings: false };
  let given = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--format' || a === '--out') {
      const v = argv[++i];
      if (!v) throw new Error(`${a} needs a value`);
      given = true;
      if (a === '--out') o.outDir = v;
      else for (const f of v.split(',')) {
        if (!isFormat(f)) throw new Error(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, not ${f}`);
        if (!o.formats.includes(f)) o.formats.push(f);
      }
    } else if (a === '--no-bom') [o.bom, given] = [false, true];
    else if (a === '--findings') [o.findings, given] = [true, true];
    else rest.push(a);
  }
  if (!given) return { rest, output: null };
  if (o.formats.length === 0) throw new Error('--out, --no-bom and --findings need --format');
  if (!o.outDir && (o.formats.length > 1 || o.formats.includes('xlsx') || o.findings)) {
    throw new Error('without --out only one text format can go to standard output (xlsx and --findings need --out DIR)');
  }
  return { rest, output: o };
}

const TABLE_FORMATS = new Set<OutputFormat>(['tsv', 'csv', 'md']);

function filesFor(r: AuditResult, format: OutputFormat, o: OutputOptions, lang: Lang): Promise<ExportFile>[] {
  const opts = { lang, bom: o.bom && o.outDir !== undefined, fallbackName: path.parse(r.source).name };
  const text = (req: TextExport) => Promise.resolve(textExport(r, req, opts));
  if (format === 'json') return [text({ kind: 'json' })];
  if (!r.report) return []; // tables need a report; the JSON says what the page is
  if (format === 'xlsx') return [buildXlsx(r, lang, opts.fallbackName)];
  const files = [text({ kind: 'tables', format: format as 'tsv' | 'csv' | 'md' })];
  if (o.findings && (format === 'csv' || format === 'md')) files.push(text({ kind: 'findings', format }));
  return files;
}

/** A name not yet written in this run: two pages of one agency and year get "_2", "_3"… */
function uniqueName(name: string, used: Set<string>): string {
  const { name: stem, ext } = path.parse(name);
  let out = name;
  for (let n = 2; used.has(out); n++) out = `${stem}_${n}${ext}`;
  used.add(out);
  return out;
}

/** Writes the exports; returns false if any could not be made or written (each is logged). */
export async function writeOutputs(results: (AuditResult | AuditError)[], o: OutputOptions, lang: Lang): Promise<boolean> {
  const ok = results.filter((r): r is AuditResult => !('error' in r));
  let success = true;
  if (!o.outDir) {
    const format = o.formats[0]!;
    if (format === 'json') {
      // As --json prints it (one object, or an array for several pages), each result validated.
      const docs = results.map((r) => ('error' in r ? r : (JSON.parse(resultJson(r)) as unknown)));
      process.stdout.write(JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2) + '\n');
      return true;
    }
    for (const r of ok) {
      if (!r.report) process.stderr.write(`${r.source}: not a report, no tables to export\n`);
      for (const file of await Promise.all(filesFor(r, format, o, lang))) process.stdout.write(file.content as string);
    }
    return true;
  }
  mkdirSync(o.outDir, { recursive: true });
  const used = new Set<string>();
  for (const r of ok) {
    if (!r.report && o.formats.some((f) => TABLE_FORMATS.has(f) || f === 'xlsx')) process.stderr.write(`${r.source}: not a report, no tables to export\n`);
    for (const format of o.formats) {
      for (const made of filesFor(r, format, o, lang)) {
        try {
          const file = await made;
          const target = path.join(o.outDir, uniqueName(file.filename, used));
          writeFileSync(target, file.content);
          process.stderr.write(`${r.source} → ${target}\n`);
        } catch (e) {
          success = false;
          process.stderr.write(`${r.source}: ${format}: ${e instanceof Error ? e.message : String(e)}\n`);
        }
      }
    }
  }
  return success;
}
