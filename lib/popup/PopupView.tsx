// The popup's view: what the page is and what the audit found, or why the page cannot be audited.
// Pure: the adapter (entrypoints/popup) passes the actions.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AuditReply } from '../messages';
import type { AuditResult, Detection } from '../model/schema';
import { checkedParams, countFindings, findingMessage } from '../summary';
import { translate, type Lang } from '../i18n/translate';
import { Icon } from '../overlay/Icon';
import { LEVELS, levelLabelKey, levelOf, RANK, type Level } from '../overlay/levels';

export interface PopupProps {
  lang: Lang;
  /** The page's audit when the popup opens (the automatic run's, else a new one). */
  load: () => Promise<AuditReply>;
  reaudit: () => Promise<AuditReply>;
  /** Open the findings panel on the page. */
  onShow: () => void;
  onOptions: () => void;
  /** Place for the copy/export buttons (filled by lib/export). */
  exportActions?: (result: AuditResult) => ComponentChildren;
}

const TOP_FINDINGS = 5;
const MAX_LINKS = 8;
const COUNT_KEY: Record<Level, 'errors' | 'warnings' | 'reviews' | 'infos'> = { error: 'errors', warning: 'warnings', review: 'reviews', info: 'infos' };
/** Chromium's refusals on pages no extension may script (chrome://, the web store, PDF viewer). */
const RESTRICTED = /cannot access|cannot be scripted|chrome:\/\/|extensions gallery|webstore|missing host permission/i;

/** Only web links from the page become clickable. */
function safeHref(href: string): string | undefined {
  try {
    const u = new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function Links({ links }: { links: { text: string; href: string }[] }) {
  return (
    <ul class="links">
      {links.slice(0, MAX_LINKS).map((l) => (
        <li><a href={safeHref(l.href)} target="_blank" rel="noreferrer noopener">{l.text || l.href}</a></li>
      ))}
    </ul>
  );
}

function NotReport({ detection, t }: { detection: Detection; t: (k: string, p?: Record<string, string | number>) => string }) {
  const links = detection.kind === 'listing' ? detection.reportLinks : detection.kind === 'attachment-only' ? detection.attachments : undefined;
  return (
    <div class="not-report" data-kind={detection.kind} data-testid="not-report">
      <p>{t(`popup.kind.${detection.kind}`)}</p>
      {detection.kind === 'listing' && (links?.length ? <p>{t('popup.listing.links', { n: links.length })}</p> : <p>{t('popup.listing.none')}</p>)}
      {detection.kind === 'attachment-only' && (links?.length ? <p>{t('popup.attachments')}</p> : <p>{t('popup.attachments.none')}</p>)}
      {links && links.length > 0 && <Links links={links} />}
    </div>
  );
}

export function PopupView({ lang, load, reaudit, onShow, onOptions, exportActions }: PopupProps) {
  const [busy, setBusy] = useState(true);
  const [reply, setReply] = useState<AuditReply | null>(null);
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);

  const run = async (how: () => Promise<AuditReply>) => {
    setBusy(true);
    setReply(await how());
    setBusy(false);
  };
  useEffect(() => void run(load), []);

  const result = reply?.ok ? reply.result : null;
  const report = result?.report ?? null;
  const counts = result ? countFindings(result.findings) : null;
  const top = result ? result.findings.map((f, i) => ({ f, i })).sort((a, b) => RANK[levelOf(a.f)] - RANK[levelOf(b.f)] || a.i - b.i).slice(0, TOP_FINDINGS) : [];

  return (
    <main lang={lang === 'zh_CN' ? 'zh-CN' : 'en'}>
      <header class="head">
        <h1>{t('overlay.title')}</h1>
        <button type="button" class="link" onClick={onOptions} data-testid="options">{t('popup.options')}</button>
      </header>
      <div id="result" role="status" aria-live="polite" aria-busy={busy}>
        {busy && <p class="busy">{t('popup.auditing')}</p>}
        {!busy && reply && !reply.ok && (
          <p class="error" data-testid="error">{RESTRICTED.test(reply.error) ? t('popup.error.restricted') : t('popup.error', { error: reply.error })}</p>
        )}
        {!busy && result && !report && <NotReport detection={result.detection} t={t} />}
        {!busy && result && report && counts && (
          <div data-kind="report">
            <h2 class="title" data-testid="title">{report.title ?? t('popup.untitled')}</h2>
            <dl class="facts">
              {report.agency && <><dt>{t('popup.agency')}</dt><dd data-testid="agency">{report.agency}</dd></>}
              {report.year !== null && <><dt>{t('popup.yearLabel')}</dt><dd data-testid="year">{report.year}</dd></>}
              <dt>{t('popup.format')}</dt><dd data-testid="format">{t(`format.${report.format}`)}</dd>
            </dl>
            {result.findings.length === 0 ? (
              <div class="clean" data-testid="counts">
                <p class="ok">✓ {t('overlay.clean')}</p>
                <p>{t('checked.summary', checkedParams(result))}</p>
              </div>
            ) : (
              <ul class="counts" data-testid="counts" aria-label={t('overlay.summary', { ...counts })}>
                {LEVELS.map((l) => (
                  <li class={`count count-${l}`}><Icon level={l} /> {t(levelLabelKey(l))} <b>{counts[COUNT_KEY[l]]}</b></li>
                ))}
              </ul>
            )}
            {top.length > 0 && (
              <ol class="findings">
                {top.map(({ f }) => (
                  <li data-rule={f.rule} data-status={f.status} class={`finding-${levelOf(f)}`}>
                    <Icon level={levelOf(f)} /> <span class="sr-only">{t(levelLabelKey(levelOf(f)))}: </span>{findingMessage(f, lang)}
                  </li>
                ))}
              </ol>
            )}
            {result.findings.length > top.length && <p class="more">{t('panel.more', { n: result.findings.length - top.length })}</p>}
          </div>
        )}
      </div>
      <div class="buttons">
        {report && (
          <button id="show" type="button" class="primary" onClick={onShow} disabled={busy}>
            {t('popup.show')}
          </button>
        )}
        <button id="audit" type="button" onClick={() => void run(reaudit)} disabled={busy}>
          {reply ? t('popup.reaudit') : t('popup.audit')}
        </button>
      </div>
      {result && report && exportActions && <div class="export" data-testid="export">{exportActions(result)}</div>}
    </main>
  );
}
