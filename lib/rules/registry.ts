// Every rule the audit runs, in the order their findings are listed.
import { t3Balance } from './t3-balance';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [t3Balance];
