// The content script's rules round trip over a port (lib/rules-channel/):
// the findings are those of the in-process audit, and a closed or misbehaving connection fails the
// audit with a reason instead of leaving it waiting for ever.
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../lib/audit';
import { extractForAudit } from '../../lib/audit-steps';
import { rulesChannel, type RulesPort } from '../../lib/rules-channel/content';
import { serveRules } from '../../lib/rules-channel/background';
import { RULES } from '../../lib/rules/registry';
import type { RuleInput } from '../../lib/rules/types';
import { parseHtml } from '../../cli/parse-html';
import { buildReportHtml, sampleValues } from '../fixtures/report-builder';

/** Two connected ends, each message copied through JSON as runtime ports do, delivered asynchronously. */
function portPair(): [RulesPort, RulesPort] {
  const end = () => ({ message: [] as ((m: unknown) => void)[], gone: [] as (() => void)[], closed: false });
  const a = end();
  const b = end();
  const port = (self: typeof a, other: typeof a): RulesPort => ({
    postMessage(m) {
      if (self.closed) throw new Error('Attempting to use a disconnected port object');
      const copy: unknown = JSON.parse(JSON.stringify(m));
      queueMicrotask(() => other.closed || other.message.forEach((l) => l(copy)));
    },
    disconnect() {
      if (self.closed) return;
      self.closed = other.closed = true;
      queueMicrotask(() => other.gone.forEach((l) => l()));
    },
    onMessage: { addListener: (l) => void self.message.push(l) },
    onDisconnect: { addListener: (l) => void self.gone.push(l) },
  });
  return [port(a, b), port(b, a)];
}

const html = buildReportHtml({ t3: { total: { natural: sampleValues('2021').t3.total!.natural + 5 } }, omitSections: [6] });
const input = (): RuleInput => extractForAudit(parseHtml(html).document).input!;

describe('rules channel', () => {
  it('answers with the findings of the in-process audit and the ids of every rule', async () => {
    const background: RulesPort[] = [];
    const channel = rulesChannel(() => {
      const [content, bg] = portPair();
      background.push(bg);
      serveRules(bg);
      return content;
    });
    channel.open();
    const reply = await channel.run(input(), 'en');
    expect(reply.findings).toEqual(auditDocument(parseHtml(html).document, { source: 'x', lang: 'en' }).result.findings);
    expect(reply.findings.some((f) => f.rule === 't3-balance' && f.status === 'fail')).toBe(true);
    expect(reply.rules).toEqual(RULES.map((r) => r.meta.id));
    // A second request on the same connection; opened once, ahead of the first.
    expect((await channel.run(input(), 'zh_CN')).findings.length).toBe(reply.findings.length);
    expect(background).toHaveLength(1);
    channel.close();
  });

  it('fails a waiting request when the background goes away, and connects again for the next', async () => {
    let connects = 0;
    const channel = rulesChannel(() => {
      connects++;
      const [content, bg] = portPair();
      if (connects === 1) bg.onMessage.addListener(() => bg.disconnect()); // the service worker stops
      else serveRules(bg);
      return content;
    });
    await expect(channel.run(input(), 'en')).rejects.toThrow('the rules connection closed');
    await expect(channel.run(input(), 'en')).resolves.toMatchObject({ rules: RULES.map((r) => r.meta.id) });
    expect(connects).toBe(2);
  });

  it('rejects a reply that is not findings', async () => {
    const channel = rulesChannel(() => {
      const [content, bg] = portPair();
      bg.onMessage.addListener(() => bg.postMessage({ findings: [{ rule: 1 }], rules: [] }));
      return content;
    });
    await expect(channel.run(input(), 'en')).rejects.toThrow('not valid');
  });

  it('closing ends a request still waiting', async () => {
    const channel = rulesChannel(() => portPair()[0]); // nobody answers
    const waiting = channel.run(input(), 'en');
    channel.close();
    await expect(waiting).rejects.toThrow('the audit ended');
  });

  it('the background drops a connection that sends anything but a rules request', async () => {
    const [content, bg] = portPair();
    serveRules(bg);
    const closed = new Promise<void>((resolve) => content.onDisconnect.addListener(resolve));
    content.postMessage({ type: 'run-rules', lang: 'en', input: { report: 'not a report' } });
    await closed;
  });
});
