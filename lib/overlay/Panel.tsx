// The findings panel, fixed in a corner of the top page: counts by level, findings grouped by
// table and section in page order, keyboard navigation (arrows, Home/End, Enter, Esc), "Clear".
// Collapsed, it is a small button that reopens it.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AuditResult } from '../model/schema';
import type { TableId } from '../model/keys';
import { translate } from '../i18n/translate';
import { checkedParams, countFindings, findingMessage } from '../summary';
import { LEVELS, levelLabelKey, levelOf, type Level } from './levels';
import { GROUP_ORDER, type GroupId, type OverlayModel } from './model';
import { useStore, type OverlayState, type Store } from './store';
import { Icon } from './Icon';

/** Places for the export actions (filled by lib/export): the whole report, and each table read (drawn beside its heading). */
export interface OverlaySlots {
  reportActions?: (result: AuditResult) => ComponentChildren;
  tableActions?: (table: TableId, result: AuditResult) => ComponentChildren;
}

export interface PanelProps {
  model: OverlayModel;
  store: Store<OverlayState>;
  /** Scroll the page to a finding and flash it. */
  onReveal: (finding: number) => void;
  onClear: () => void;
  /** Ids of the rules that ran, named in a clean report's confirmation. */
  rules: readonly string[];
  slots?: OverlaySlots;
}

const MAX_LISTED = 300;
const COUNT_KEY: Record<Level, keyof ReturnType<typeof countFindings>> = { error: 'errors', warning: 'warnings', review: 'reviews', info: 'infos' };

