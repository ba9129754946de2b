import type { z } from 'zod';
import type {
  baselineComparisonSchema,
  checkResultSchema,
  checkSummarySchema,
  dataStoreSchema,
  fixedFindingSchema,
  frameworkViewSchema,
  reportSchema,
  statusCountsSchema,
  waiverSchema,
  waiverStatusSchema,
} from './report-schema.js';
import type { Check } from './check.js';

export { REPORT_SCHEMA_VERSION } from './report-schema.js';

// The report's types come from its one zod schema (src/model/report-schema.ts).
export type Waiver = z.infer<typeof waiverSchema>;
/** One evaluated (check, resource) pair. */
export type CheckResult = z.infer<typeof checkResultSchema>;
/** A waiver from the waivers file and what it did in this scan (src/config/waivers.ts). */
export type WaiverStatus = z.infer<typeof waiverStatusSchema>;
/** A finding that failed in the baseline and no longer fails (src/config/baseline.ts). */
export type FixedFinding = z.infer<typeof fixedFindingSchema>;
export type BaselineComparison = z.infer<typeof baselineComparisonSchema>;
export type CheckSummary = z.infer<typeof checkSummarySchema>;
export type StatusCounts = z.infer<typeof statusCountsSchema>;
/** The compliance view of `--framework` (reports/framework.ts builds it). */
export type FrameworkView = z.infer<typeof frameworkViewSchema>;
/** A store that holds or may hold dbGaP data, as the report lists it (src/rules/data-stores). */
export type DataStoreEntry = z.infer<typeof dataStoreSchema>;
/** A scan's outcome: the JSON report without its optional framework section. */
export type ScanResult = Omit<z.infer<typeof reportSchema>, 'framework'>;

export function summarizeCheck(check: Check): CheckSummary {
  return {
    id: check.id,
    title: check.title,
    controlArea: check.controlArea,
    severity: check.severity,
    kind: check.kind,
    nist: check.nist,
    rationale: check.rationale,
    remediation: check.remediation,
  };
}

export function countStatuses(results: readonly CheckResult[]): StatusCounts {
  const counts: StatusCounts = { pass: 0, fail: 0, error: 0, not_applicable: 0, manual: 0, waived: 0, total: 0 };
  for (const result of results) {
    counts[result.status] += 1;
    counts.total += 1;
    if (result.waiver) counts.waived += 1;
  }
  return counts;
}
