// The background's end of the rules channel (lib/rules-channel/content.ts): each request on the port is
// validated and answered with the findings, in order.
import { RulesRequestSchema, ruleInputOf, type RulesReply } from '../messages';
import type { RulesPort } from './content';
import { RULES } from '../rules/registry';
import { runRules } from '../rules/run';

export function serveRules(port: RulesPort): void {
  port.onMessage.addListener((raw) => {
    const req = RulesRequestSchema.safeParse(raw);
    // Only the content script connects here; anything else ends the connection.
    if (!req.success) return port.disconnect();
    const reply: RulesReply = { findings: runRules(ruleInputOf(req.data), req.data.lang), rules: RULES.map((r) => r.meta.id) };
    port.postMessage(reply);
  });
}
