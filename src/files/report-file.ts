/**
 * THE reader of a dbgap-audit JSON report, used by `merge`, `diff` and `scan --baseline`. It validates against the
 * report's one zod schema (src/model/report-schema.ts); every problem is one sentence naming the file and a field.
 */
import type { z } from 'zod';
import { InputFileError } from '../errors.js';
import { REPORT_SCHEMA_VERSION, reportSchema } from '../model/report-schema.js';
import type { ScanResult } from '../model/scan-result.js';
import { parseJsonInput, readInputFile } from './read-input-file.js';

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
  const parsed = parseJsonInput(text, what);
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
  return parseReport(await readInputFile(path, { what: role === 'baseline' ? 'baseline file' : 'report file' }), path, role);
}
