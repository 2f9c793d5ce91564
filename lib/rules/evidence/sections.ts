// A section's narrative for the text rules: absent (S-1 says so), empty (the reader found no
// text: for review), or its body.
import type { ReportText } from '../../extract/types';

export type SectionBody = { kind: 'absent' } | { kind: 'empty' } | { kind: 'text'; body: string };

export function sectionBody(text: ReportText, number: number): SectionBody {
  const section = text.sections.find((s) => s.number === number);
  if (!section) return { kind: 'absent' };
  return section.body.trim() ? { kind: 'text', body: section.body } : { kind: 'empty' };
}

/** The start of a text, for quoting. */
export const opening = (body: string, length = 60): string => {
  const first = body.trim().split('\n')[0]!;
  return first.length > length ? `${first.slice(0, length)}…` : first;
};

/** A finding's evidence when it is about what a section lacks: its opening, marked as an excerpt. */
export const sectionExcerpt = (body: string): { text: string; excerpt: true } => ({ text: opening(body), excerpt: true });
