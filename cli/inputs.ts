// What the CLI reads: files and directories (walked recursively for .html, .htm and .txt), each
// turned into a document for the engine or into a clear per-file error. Bad input (empty, binary,
// huge, malformed) never stops the run.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { plainTextToHtml } from '../lib/extract/plain-text';
import { decodePage, looksBinary } from './decode';
import { parseHtml } from './parse-html';

const PAGE = /\.(?:html?|xhtml|shtml)$/i;
const TEXT = /\.txt$/i;
/** Larger files are refused: saved report pages are well under this (the largest seen is 0.4 MB). */
export const MAX_BYTES = 32 * 1024 * 1024;
const MAX_FILES = 100_000;
/** More elements than this would take the DOM library tens of seconds and gigabytes (report pages have a few thousand). */
export const MAX_ELEMENTS = 150_000;

export interface InputError {
  source: string;
  error: string;
}

/** The files named, with directories expanded (sorted, each file once, symlink loops skipped). */
export function expandInputs(args: readonly string[]): (string | InputError)[] {
  const out: (string | InputError)[] = [];
  const seenDirs = new Set<string>();
  const walk = (dir: string): void => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (e) {
      out.push({ source: dir, error: message(e) });
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch (e) {
      out.push({ source: dir, error: message(e) });
      return;
    }
    for (const name of entries) {
      if (out.length >= MAX_FILES) return;
      const p = path.join(dir, name);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue; // a dangling link inside a directory is not something the user named
      }
      if (st.isDirectory()) walk(p);
      else if (st.isFile() && (PAGE.test(name) || TEXT.test(name))) out.push(p);
    }
  };
  for (const a of args) {
    let isDir = false;
    try {
      isDir = lstatSync(a).isDirectory() || statSync(a).isDirectory();
    } catch {
      /* a missing file is reported when it is read */
    }
    if (isDir) walk(a);
    else out.push(a);
  }
  return out;
}

export interface LoadedInput {
  source: string;
  document: Document;
  close: () => void;
}

/** One file as a document: HTML as it is, plain text through plainTextToHtml. Throws a clear error. */
export function loadInput(file: string): LoadedInput {
  const size = statSync(file).size;
  if (size === 0) throw new Error('the file is empty');
  if (size > MAX_BYTES) throw new Error(`the file is ${Math.round(size / 1048576)} MB; files over ${MAX_BYTES / 1048576} MB are not read`);
  const bytes = readFileSync(file);
  if (looksBinary(bytes)) throw new Error('the file is not text (binary content)');
  const kind = TEXT.test(file) ? 'text' : 'html';
  const { text } = decodePage(bytes, kind);
  const html = kind === 'text' ? plainTextToHtml(text) : text;
  const elements = countTags(html);
  if (elements > MAX_ELEMENTS) throw new Error(`the page has about ${elements} elements; pages over ${MAX_ELEMENTS} are not read`);
  const { document, close } = parseHtml(html);
  return { source: file, document, close };
}

function countTags(html: string): number {
  let n = 0;
  for (const _ of html.matchAll(/<[a-zA-Z]/g)) n++;
  return n;
}

export function message(e: unknown): string {
  // A page nested deeper than the parser's stack: say so rather than quote the engine.
  if (e instanceof RangeError && /call stack/i.test(e.message)) return 'the page is nested too deeply to be read';
  return e instanceof Error ? e.message : String(e);
}
