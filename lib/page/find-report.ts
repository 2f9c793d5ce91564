// The audit of a page as a person sees it: the page itself, or else the report in one of its
// same-origin frames.
import { auditDocument, type Audit } from '../audit';
import { mightBeReport } from '../detect/quick-check';
import type { Lang } from '../i18n/translate';
import { sameOriginFrameDocs } from './frames';

export interface PageAudit extends Audit {
  /** The document the report was read from (the page's, or a frame's). */
  doc: Document;
}

/** The cheap test (lib/detect/quick-check) on the page and its readable frames. */
export function pageMightHaveReport(doc: Document): boolean {
  return mightBeReport(doc) || sameOriginFrameDocs(doc).some(mightBeReport);
}

export function auditPage(doc: Document, lang: Lang): PageAudit {
  const top = auditDocument(doc, { source: doc.location?.href ?? '', lang });
  if (top.extracted) return { ...top, doc };
  for (const inner of sameOriginFrameDocs(doc)) {
    if (!mightBeReport(inner)) continue;
    const found = auditDocument(inner, { source: inner.location?.href ?? '', lang });
    if (found.extracted) return { ...found, doc: inner };
  }
  return { ...top, doc };
}
