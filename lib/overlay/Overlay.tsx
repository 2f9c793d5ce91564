// The marks over the page's cells and the summary panel, rendered inside the overlay's shadow root.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AuditResult } from '../model/schema';
import { countFindings } from '../summary';
import { translate, type Lang } from '../i18n/translate';
import type { CellMark } from './marks';

export interface OverlayProps {
  lang: Lang;
  result: AuditResult;
  marks: CellMark[];
  onClear: () => void;
}

interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

const ICON: Record<CellMark['level'], string> = { error: '✖', warning: '⚠', review: '?' };
const MAX_LISTED = 20;

/** Page rectangles of the marked cells relative to the overlay's own origin; re-read on scroll and resize. */
function useBoxes(marks: CellMark[], origin: { current: HTMLElement | null }): Box[] {
  const [boxes, setBoxes] = useState<Box[]>([]);
  useLayoutEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const o = origin.current?.getBoundingClientRect();
      if (!o) return;
      setBoxes(marks.map((m) => {
        const r = m.el.getBoundingClientRect();
        return { top: r.top - o.top, left: r.left - o.left, width: r.width, height: r.height };
      }));
    };
    const schedule = () => { if (!frame) frame = requestAnimationFrame(measure); };
    measure();
    window.addEventListener('resize', schedule);
    // Cells inside scrolling containers move without a window scroll: listen in the capture phase.
    document.addEventListener('scroll', schedule, { capture: true, passive: true });
    return () => {
      if (frame) cancelAnimationFrame(frame);
      window.removeEventListener('resize', schedule);
      document.removeEventListener('scroll', schedule, { capture: true });
    };
  }, [marks, origin]);
  return boxes;
}

export function Overlay({ lang, result, marks, onClear }: OverlayProps) {
  const origin = useRef<HTMLDivElement>(null);
  const boxes = useBoxes(marks, origin);
  const [open, setOpen] = useState(true);
  const counts = countFindings(result.findings);
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  useEffect(() => setOpen(true), [result]);

  return (
    <div class="origin" ref={origin}>
      {marks.map((m, i) => {
        const b = boxes[i];
        if (!b) return null;
        const first = m.findings[0]!;
        const label = m.level === 'review' ? t('status.review') : t(`severity.${m.level}`);
        return (
          <div
            class={`mark mark-${m.level}`}
            style={{ top: `${b.top}px`, left: `${b.left}px`, width: `${b.width}px`, height: `${b.height}px` }}
            data-rule={m.findings.map((f) => f.rule).join(' ')}
            data-severity={m.level}
            data-table={m.addr.table}
            data-row={m.addr.row}
            data-col={m.addr.col}
            title={m.findings.map((f) => f.message).join('\n')}
          >
            <span class="tag">
              {ICON[m.level]} {label}
              {m.findings.length > 1 ? ` ×${m.findings.length}` : ''}
            </span>
            <span class="tip" role="tooltip">{m.findings.map((f) => <span class="tip-line">{f.message}</span>)}</span>
            <span class="sr-only">{first.message}</span>
          </div>
        );
      })}
      {open && (
        <section class="panel" role="region" aria-label={t('overlay.title')} data-testid="panel">
          <header>
            <strong>{t('overlay.title')}</strong>
            <button type="button" class="close" aria-label={t('overlay.close')} onClick={() => setOpen(false)}>×</button>
          </header>
          <p class="summary" aria-live="polite" data-testid="summary">
            {result.findings.length === 0
              ? t('overlay.clean', { checked: '@table.t3' })
              : t('overlay.summary', counts as unknown as Record<string, number>)}
          </p>
          <ol class="findings">
            {result.findings.slice(0, MAX_LISTED).map((f) => (
              <li class={`finding finding-${f.status === 'review' ? 'review' : f.severity}`} data-rule={f.rule}>
                {f.message}
              </li>
            ))}
          </ol>
          <button type="button" class="clear" onClick={onClear}>{t('overlay.clear')}</button>
        </section>
      )}
    </div>
  );
}
