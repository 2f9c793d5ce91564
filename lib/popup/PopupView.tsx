// The popup's view: one button, then what the audit found. Pure: the adapter passes onAudit.
import { useState } from 'preact/hooks';
import type { AuditReply } from '../messages';
import { countFindings } from '../summary';
import { translate, type Lang } from '../i18n/translate';

const TOP_FINDINGS = 5;

export function PopupView({ lang, onAudit }: { lang: Lang; onAudit: () => Promise<AuditReply> }) {
  const [busy, setBusy] = useState(false);
  const [reply, setReply] = useState<AuditReply | null>(null);
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);

  async function run() {
    setBusy(true);
    setReply(await onAudit());
    setBusy(false);
  }

  return (
    <main>
      <h1>{t('overlay.title')}</h1>
      <button id="audit" type="button" onClick={run} disabled={busy}>
        {busy ? t('popup.auditing') : t('popup.audit')}
      </button>
      <div id="result" aria-live="polite">
        {reply && !reply.ok && <p class="error">{t('popup.error', { error: reply.error })}</p>}
        {reply?.ok && reply.result.detection.kind !== 'report' && (
          <p data-kind={reply.result.detection.kind}>{t('popup.notReport', { kind: `@kind.${reply.result.detection.kind}` })}</p>
        )}
        {reply?.ok && reply.result.report && (
          <div data-kind="report">
            <p>{t('popup.report', { title: reply.result.report.title ?? '' })}</p>
            <p class="counts" data-testid="counts">
              {reply.result.findings.length === 0
                ? t('popup.clean')
                : t('popup.counts', countFindings(reply.result.findings) as unknown as Record<string, number>)}
            </p>
            <ol class="findings">
              {reply.result.findings.slice(0, TOP_FINDINGS).map((f) => (
                <li data-rule={f.rule} data-status={f.status}>{f.message}</li>
              ))}
            </ol>
          </div>
        )}
      </div>
    </main>
  );
}
