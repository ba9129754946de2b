/**
 * The one place the exit code of a finished scan is decided (DESIGN.md §2). Precedence, highest first:
 *   2  the tool could not do its job (thrown as a DbgapAuditError before a ScanResult exists, never decided here);
 *   1  (or --exit-code N) a gating failure: an unwaived `fail` at or above --fail-on (with --only-new: only those
 *      new since the baseline), or, with --fail-on-expired-waivers, an expired waiver;
 *   3  no gating failure, but the scan was incomplete (`error` results or collection errors), unless --allow-incomplete;
 *   0  otherwise.
 * Findings outrank incompleteness: a failure that was seen is certain; a gap only means "could be worse".
 */
import { EXIT_FINDINGS, EXIT_INCOMPLETE, EXIT_OK, EXIT_USAGE } from './errors.js';
import type { ScanResult } from './model/scan-result.js';
import { isAtLeast, type Severity } from './model/severity.js';

export interface GateOptions {
  /** Fail on unwaived failing findings at or above this severity. Default `low`. */
  failOn: Severity;
  /** Treat an incomplete scan (error results) as complete. */
  allowIncomplete: boolean;
  /** Gate only on failures marked `new` against a baseline. */
  onlyNew?: boolean;
  /** An expired waiver fails the gate by itself. */
  failOnExpiredWaivers?: boolean;
  /** The exit code for a gating failure (default 1). */
  findingsExitCode?: number;
}

export const DEFAULT_GATE: GateOptions = { failOn: 'low', allowIncomplete: false };

/** Codes --exit-code may not take: they already mean "passed", "tool error" and "incomplete". */
export const RESERVED_EXIT_CODES: readonly number[] = [EXIT_OK, EXIT_USAGE, EXIT_INCOMPLETE];
/** Shells give 126 and up their own meanings (not executable, not found, killed by a signal). */
export const MAX_FINDINGS_EXIT_CODE = 125;

/** Why a --exit-code value cannot be used, or undefined when it can. */
export function findingsExitCodeProblem(code: number): string | undefined {
  if (RESERVED_EXIT_CODES.includes(code)) return `cannot be ${code}: exit ${code} already means ${code === 0 ? 'passed' : code === 2 ? 'the tool could not run' : 'incomplete scan'}`;
  if (!Number.isInteger(code) || code < 1 || code > MAX_FINDINGS_EXIT_CODE) return `takes a whole number from 1 to ${MAX_FINDINGS_EXIT_CODE} (not 2 or 3)`;
  return undefined;
}

export function gatingFailures(result: ScanResult, gate: GateOptions): ScanResult['results'] {
  return result.results.filter(
    (entry) =>
      entry.status === 'fail' &&
      !entry.waiver &&
      isAtLeast(entry.severity, gate.failOn) &&
      (!gate.onlyNew || entry.baseline !== 'existing'),
  );
}

export function expiredWaivers(result: ScanResult): NonNullable<ScanResult['waivers']> {
  return (result.waivers ?? []).filter((waiver) => waiver.status === 'expired');
}

export function isIncomplete(result: ScanResult): boolean {
  return result.results.some((entry) => entry.status === 'error') || result.collectionErrors.length > 0;
}

export function decideExitCode(result: ScanResult, gate: GateOptions = DEFAULT_GATE): number {
  const findings = gate.findingsExitCode ?? EXIT_FINDINGS;
  if (gatingFailures(result, gate).length > 0) return findings;
  if (gate.failOnExpiredWaivers && expiredWaivers(result).length > 0) return findings;
  if (isIncomplete(result) && !gate.allowIncomplete) return EXIT_INCOMPLETE;
  return EXIT_OK;
}

/**
 * `collect`: 0 when every key was collected, 3 when some of the inventory could not be (the file is still written,
 * with its failures recorded). Bad input is 2, thrown before this is asked.
 */
export function decideCollectExitCode(collectionFailures: number): number {
  return collectionFailures > 0 ? EXIT_INCOMPLETE : EXIT_OK;
}

/** `diff`: 1 with --fail-on-new when the newer report has an unwaived failure the older did not; else 0. */
export function decideDiffExitCode(hasUnwaivedNewFailure: boolean, failOnNew: boolean): number {
  return failOnNew && hasUnwaivedNewFailure ? EXIT_FINDINGS : EXIT_OK;
}

/** `verify-evidence`: 0 when every file matches the manifest, 1 naming what changed (2 when DIR is no bundle: thrown). */
export function decideVerifyEvidenceExitCode(problems: number): number {
  return problems > 0 ? EXIT_FINDINGS : EXIT_OK;
}
