// The content script's rules round trip over a port (runtime.connect, name RULES_PORT) that the
// audit opens when it starts: the connection is made while the page is being read, so only the
// request and its reply are left to wait for once the report is extracted (a one-off
// runtime.sendMessage would set up its channel only then). The background answers each request
// on the port in order (lib/rules-channel/background.ts); the audit closes the port when it ends.
import { RulesReplySchema, rulesRequest, type RulesReply } from '../messages';
import type { Lang } from '../i18n/translate';
import type { RuleInput } from '../rules/types';

/** The part of a runtime.Port used here and in lib/rules-channel/background.ts (lib/ imports no extension API). */
export interface RulesPort {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  /** Fires when the other end disconnects (not on this end's own disconnect()). */
  onDisconnect: { addListener(listener: () => void): void };
}

export interface RulesChannel {
  /** Connect now, ahead of the first request. */
  open(): void;
  /** The findings of the rules over this report, and the ids of the rules that ran. */
  run(input: RuleInput, lang: Lang): Promise<RulesReply>;
  /** Disconnect; requests still waiting are rejected. The next run connects again. */
  close(): void;
}

export function rulesChannel(connect: () => RulesPort): RulesChannel {
  let port: RulesPort | null = null;
  const waiting: { resolve(reply: RulesReply): void; reject(e: Error): void }[] = [];
  const fail = (why: string) => {
    port = null;
    for (const w of waiting.splice(0)) w.reject(new Error(why));
  };
  const open = (): RulesPort => {
    if (port) return port;
    const p = (port = connect());
    p.onMessage.addListener((raw) => {
      const w = waiting.shift();
      const reply = RulesReplySchema.safeParse(raw);
      if (reply.success) w?.resolve(reply.data);
      else w?.reject(new Error('the rules reply is not valid'));
    });
    // The background went away (a service worker stopped, an extension reloaded).
    p.onDisconnect.addListener(() => {
      if (port === p) fail('the rules connection closed');
    });
    return p;
  };
  return {
    open: () => void open(),
    run: (input, lang) => new Promise((resolve, reject) => {
      const p = open();
      waiting.push({ resolve, reject });
      p.postMessage(rulesRequest(input, lang));
    }),
    close() {
      const p = port;
      fail('the audit ended');
      p?.disconnect();
    },
  };
}
