/**
 * THE description of the JSON report (`scan --format json`, findings.json in an evidence bundle): one zod schema
 * from which the TypeScript types (src/model/scan-result.ts), the reader (src/files/report-file.ts) and the
 * published JSON Schema (schemas/report.schema.json, written by `npm run docs`) all come. Incompatible changes bump
 * REPORT_SCHEMA_VERSION.
 */
import { z } from 'zod';
import { CONTROL_AREA_IDS, type ControlAreaId } from './control-areas.js';
import { SEVERITIES } from './severity.js';
import { FAILURE_KINDS } from './failure.js';

/** Version of the JSON report shape (documented in the README). Bump on incompatible change. */
export const REPORT_SCHEMA_VERSION = 1;

const text = z.string().min(1);
const accountId = z.string().regex(/^\d{12}$/);
const count = z.number().int().min(0);
const dateTime = z.iso.datetime({ offset: true });

export const toolSchema = z.strictObject({ name: text, version: text }).meta({ id: 'tool' });

export const accountSchema = z
  .strictObject({
    id: accountId,
    partition: text,
    callerArn: z.string().optional().meta({ description: 'The identity the scan ran as (never a credential).' }),
    alias: z.string().optional(),
  })
  .meta({ id: 'account' });

export const controlAreaSchema = z.enum(CONTROL_AREA_IDS as [ControlAreaId, ...ControlAreaId[]]).meta({ id: 'controlArea' });
export const severitySchema = z.enum(SEVERITIES).meta({ id: 'severity' });
export const statusSchema = z.enum(['pass', 'fail', 'error', 'not_applicable', 'manual']).meta({ id: 'status' });

export const statusCountsSchema = z
  .strictObject({
    pass: count,
    fail: count,
    error: count,
    not_applicable: count,
    manual: count,
    waived: count,
    total: count,
  })
  .meta({ id: 'statusCounts' });

export const nistSchema = z
  .strictObject({
    sp800_53r5: z.array(z.string().regex(/^[A-Z]{2}-\d+(\(\d+\))?$/)),
    sp800_171r2: z.array(z.string().regex(/^3\.\d{1,2}\.\d{1,2}$/)),
    sp800_171r3: z.array(z.string().regex(/^03\.\d{2}\.\d{2}$/)),
  })
  .meta({ id: 'nist' });

export const checkSummarySchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)+$/),
    title: text,
    controlArea: controlAreaSchema,
    severity: severitySchema,
    kind: z.enum(['automated', 'manual']),
    nist: nistSchema,
    rationale: text,
    remediation: z.strictObject({
      summary: text,
      cli: text.optional(),
      docUrl: z.string().regex(/^https:\/\/\S+$/).optional().meta({ description: 'The AWS documentation page for the fix.' }),
    }),
  })
  .meta({ id: 'check' });

const waiverFields = {
  checkId: text,
  resources: z.array(text),
  reason: text,
  approvedBy: text,
  expires: z.string().meta({ description: 'ISO 8601 date (or date-time) after which the waiver no longer applies.' }),
  ticket: z.string().optional(),
};

export const waiverSchema = z.strictObject(waiverFields).meta({ id: 'waiver' });

export const checkResultSchema = z
  .strictObject({
    checkId: text,
    status: statusSchema,
    severity: severitySchema,
    controlArea: controlAreaSchema,
    accountId,
    resourceArn: text,
    region: text.optional(),
    message: text,
    waiver: waiverSchema.optional().meta({ description: 'Present on a failing result that a valid waiver covers.' }),
    baseline: z.enum(['new', 'existing']).optional().meta({ description: 'With --baseline: whether this failure was already failing.' }),
  })
  .meta({ id: 'result' });

export const failureKindSchema = z.enum(FAILURE_KINDS);

export const collectionErrorSchema = z
  .strictObject({
    api: text,
    action: text,
    code: text,
    kind: failureKindSchema,
    message: z.string(),
    region: text.optional(),
    resourceArn: text.optional(),
    field: text.optional().meta({ description: 'The fact of the resource left unknown (the resource itself was read).' }),
    accountId: accountId.optional(),
  })
  .meta({ id: 'collectionError' });

export const waiverStatusSchema = z
  .strictObject({
    ...waiverFields,
    index: z.number().int().min(1),
    status: z.enum(['applied', 'expiring', 'expired', 'unused']),
    matched: count,
    daysLeft: z.number().int(),
  })
  .meta({ id: 'waiverStatus' });

export const fixedFindingSchema = z.strictObject({
  checkId: text,
  accountId,
  resourceArn: text,
  controlArea: controlAreaSchema,
  severity: severitySchema,
  now: z.enum(['pass', 'not_applicable', 'manual', 'absent']),
});

export const baselineComparisonSchema = z
  .strictObject({
    file: z.string(),
    baselineStartedAt: dateTime,
    new: count,
    existing: count,
    fixed: z.array(fixedFindingSchema),
  })
  .meta({ description: 'Present with --baseline.' });

export const dataStoreSchema = z
  .strictObject({
    accountId,
    arn: text,
    kind: text.meta({ description: 'Short kind, `<service>-<thing>`: `s3-bucket`, `ebs-volume`, `rds-instance`…' }),
    service: text,
    region: text.optional().meta({ description: 'Absent for global stores.' }),
    name: text,
    controlledData: z
      .union([z.literal(true), z.literal('unknown')])
      .meta({ description: "true: classified as dbGaP data by name or tag (reason says why); 'unknown': its tags could not be read and its name does not decide." }),
    reason: text,
    encryption: z.string(),
    exposure: z.string(),
    retention: z.string(),
  })
  .meta({ id: 'dataStore' });

