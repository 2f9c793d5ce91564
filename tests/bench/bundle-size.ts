// Sizes of the built extension's scripts (the production build, .output/chrome-mv3), gzipped at
// level 9 as `gzip -9` does.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { EXTENSION_DIR } from '../e2e/browser';

export interface Size {
  file: string;
  bytes: number;
  gzip: number;
}

export function scriptSizes(): Size[] {
  return ['page-check.js', 'engine.js', 'background.js'].map((file) => {
    const body = fs.readFileSync(path.join(EXTENSION_DIR, file));
    return { file, bytes: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
  });
}
