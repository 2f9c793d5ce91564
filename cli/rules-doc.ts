// npm run docs:rules — writes docs/rules.md from the rules' metadata (lib/rules/reference.ts).
import { writeFileSync } from 'node:fs';
import { rulesReference } from '../lib/rules/reference';

export const RULES_DOC_PATH = 'docs/rules.md';

writeFileSync(RULES_DOC_PATH, rulesReference());
process.stderr.write(`wrote ${RULES_DOC_PATH}\n`);
