import { describe, expect, it } from 'vitest';
import { auditTab, currentOrNewAudit, type TabApi } from '../../lib/tab-audit';
import { SCHEMA_VERSION, type AuditResult } from '../../lib/model/schema';

const result: AuditResult = {
  schema: SCHEMA_VERSION,
  source: 'http://x.example.org/',
  detection: { kind: 'other', confidence: 0.5, signals: [] },
  report: null,
  findings: [],
};

/** A tab whose content script is absent until injected; `refusals` first injections fail as Chromium's race does. */
function fakeTab({ present = false, refusals = 0, known = null as AuditResult | null } = {}) {
  const calls: string[] = [];
  let injected = present;
  let refused = 0;
  const api: TabApi = {
    async sendMessage(_tab, msg) {
      calls.push(`send:${msg.type}`);
      if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
      return msg.type === 'state' ? { result: known } : { ok: true, result };
    },
    async inject() {
      calls.push('inject');
      if (refused++ < refusals) throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
      injected = true;
    },
    sleep: async () => void calls.push('sleep'),
  };
  return { api, calls };
}

describe('auditing a tab on demand', () => {
  it('asks the content script that is there', async () => {
    const { api, calls } = fakeTab({ present: true });
    expect(await auditTab(api, 1)).toEqual({ ok: true, result });
    expect(calls).toEqual(['send:audit']);
  });

  it('injects the content script when none answers, then asks', async () => {
    const { api, calls } = fakeTab();
    expect((await auditTab(api, 1)).ok).toBe(true);
    expect(calls).toEqual(['send:audit', 'inject', 'send:audit']);
  });

  it('retries an injection refused right after the gesture once, after a pause', async () => {
    const { api, calls } = fakeTab({ refusals: 1 });
    expect((await auditTab(api, 1)).ok).toBe(true);
    expect(calls).toEqual(['send:audit', 'inject', 'sleep', 'inject', 'send:audit']);
  });

  it('reports a page that refuses twice as an error, not a crash', async () => {
    const { api } = fakeTab({ refusals: 2 });
    const reply = await auditTab(api, 1);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/Cannot access contents/);
  });

  it('reuses the automatic run’s result when the page has one, else audits', async () => {
    const known = { ...result, source: 'known' };
    const withResult = fakeTab({ present: true, known });
    expect(await currentOrNewAudit(withResult.api, 1)).toEqual({ ok: true, result: known });
    expect(withResult.calls).toEqual(['send:state']);

    const fresh = fakeTab();
    expect((await currentOrNewAudit(fresh.api, 1)).ok).toBe(true);
    expect(fresh.calls).toEqual(['send:state', 'send:audit', 'inject', 'send:audit']);
  });
});
