/** The one place the exit code of a finished scan is decided (DESIGN.md §2). */
import { EXIT_FINDINGS, EXIT_INCOMPLETE, EXIT_OK } from './errors.js';
import type { ScanResult } from './model/scan-result.js';
import { isAtLeast, type Severity } from './model/severity.js';

export interface GateOptions {
  /** Fail on unwaived failing findings at or above this severity. Default `low`. */
  failOn: Severity;
  /** Treat an incomplete scan (error results) as complete. */
  allowIncomplete: boolean;
}

export const DEFAULT_GATE: GateOptions = { failOn: 'low', allowIncomplete: false };

export function gatingFailures(result: ScanResult, gate: GateOptions): ScanResult['results'] {
  return result.results.filter((entry) => entry.status === 'fail' && !entry.waiver && isAtLeast(entry.severity, gate.failOn));
}

export function isIncomplete(result: ScanResult): boolean {
  return result.results.some((entry) => entry.status === 'error') || result.collectionErrors.length > 0;
}

/**
 * 1 when an unwaived failure reaches the threshold (findings outrank incompleteness: they are certain);
 * otherwise 3 when the scan was incomplete, unless --allow-incomplete; otherwise 0.
 */
export function decideExitCode(result: ScanResult, gate: GateOptions = DEFAULT_GATE): number {
  if (gatingFailures(result, gate).length > 0) return EXIT_FINDINGS;
  if (isIncomplete(result) && !gate.allowIncomplete) return EXIT_INCOMPLETE;
  return EXIT_OK;
}
