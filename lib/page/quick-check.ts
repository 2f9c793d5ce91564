// The cheap test (lib/detect/quick-check) on the page and its readable frames: all the content
// script evaluates on a page that is not a report, so this module must stay light (no zod, no
// extraction, no overlay: entrypoints/page-check.ts).
import { mightBeReport } from '../detect/quick-check';
import { sameOriginFrameDocs } from './frames';

export function pageMightHaveReport(doc: Document): boolean {
  return mightBeReport(doc) || sameOriginFrameDocs(doc).some(mightBeReport);
}