export function Panel({ model, store, onReveal, onClear, rules, slots }: PanelProps) {
  const s = useStore(store);
  const t = (key: string, params?: Record<string, string | number>) => translate(s.lang, key, params);
  const result = model.result;
  const findings = result.findings;
  const counts = countFindings(findings);
  const listed = model.groups.flatMap((g) => g.findings).slice(0, MAX_LISTED);
  const [cursor, setCursor] = useState(0);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const pill = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const wasOpen = useRef(s.open);
  // The live region is filled after it is in the page, so screen readers announce it.
  const [announced, setAnnounced] = useState('');

  const summary = findings.length === 0 ? t('overlay.clean') : t('overlay.summary', { ...counts });
  useEffect(() => {
    const id = setTimeout(() => setAnnounced(summary), 100);
    return () => clearTimeout(id);
  }, [summary]);

  // Keep focus where the person is: into the panel when asked, to the reopen button when it closes.
  useLayoutEffect(() => {
    if (s.focusRequest > 0 && s.open) (items.current[cursor] ?? panel.current)?.focus();
  }, [s.focusRequest, s.open]);
  useLayoutEffect(() => {
    if (!s.open && wasOpen.current) pill.current?.focus();
    wasOpen.current = s.open;
  }, [s.open]);

  const move = (to: number) => {
    if (listed.length === 0) return;
    const next = (to + listed.length) % listed.length;
    setCursor(next);
    items.current[next]?.focus();
  };
  const onListKey = (e: KeyboardEvent) => {
    // Only on the findings: a table's export buttons in between keep their own keys.
    if (!(e.target as Element | null)?.classList?.contains('finding')) return;
    const keys: Record<string, number> = { ArrowDown: cursor + 1, ArrowUp: cursor - 1, Home: 0, End: listed.length - 1 };
    if (e.key in keys) {
      e.preventDefault();
      move(keys[e.key]!);
    }
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      store.set({ open: false });
    }
  };

  if (!s.open) {
    return (
      <button ref={pill} type="button" class={`pill${s.side === 'left' ? ' left' : ''}`} aria-expanded="false" onClick={() => store.set({ open: true, focusRequest: s.focusRequest + 1 })} data-testid="reopen">
        <span class="pill-title">{t('overlay.title')}</span>
        {findings.length === 0 ? <span class="ok">✓</span> : LEVELS.filter((l) => counts[COUNT_KEY[l]] > 0).map((l) => (
          <span class={`pill-count pill-${l}`}><Icon level={l} /> {counts[COUNT_KEY[l]]}</span>
        ))}
        <span class="sr-only">{summary}</span>
      </button>
    );
  }

  const report = result.report;
  const groupLabel = (id: GroupId): string => {
    if (id === 'doc') return t('panel.group.doc');
    if (id.startsWith('t')) return t(`table.${id}`);
    const n = Number(id.slice(1));
    return report?.sections.find((x) => x.number === n)?.heading ?? t('panel.group.section', { n });
  };
  // With export buttons per table, every table the report holds gets its heading, findings or not.
  const tableIds = (id: GroupId): id is TableId => id === 't2' || id === 't3' || id === 't4';
  const groups = GROUP_ORDER.flatMap((id) => {
    const g = model.groups.find((x) => x.id === id);
    if (g) return [g];
    return slots?.tableActions && tableIds(id) && report?.tables[id] ? [{ id, findings: [] as number[] }] : [];
  });
  let position = -1;

  return (
    <section ref={panel} class={`panel${s.side === 'left' ? ' left' : ''}`} role="region" aria-labelledby="nb-panel-title" tabIndex={-1} onKeyDown={onKey} data-testid="panel">
      <header class="panel-head">
        <h2 id="nb-panel-title">{t('overlay.title')}</h2>
        <button type="button" class="icon-button" aria-label={t('overlay.close')} title={t('overlay.close')} onClick={() => store.set({ open: false })}>×</button>
      </header>
      {report && (
        <p class="report-line" data-testid="report-line">
          {[report.agency, report.year !== null ? t('popup.year', { year: report.year }) : null, t(`format.${report.format}`)].filter(Boolean).join(' · ')}
        </p>
      )}
      {/* The sentence is for screen readers when the counts below show the same. */}
      <p class={findings.length ? 'sr-only' : 'summary ok'} role="status" aria-live="polite" data-testid="summary">{announced}</p>
      {findings.length > 0 && (
        <ul class="counts" aria-hidden="true">
          {LEVELS.map((l) => (
            <li class={`count count-${l}`}><Icon level={l} /> {t(levelLabelKey(l))} <b>{counts[COUNT_KEY[l]]}</b></li>
          ))}
        </ul>
      )}
      {findings.length === 0 && (
        <div class="clean" data-testid="clean">
          <p>{t('checked.summary', checkedParams(result))}</p>
          <details>
            <summary>{t('checked.rules', { n: rules.length })}</summary>
            <ul>{rules.map((id) => <li>{t(`${id}.title`)}</li>)}</ul>
          </details>
        </div>
      )}
      {slots?.reportActions && <div class="actions">{slots.reportActions(result)}</div>}
      {listed.length > 0 && <p class="hint">{t('panel.keys')}</p>}
      <div class="groups" onKeyDown={onListKey}>
        {groups.map((g) => {
          const shownHere = g.findings.filter((i) => listed.includes(i));
          const actions = slots?.tableActions && tableIds(g.id) ? slots.tableActions(g.id, result) : null;
          if (shownHere.length === 0 && !actions) return null;
          return (
            <section class="group" data-group={g.id} aria-labelledby={`nb-group-${g.id}`}>
              <div class="group-head">
                <h3 id={`nb-group-${g.id}`}>
                  {groupLabel(g.id)} {shownHere.length > 0 && <span class="group-count">{shownHere.length}</span>}
                </h3>
                {actions && <div class="actions">{actions}</div>}
              </div>
              {shownHere.length > 0 && <ul class="findings">
                {shownHere.map((i) => {
                  const f = findings[i]!;
                  const level = levelOf(f);
                  const pos = ++position;
                  return (
                    <li>
                      <button
                        type="button"
                        ref={(el) => void (items.current[pos] = el)}
                        class={`finding finding-${level}${s.active === i ? ' current' : ''}`}
                        tabIndex={pos === cursor ? 0 : -1}
                        aria-current={s.active === i ? 'true' : undefined}
                        data-rule={f.rule}
                        data-severity={level}
                        data-index={i}
                        onFocus={() => { setCursor(pos); store.set({ hover: [i] }); }}
                        onBlur={() => store.set({ hover: [] })}
                        onMouseEnter={() => store.set({ hover: [i] })}
                        onMouseLeave={() => store.set({ hover: [] })}
                        onClick={() => { setCursor(pos); onReveal(i); }}
                      >
                        <Icon level={level} />
                        <span class="finding-level">{t(levelLabelKey(level))}</span>
                        <span class="finding-message">{findingMessage(f, s.lang)}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>}
            </section>
          );
        })}
        {findings.length > listed.length && <p class="more">{t('panel.more', { n: findings.length - listed.length })}</p>}
      </div>
      <footer class="panel-foot">
        <button type="button" class="clear" onClick={onClear} data-testid="clear">{t('overlay.clear')}</button>
      </footer>
    </section>
  );
}
