/**
 * Baselines: a previous JSON report (`--baseline FILE`) against which each failing result is marked `new` or
 * `existing`, so a CI gate can fail only on new findings (`--only-new`), and the findings fixed since are listed.
 * Findings are matched by a stable key: checkId + accountId + resourceArn (never by message or severity).
 */
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { InputFileError } from '../errors.js';
import { CONTROL_AREA_IDS } from '../model/control-areas.js';
import { REPORT_SCHEMA_VERSION, type BaselineComparison, type CheckResult, type FixedFinding, type ScanResult } from '../model/scan-result.js';
import { SEVERITIES } from '../model/severity.js';

/** Reports larger than this are refused rather than exhausting memory. */
export const MAX_REPORT_BYTES = 512 * 1024 * 1024;

const resultSchema = z.looseObject({
  checkId: z.string().min(1),
  status: z.enum(['pass', 'fail', 'error', 'not_applicable', 'manual']),
  severity: z.enum(SEVERITIES),
  controlArea: z.enum(CONTROL_AREA_IDS as [string, ...string[]]),
  accountId: z.string().min(1),
  resourceArn: z.string().min(1),
  message: z.string(),
  waiver: z.looseObject({ checkId: z.string() }).optional(),
});

/** Only what a comparison reads is validated; the rest of the report is carried as is. */
const reportSchema = z.looseObject({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  tool: z.looseObject({ name: z.string(), version: z.string() }),
  scan: z.looseObject({ startedAt: z.string(), regions: z.array(z.string()) }),
  checks: z.array(z.looseObject({ id: z.string() })),
  results: z.array(resultSchema),
});

export type ReportRole = 'baseline' | 'report';

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.');
  // zod does not keep the input on an issue; a missing field is an invalid_type whose input was undefined.
  if (issue.code === 'invalid_type' && field && issue.message.endsWith('received undefined')) return `field ${field} is missing`;
  return `field ${field || '(top level)'} ${issue.message.replace(/^Invalid input: /, '')}`;
}

/** Parses a dbgap-audit JSON report (as written by `--format json`). Every error names `source` and one field. */
export function parseReport(text: string, source: string, role: ReportRole = 'report'): ScanResult {
  const what = role === 'baseline' ? `The baseline file ${source}` : `The report file ${source}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputFileError(`${what} is not valid JSON (${(error as Error).message.split('\n')[0]}).`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputFileError(`${what} is not a dbgap-audit JSON report: field (top level) must be an object.`);
  }
  const record = parsed as Record<string, unknown>;
  if ('keys' in record && 'collectedAt' in record && !('results' in record)) {
    throw new InputFileError(`${what} is an inventory, not a JSON report: field results is missing (write one with scan --format json).`);
  }
  if (record.schemaVersion !== undefined && record.schemaVersion !== REPORT_SCHEMA_VERSION) {
    throw new InputFileError(`${what}: field schemaVersion is ${JSON.stringify(record.schemaVersion)}; this dbgap-audit reads report version ${REPORT_SCHEMA_VERSION}.`);
  }
  const checked = reportSchema.safeParse(parsed);
  if (!checked.success) {
    const first = checked.error.issues[0];
    throw new InputFileError(`${what} is not a dbgap-audit JSON report: ${first ? describeIssue(first) : 'invalid'}.`);
  }
  return checked.data as unknown as ScanResult;
}

export async function readReportFile(path: string, role: ReportRole = 'report'): Promise<ScanResult> {
  const what = role === 'baseline' ? 'baseline file' : 'report file';
  let text: string;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputFileError(`The ${what} ${path} is a directory, not a file.`);
    if (info.size > MAX_REPORT_BYTES) throw new InputFileError(`The ${what} ${path} is ${info.size} bytes, over the ${MAX_REPORT_BYTES}-byte limit.`);
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'is not readable (permission denied)' : (error as Error).message;
    throw new InputFileError(`The ${what} ${path} ${why}.`);
  }
  return parseReport(text, path, role);
}

/** The stable identity of a finding across scans. */
export function findingKey(result: Pick<CheckResult, 'checkId' | 'accountId' | 'resourceArn'>): string {
  return JSON.stringify([result.checkId, result.accountId, result.resourceArn]);
}

/**
 * Marks every failing result `new` or `existing` against the baseline, and lists the baseline's failures that no
 * longer fail. Only checks and accounts evaluated in this scan can be "fixed": a failure whose check was not run,
 * or whose result is now `error` (unknown), is not counted as fixed.
 */
export function compareWithBaseline(
  results: readonly CheckResult[],
  baseline: ScanResult,
  context: { file: string; checkIds: readonly string[]; accountIds: readonly string[] },
): { results: CheckResult[]; comparison: BaselineComparison } {
  const failingBefore = new Map(baseline.results.filter((entry) => entry.status === 'fail').map((entry) => [findingKey(entry), entry]));
  const marked = results.map((result): CheckResult => {
    if (result.status !== 'fail') return result;
    return { ...result, baseline: failingBefore.has(findingKey(result)) ? 'existing' : 'new' };
  });
  const current = new Map(results.map((result) => [findingKey(result), result]));
  const fixed: FixedFinding[] = [];
  for (const [key, before] of failingBefore) {
    if (!context.checkIds.includes(before.checkId) || !context.accountIds.includes(before.accountId)) continue;
    const now = current.get(key);
    if (now && (now.status === 'fail' || now.status === 'error')) continue;
    fixed.push({
      checkId: before.checkId,
      accountId: before.accountId,
      resourceArn: before.resourceArn,
      controlArea: before.controlArea,
      severity: before.severity,
      now: now ? now.status as FixedFinding['now'] : 'absent',
    });
  }
  return {
    results: marked,
    comparison: {
      file: context.file,
      baselineStartedAt: baseline.scan.startedAt,
      new: marked.filter((entry) => entry.baseline === 'new').length,
      existing: marked.filter((entry) => entry.baseline === 'existing').length,
      fixed,
    },
  };
}
