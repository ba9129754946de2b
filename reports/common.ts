/** Small helpers shared by the report writers (pure functions, no I/O). */
import { createHash } from 'node:crypto';
import type { CheckSummary, ScanResult } from '../src/model/scan-result.js';
import type { FailureKind } from '../src/model/failure.js';
import type { Severity } from '../src/model/severity.js';

/** Where each check is documented: its row in the README's generated check table. */
export const PROJECT_URL = 'https://github.com/dbgap-audit/dbgap-audit';

export function checkHelpUri(checkId: string): string {
  return `${PROJECT_URL}#${checkId}`;
}

export function sha256Hex(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * A stable identity for one finding across runs: the check, the account and the resource. Never the message or a
 * time, so that a reworded message or a re-scan does not make a new alert.
 */
export function findingFingerprint(checkId: string, accountId: string, resourceArn: string): string {
  return sha256Hex(`${checkId}\u0000${accountId}\u0000${resourceArn}`);
}

/**
 * The check catalog's identity: a digest of what decides results (ids, severities, NIST mappings). Two reports with
 * the same catalog digest were produced by the same set of rules.
 */
export function catalogDigest(checks: readonly CheckSummary[]): string {
  const canonical = [...checks]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((check) => [check.id, check.severity, check.kind, check.nist.sp800_53r5, check.nist.sp800_171r2, check.nist.sp800_171r3]);
  return sha256Hex(JSON.stringify(canonical)).slice(0, 16);
}

/** GitHub code scanning's numeric scale (CVSS-like): it maps 9.0+ to critical, 7.0+ high, 4.0+ medium, else low. */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  informational: '1.0',
};

export function checkIndex(result: ScanResult): Map<string, CheckSummary> {
  return new Map(result.checks.map((check) => [check.id, check]));
}

/** `20261120T143000Z` (UTC, no separators): safe in file names on every platform. */
export function compactUtc(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
}

/** What each kind of collection failure means and what to do about it (SARIF descriptors, report.html). */
export const COLLECTION_FAILURE_HELP: Record<FailureKind, { title: string; help: string }> = {
  'access-denied': {
    title: 'Access denied',
    help: 'The scanning role lacks the IAM action named with it. Grant it (dbgap-audit policy prints the least-privilege policy, or attach SecurityAudit) and scan again.',
  },
  throttled: {
    title: 'Still throttled after retries',
    help: 'AWS kept throttling the API after the SDK retried. Scan again with a lower --concurrency, or a higher --max-attempts.',
  },
  timeout: { title: 'Timed out', help: 'The call did not answer within --timeout seconds. Scan again, with a longer --timeout if it persists.' },
  'region-disabled': {
    title: 'Region not enabled',
    help: 'The region is not enabled for the account (an opt-in region). Enable it, or leave it out with --regions or --exclude-regions.',
  },
  'not-available': {
    title: 'Not available',
    help: 'The service or API is not offered in this region or partition (or by the endpoint). The checks that need it cannot be evaluated there.',
  },
  unreadable: {
    title: 'Unreadable answer',
    help: 'The endpoint answered with something that is not what AWS always sends for this API (an empty body, an HTML page, a truncated document). It is never read as "not configured". Check proxies between the scanner and AWS, and scan again.',
  },
  'server-error': { title: 'AWS server error', help: 'AWS answered with a 5xx error after the retries. Scan again; check the AWS Health Dashboard if it persists.' },
  network: { title: 'Network error', help: 'The call failed before AWS answered (DNS, connection, TLS). Check the network path to the endpoint and scan again.' },
  unknown: { title: 'Unclassified error', help: "An error the scanner does not classify; AWS's message says what happened. Scan again, and report it if it persists." },
};
