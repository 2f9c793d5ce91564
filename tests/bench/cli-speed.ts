// The CLI's speed on the corpus: the real command (`node --import tsx cli/audit.ts --json`, what
// `npm run -s audit` runs) over every corpus page, repeated, timed from outside; its start-up
// (loading and compiling the TypeScript) is timed apart with --help.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../e2e/browser';
import { CORPUS } from './pages';
import { summarize, type Summary } from './stats';

export interface CliSpeed {
  pages: number;
  total: Summary;
  startup: Summary;
}

function corpusFiles(): string[] {
  const manifest = path.join(CORPUS, 'MANIFEST.tsv');
  if (!fs.existsSync(manifest)) return [];
  return fs.readFileSync(manifest, 'utf8').trim().split('\n').slice(1).map((l) => path.join(CORPUS, l.split('\t')[0]!));
}

function timed(args: string[]): number {
  const t0 = performance.now();
  execFileSync(process.execPath, ['--import', 'tsx', 'cli/audit.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 256 * 1024 * 1024 });
  return performance.now() - t0;
}

export function measureCli(repeat = 5, rounds = 3): CliSpeed | null {
  const files = corpusFiles();
  if (files.length === 0) return null;
  const args = ['--json', ...Array.from({ length: repeat }, () => files).flat()];
  const total: number[] = [];
  const startup: number[] = [];
  for (let r = 0; r < rounds; r++) {
    startup.push(timed(['--help']));
    total.push(timed(args));
  }
  return { pages: files.length * repeat, total: summarize(total), startup: summarize(startup) };
}
