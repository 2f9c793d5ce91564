// CLI: npm run -s audit -- [--json] [--lang zh_CN|en] [export options, cli/output.ts] FILE_OR_DIR...
// Audits saved report pages (.html/.htm) and plain-text reports (.txt) with the same engine as the
// extension; directories are walked recursively (cli/inputs.ts). JSON (MODEL.md) goes to stdout
// only; logs go to stderr. Exit code 1 if a file could not be read (or an export could not be
// written), else 0.
import { auditDocument } from '../lib/audit';
import { SCHEMA_VERSION, type AuditError, type AuditResult } from '../lib/model/schema';
import { countFindings } from '../lib/summary';
import { isLang, translate, type Lang } from '../lib/i18n/translate';
import { expandInputs, loadInput, message } from './inputs';
import { OUTPUT_USAGE, takeOutputArgs, writeOutputs, type OutputOptions } from './output';

const USAGE = `usage: npm run -s audit -- [--json] [--lang zh_CN|en] ${OUTPUT_USAGE} FILE_OR_DIR...\n`;

interface Args {
  json: boolean;
  lang: Lang;
  files: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, lang: 'zh_CN', files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--lang') {
      const v = argv[++i];
      if (!isLang(v)) throw new Error(`--lang must be zh_CN or en, not ${v}`);
      args.lang = v;
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else args.files.push(a);
  }
  return args;
}

function auditFile(path: string, lang: Lang): AuditResult | AuditError {
  try {
    const { document, close } = loadInput(path);
    try {
      return auditDocument(document, { source: path, lang }).result;
    } finally {
      close();
    }
  } catch (e) {
    return { schema: SCHEMA_VERSION, source: path, error: message(e) };
  }
}

function summary(r: AuditResult | AuditError, lang: Lang): string {
  if ('error' in r) return `${r.source}: ${r.error}\n`;
  const lines = [`${r.source}: ${translate(lang, `kind.${r.detection.kind}`)}`];
  if (r.report) {
    lines.push(`  ${r.report.title ?? ''} (${r.report.year ?? '?'}, ${r.report.format})`);
    const c = countFindings(r.findings);
    lines.push(`  ${r.findings.length === 0 ? translate(lang, 'popup.clean') : translate(lang, 'popup.counts', { ...c })}`);
    for (const f of r.findings) lines.push(`  - [${f.status === 'review' ? 'review' : f.severity}] ${f.rule}: ${f.message}`);
  }
  return lines.join('\n') + '\n';
}

async function main(): Promise<void> {
  let args: Args;
  let output: OutputOptions | null;
  try {
    const taken = takeOutputArgs(process.argv.slice(2));
    output = taken.output;
    args = parseArgs(taken.rest);
  } catch (e) {
    process.stderr.write(`${message(e)}\n`);
    process.exit(2);
  }
  if (args.files.length === 0) {
    process.stderr.write(USAGE);
    process.exit(2);
  }
  const results = expandInputs(args.files).map((f): AuditResult | AuditError =>
    typeof f === 'string' ? auditFile(f, args.lang) : { schema: SCHEMA_VERSION, ...f });
  const failed = results.some((r) => 'error' in r);
  if (output) {
    for (const r of results) if ('error' in r) process.stderr.write(`${r.source}: ${r.error}\n`);
    process.exitCode = (await writeOutputs(results, output, args.lang)) && !failed ? 0 : 1;
    return;
  }
  if (args.json) {
    const out = results.length === 1 ? results[0] : results;
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    for (const r of results) process.stdout.write(summary(r, args.lang));
  }
  process.exitCode = failed ? 1 : 0;
}

void main();
