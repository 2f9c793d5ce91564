// zod schemas of MODEL.md: the report model and the audit's JSON contract.
// zod/mini keeps the content script small (tree-shakeable); the shapes are those of MODEL.md,
// extended only with optional fields.
import * as z from 'zod/mini';
import { T3_COL_KEYS, T3_ROWS, T4_FIELDS, T4_GROUPS } from './keys';

export const SCHEMA_VERSION = 'nianbao-audit/1';

/** A cell value: a number, or null when blank or a placeholder (never 0 for blank). */
export const CellValue = z.nullable(z.number());

/**
 * The report model's schemas, built on first use (ReportSchema is lazy): the engine injected into
 * report pages never checks a report, and building them cost 1.7 ms of its start on every page.
 */
function reportSchemas() {
  const enumOf = <const T extends readonly { key: string }[]>(defs: T) =>
    z.enum(defs.map((d) => d.key) as [T[number]['key'], ...T[number]['key'][]]);

  const T3ColKeySchema = z.enum(T3_COL_KEYS as [string, ...string[]]);
  const T3RowKeySchema = enumOf(T3_ROWS);
  const T3Row = z.partialRecord(T3ColKeySchema, CellValue);
  const T3Table = z.partialRecord(T3RowKeySchema, T3Row);

  const T4GroupKeySchema = enumOf(T4_GROUPS);
  const T4FieldKeySchema = enumOf(T4_FIELDS);
  const T4Group = z.partialRecord(T4FieldKeySchema, CellValue);
  const T4Table = z.partialRecord(T4GroupKeySchema, T4Group);

  // Strict objects: every field of both formats is optional, so with plain (key-stripping) objects
  // a 2019 table would match the 2021 shape first and lose its 2019 fields.
  const fields = <const K extends readonly string[]>(keys: K) =>
    z.strictObject(Object.fromEntries(keys.map((k) => [k, z.optional(CellValue)])) as { [P in K[number]]: z.ZodMiniOptional<typeof CellValue> });

  const docCounts2021 = fields(['issued', 'repealed', 'inForce'] as const);
  const decisions2021 = fields(['decisions'] as const);
  const T2Table2021 = z.strictObject({
    regulations: z.optional(docCounts2021),
    normativeDocs: z.optional(docCounts2021),
    licensing: z.optional(decisions2021),
    punishment: z.optional(decisions2021),
    coercion: z.optional(decisions2021),
    fees: z.optional(fields(['amount'] as const)),
  });
  const docCounts2019 = fields(['made', 'published', 'total'] as const);
  const items2019 = fields(['previous', 'change', 'decisions'] as const);
  const T2Table2019 = z.strictObject({
    regulations: z.optional(docCounts2019),
    normativeDocs: z.optional(docCounts2019),
    licensing: z.optional(items2019),
    otherServices: z.optional(items2019),
    punishment: z.optional(items2019),
    coercion: z.optional(items2019),
    fees: z.optional(fields(['previous', 'change'] as const)),
    procurement: z.optional(fields(['count', 'amount'] as const)),
  });
  // Which of the two is decided by report.format; the union accepts either shape.
  const T2Table = z.union([T2Table2021, T2Table2019]);

  /**
   * Something about a table's structure that the structure rules (FORMAT.md §4.1 T3-F, §4.2 T4-B,
   * §4.3 T2-A) report: machine-readable, so a rule can name the row or column.
   */
  const TableIssue = z.object({
    kind: z.enum([
      'missing-row', // an official row is not on the page
      'missing-column', // an official column is not on the page
      'extra-column', // the page has a column the format does not (values still read by meaning)
      'duplicate-row', // a row label appears twice (e.g. a repeated header mid-table)
      'label-variant', // a label matched, but its wording differs from the official one
      'text-in-cell', // a value cell holds text that is not a number or placeholder
      'split-table', // the table was read from several <table> elements
      'unmatched-row', // a row with numbers whose label matches no official row
    ]),
    row: z.optional(z.string()),
    col: z.optional(z.string()),
    /** The label or text as found on the page. */
    found: z.optional(z.string()),
    /** The official label. */
    expected: z.optional(z.string()),
  });

  /** Extension of MODEL.md: what the extractor could and could not read of a table. */
  const TableInfo = z.object({
    found: z.boolean(),
    /** false when the table was found but its cells could not be read; `reason` says why. */
    readable: z.boolean(),
    reason: z.optional(z.string()),
    source: z.optional(z.enum(['table', 'text'])),
    missingRows: z.array(z.string()),
    missingCols: z.array(z.string()),
    /** Free-text notes for people (English, not shown in the UI). */
    notes: z.array(z.string()),
    issues: z.optional(z.array(TableIssue)),
  });

  const SectionSchema = z.object({
    number: z.int().check(z.minimum(1), z.maximum(6)),
    heading: z.string(),
  });

  const FormatSchema = z.enum(['2021', '2019', 'legacy', 'unknown']);

  const ReportSchema = z.object({
    title: z.nullable(z.string()),
    agency: z.nullable(z.string()),
    year: z.nullable(z.int()),
    published: z.nullable(z.string()),
    format: FormatSchema,
    sections: z.array(SectionSchema),
    missing: z.array(z.int()),
    tables: z.object({
      t2: z.nullable(T2Table),
      t3: z.nullable(T3Table),
      t4: z.nullable(T4Table),
    }),
    // Extensions (optional, MODEL.md-compatible):
    /** The statistics period as stated ("统计期限为2024年1月1日至2024年12月31日"), ISO dates. */
    period: z.optional(z.nullable(z.object({ from: z.string(), to: z.string() }))),
    /** The format notice the report cites: "60号" (2019) or "30号" (2021). */
    notice: z.optional(z.nullable(z.enum(['60号', '30号']))),
    tableInfo: z.optional(z.partialRecord(TableIdSchema, TableInfo)),
    /** Raw text of cells whose text is not a plain number, keyed "t3:new:natural". */
    raw: z.optional(z.record(z.string(), z.string())),
  });
  return { T3Table, T4Table, T2Table2021, T2Table2019, T2Table, TableIssue, TableInfo, FormatSchema, ReportSchema };
}
type ReportSchemas = ReturnType<typeof reportSchemas>;

