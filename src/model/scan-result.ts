import type { ControlAreaId } from './control-areas.js';
import type { Check, NistMapping, Remediation, ResultStatus } from './check.js';
import type { CollectionFailure } from './failure.js';
import type { AccountScope } from './inventory.js';
import type { Severity } from './severity.js';

/** Version of the JSON report shape (documented in the README). Bump on incompatible change. */
export const REPORT_SCHEMA_VERSION = 1;

export interface Waiver {
  checkId: string;
  resources: string[];
  reason: string;
  approvedBy: string;
  expires: string;
  ticket?: string;
}

/** One evaluated (check, resource) pair. */
export interface CheckResult {
  checkId: string;
  status: ResultStatus;
  severity: Severity;
  controlArea: ControlAreaId;
  accountId: string;
  resourceArn: string;
  region?: string;
  message: string;
  /** Present on a failing result that a valid waiver covers. */
  waiver?: Waiver;
  /** With --baseline: whether this failing result was already failing in the baseline report. */
  baseline?: 'new' | 'existing';
}

/** A waiver from the waivers file and what it did in this scan (src/config/waivers.ts). */
export interface WaiverStatus extends Waiver {
  /** 1-based position in the waivers file. */
  index: number;
  /** applied; applied but expiring within --waiver-warning-days; expired (not applied); unused (matched nothing). */
  status: 'applied' | 'expiring' | 'expired' | 'unused';
  /** Failing results of its check whose ARN it matches (for an expired waiver: those it would have covered). */
  matched: number;
  /** Whole days from the scan date (UTC) to the expiry date; negative once expired. */
  daysLeft: number;
}

/** A finding that failed in the baseline and no longer fails (src/config/baseline.ts). */
export interface FixedFinding {
  checkId: string;
  accountId: string;
  resourceArn: string;
  controlArea: ControlAreaId;
  severity: Severity;
  /** The result's status in this scan, or `absent` when the resource is gone. */
  now: 'pass' | 'not_applicable' | 'manual' | 'absent';
}

export interface BaselineComparison {
  file: string;
  /** `scan.startedAt` of the baseline report. */
  baselineStartedAt: string;
  new: number;
  existing: number;
  fixed: FixedFinding[];
}

export interface CheckSummary {
  id: string;
  title: string;
  controlArea: ControlAreaId;
  severity: Severity;
  kind: 'automated' | 'manual';
  nist: NistMapping;
  rationale: string;
  remediation: Remediation;
}

export type StatusCounts = Record<ResultStatus, number> & { waived: number; total: number };

export interface ScanResult {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  scan: {
    startedAt: string;
    finishedAt: string;
    /** `live` = collected from AWS in this run; `inventory` = evaluated from a saved inventory file. */
    source: 'live' | 'inventory';
    inventoryCollectedAt: string;
    /** The (first) account scanned; see `accounts` for multi-account scans. */
    account: AccountScope;
    /** Every account in this report (one for a single-account scan). Every result carries its `accountId`. */
    accounts: AccountScope[];
    regions: string[];
    /** Regions not scanned because they are not enabled (opt-in), in any account. Absent when none. */
    skippedRegions?: string[];
  };
  summary: StatusCounts;
  /** Status counts per account id; present when the report covers more than one account. */
  summaryByAccount?: Record<string, StatusCounts>;
  checks: CheckSummary[];
  results: CheckResult[];
  /** Every collection failure, as recorded in the inventory (with its `accountId` in multi-account reports). */
  collectionErrors: Array<CollectionFailure & { accountId?: string }>;
  /** Present when a waivers file was used: every waiver with its status. */
  waivers?: WaiverStatus[];
  /** Present with --baseline. */
  baseline?: BaselineComparison;
}

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
