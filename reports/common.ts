/** Small helpers shared by the report writers (pure functions, no I/O). */
import { createHash } from 'node:crypto';
import type { CheckSummary, ScanResult } from '../src/model/scan-result.js';
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