export type T3Table = z.infer<ReportSchemas['T3Table']>;
export type T4Table = z.infer<ReportSchemas['T4Table']>;
export type T2Table2021 = z.infer<ReportSchemas['T2Table2021']>;
export type T2Table2019 = z.infer<ReportSchemas['T2Table2019']>;
export type T2Table = z.infer<ReportSchemas['T2Table']>;
export type TableIssue = z.infer<ReportSchemas['TableIssue']>;
export type TableInfo = z.infer<ReportSchemas['TableInfo']>;
export type Format = z.infer<ReportSchemas['FormatSchema']>;

export const TableIdSchema = z.enum(['t2', 't3', 't4']);

/** A report (MODEL.md), checked where one arrives: exported JSON, a rules request in the background. */
export const ReportSchema = z.lazy(() => reportSchemas().ReportSchema);
export type Report = z.infer<typeof ReportSchema>;

export const DetectionKind = z.enum(['report', 'listing', 'notice', 'attachment-only', 'image-only', 'other']);
export type DetectionKind = z.infer<typeof DetectionKind>;
const PageLink = z.object({ text: z.string(), href: z.string() });
export const DetectionSchema = z.object({
  kind: DetectionKind,
  confidence: z.number().check(z.minimum(0), z.maximum(1)),
  signals: z.array(z.string()),
  // Extensions for explaining a page that is not a readable report:
  /** A listing page's links to reports (FORMAT.md §6.6). */
  reportLinks: z.optional(z.array(PageLink)),
  /** An attachment-only report's attachment links (PDF/DOC/WPS/OFD, viewer). */
  attachments: z.optional(z.array(PageLink)),
});
export type Detection = z.infer<typeof DetectionSchema>;

export const CellRoleSchema = z.enum(['total', 'operand']);
export type CellRole = z.infer<typeof CellRoleSchema>;
export const CellAddrSchema = z.object({
  table: TableIdSchema,
  row: z.string(),
  col: z.string(),
  /**
   * Extension: the cell's part in an identity. `total`: the cell the identity is about (（七）总计
   * of a column, 总计 of a row); `operand`: a cell that only enters the sum. Absent when every
   * cell of the finding stands alike (一 + 二 = （七）总计 + 四). The overlay badges the totals and
   * outlines the operands more lightly.
   */
  role: z.optional(CellRoleSchema),
});
export type CellAddr = z.infer<typeof CellAddrSchema>;

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;
export const StatusSchema = z.enum(['fail', 'review']);
export type Status = z.infer<typeof StatusSchema>;

export const FindingSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  status: StatusSchema,
  message: z.string(),
  cells: z.array(CellAddrSchema),
  text: z.optional(z.string()),
  // Extensions: the catalogue key and parameters, so a UI can re-render the message in another language.
  messageKey: z.optional(z.string()),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
  /** The section (1..6) a text finding is about. */
  section: z.optional(z.int()),
  /**
   * Extension: `text` is the opening of the section, quoted for context, not the words at fault
   * (the finding is about what the section lacks). The overlay marks the section's heading instead
   * of highlighting the excerpt.
   */
  excerpt: z.optional(z.boolean()),
});
export type Finding = z.infer<typeof FindingSchema>;

export const AuditResultSchema = z.object({
  schema: z.literal(SCHEMA_VERSION),
  source: z.string(),
  detection: DetectionSchema,
  report: z.nullable(ReportSchema),
  findings: z.array(FindingSchema),
});
export type AuditResult = z.infer<typeof AuditResultSchema>;

/** A file the CLI could not read: MODEL.md's per-file error object. */
export const AuditErrorSchema = z.object({ schema: z.literal(SCHEMA_VERSION), source: z.string(), error: z.string() });
export type AuditError = z.infer<typeof AuditErrorSchema>;