export const FRAMEWORK_ID_VALUES = ['dbgap', 'nist-800-171-r2', 'nist-800-171-r3', 'nist-800-53-r5'] as const;

/** Worst first. The rule that decides them is in reports/requirements.ts and the README ("Requirement verdicts"). */
export const REQUIREMENT_VERDICT_VALUES = ['not_met', 'not_assessed', 'partly_met', 'attested', 'met'] as const;
export const requirementVerdictSchema = z
  .enum(REQUIREMENT_VERDICT_VALUES)
  .meta({ id: 'requirementVerdict', description: 'The requirement-level verdict (README "Requirement verdicts" gives the rule).' });

// The verdict fields are optional for the reader only: reports written before them stay readable; this version
// always writes them.
export const frameworkViewSchema = z
  .strictObject({
    id: z.enum(FRAMEWORK_ID_VALUES),
    title: text,
    verdicts: z
      .strictObject(Object.fromEntries(REQUIREMENT_VERDICT_VALUES.map((verdict) => [verdict, count])) as Record<(typeof REQUIREMENT_VERDICT_VALUES)[number], typeof count>)
      .optional()
      .meta({ description: 'How many requirements have each verdict.' }),
    requirements: z.array(
      z.strictObject({
        id: text,
        title: text.optional(),
        family: text.optional().meta({ description: "NIST SP 800-171: the requirement's family." }),
        status: z.enum(['pass', 'fail', 'error', 'not_applicable', 'manual', 'waived', 'not_assessed']),
        counts: statusCountsSchema,
        checks: z.array(z.strictObject({ checkId: text, counts: statusCountsSchema })),
        verdict: requirementVerdictSchema.optional(),
        reason: text.optional().meta({ description: 'Why this verdict, naming the checks that decided it.' }),
        failingResources: count.optional().meta({ description: 'Distinct resources (account + ARN) with an unwaived failure.' }),
        waivedResources: count.optional().meta({ description: 'Distinct resources whose failures are all waived (and no error).' }),
        errorResources: count.optional().meta({ description: 'Distinct resources that could not be evaluated (and no unwaived failure).' }),
        passingResources: count.optional().meta({ description: 'Distinct resources that only pass.' }),
        manualItems: z.array(text).optional().meta({ description: 'Manual attestation items mapped to the requirement.' }),
      }),
    ),
  })
  .meta({
    id: 'framework',
    description:
      "The compliance view (scan --framework): requirement → checks → status counts, with each requirement's verdict. For NIST SP 800-171 every requirement of the revision is listed, covered by a check or not.",
  });

export const reportSchema = z
  .strictObject({
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION).meta({ description: 'Version of this report shape.' }),
    tool: toolSchema,
    scan: z.strictObject({
      startedAt: dateTime,
      finishedAt: dateTime,
      source: z
        .enum(['live', 'inventory'])
        .meta({ description: 'live = collected in this run; inventory = evaluated from a saved inventory file.' }),
      inventoryCollectedAt: dateTime,
      account: accountSchema.meta({ description: 'The (first) account scanned; see accounts for multi-account scans.' }),
      accounts: z.array(accountSchema).min(1),
      regions: z.array(text),
      skippedRegions: z
        .array(text)
        .optional()
        .meta({ description: 'Opt-in regions not enabled for the account, so not scanned (absent when none).' }),
      notOwned: z
        .array(z.strictObject({ api: text, region: text, count: z.number().int().nonnegative(), accountId: accountId.optional() }))
        .optional()
        .meta({
          description:
            "Resources a listing returned although another account owns them (an endpoint that ignored OwnerIds=self), dropped before any per-resource call (absent when none).",
        }),
    }),
    summary: statusCountsSchema,
    summaryByAccount: z
      .record(accountId, statusCountsSchema)
      .optional()
      .meta({ description: 'Status counts per account id; present when the report covers more than one account.' }),
    checks: z.array(checkSummarySchema),
    results: z.array(checkResultSchema),
    collectionErrors: z.array(collectionErrorSchema),
    framework: frameworkViewSchema.optional(),
    dataInventory: z
      .array(dataStoreSchema)
      .optional()
      .meta({
        description:
          'Where the data lives: every store that holds or may hold dbGaP data (by name or tag, or whose tags could not be read), per account, sorted by account then ARN. Absent in reports written before it.',
      }),
    waivers: z
      .array(waiverStatusSchema)
      .optional()
      .meta({ description: 'Present when a waivers file was used: every waiver with its status.' }),
    baseline: baselineComparisonSchema.optional(),
  })
  .meta({
    title: `dbgap-audit JSON report, schemaVersion ${REPORT_SCHEMA_VERSION}`,
    description:
      'The output of `dbgap-audit scan --format json` (and findings.json in an evidence bundle). Incompatible changes bump schemaVersion.',
  });

/** The published JSON Schema (draft-07), generated from reportSchema. */
export function reportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(reportSchema, { target: 'draft-7', io: 'output' }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    $id: 'https://github.com/dbgap-audit/dbgap-audit/blob/main/schemas/report.schema.json',
    ...generated,
  };
}
