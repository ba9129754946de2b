/**
 * The CI-gating flags of `scan` (thresholds, waivers, baseline) and how they turn a ScanResult into the gated one.
 * Kept out of program.ts so that file only wires them in.
 */
import { type Command, InvalidArgumentError } from 'commander';
import { compareWithBaseline } from './config/baseline.js';
import { readReportFile } from './files/report-file.js';
import { applyWaivers, DEFAULT_WAIVER_WARNING_DAYS, DEFAULT_WAIVERS_FILE, describeWaiverWarnings, loadWaivers } from './config/waivers.js';
import { UsageError } from './errors.js';
import { findingsExitCodeProblem, type GateOptions } from './exit-code.js';
import { countStatuses, type ScanResult } from './model/scan-result.js';
import { isSeverity, SEVERITIES, type Severity } from './model/severity.js';

export interface GateFlags {
  failOn: Severity;
  allowIncomplete?: boolean;
  exitCode?: number;
  waivers?: string;
  waiverWarningDays: number;
  failOnExpiredWaivers?: boolean;
  baseline?: string;
  onlyNew?: boolean;
}

export function parseSeverity(value: string): Severity {
  if (!isSeverity(value)) throw new InvalidArgumentError(`use one of ${SEVERITIES.join(', ')}.`);
  return value;
}

function parseExitCode(value: string): number {
  const code = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  const problem = findingsExitCodeProblem(code);
  if (problem) throw new InvalidArgumentError(`--exit-code ${problem}.`);
  return code;
}

function parseDays(value: string): number {
  const days = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(days) || days > 3650) throw new InvalidArgumentError('--waiver-warning-days takes a whole number from 0 to 3650.');
  return days;
}

export function addGateOptions(command: Command): Command {
  return command
    .option('--fail-on <severity>', 'exit 1 when an unwaived failure is at or above this severity', parseSeverity, 'low' as Severity)
    .option('--exit-code <n>', 'exit code for failing findings instead of 1 (1 or 4-125)', parseExitCode)
    .option('--allow-incomplete', 'exit 0 instead of 3 when some checks could not be evaluated')
    .option('--waivers <file>', `waivers file (default: ./${DEFAULT_WAIVERS_FILE} when present)`)
    .option('--waiver-warning-days <n>', 'warn about waivers expiring within this many days', parseDays, DEFAULT_WAIVER_WARNING_DAYS)
    .option('--fail-on-expired-waivers', 'an expired waiver fails the gate (exit 1)')
    .option('--baseline <report.json>', 'a previous JSON report: mark failures new or existing, list what was fixed')
    .option('--only-new', 'gate only on failures that are new since --baseline');
}

export function gateFrom(flags: GateFlags): GateOptions {
  return {
    failOn: flags.failOn,
    allowIncomplete: flags.allowIncomplete ?? false,
    onlyNew: flags.onlyNew ?? false,
    failOnExpiredWaivers: flags.failOnExpiredWaivers ?? false,
    ...(flags.exitCode !== undefined ? { findingsExitCode: flags.exitCode } : {}),
  };
}

export interface Gating {
  /** Applies waivers and the baseline; recomputes the summary. */
  apply(result: ScanResult): ScanResult;
  /** Warning lines for the result of `apply` (expired, unused, expiring waivers). */
  warnings(result: ScanResult): string[];
}

/** Reads and validates the waivers and baseline files before any AWS call is made, so a bad file fails fast. */
export async function loadGating(flags: GateFlags, cwd: string): Promise<Gating> {
  if (flags.onlyNew && !flags.baseline) throw new UsageError('--only-new needs --baseline PREVIOUS.json to tell new failures from existing ones.');
  const waivers = await loadWaivers(flags.waivers, cwd);
  const baseline = flags.baseline ? await readReportFile(flags.baseline, 'baseline') : undefined;
  return {
    // Waiver expiry is judged on the scan's start date (UTC), so re-rendering a result never changes it.
    apply(result) {
      let { results } = result;
      const extra: Pick<ScanResult, 'waivers' | 'baseline'> = {};
      if (waivers) {
        const applied = applyWaivers(results, waivers.waivers, { now: new Date(result.scan.startedAt), warningDays: flags.waiverWarningDays });
        results = applied.results;
        extra.waivers = applied.statuses;
      }
      if (baseline && flags.baseline) {
        const compared = compareWithBaseline(results, baseline, {
          file: flags.baseline,
          checkIds: result.checks.map((check) => check.id),
          accountIds: result.scan.accounts.map((account) => account.id),
        });
        results = compared.results;
        extra.baseline = compared.comparison;
      }
      const recounted: Pick<ScanResult, 'summary' | 'summaryByAccount'> = { summary: countStatuses(results) };
      if (result.summaryByAccount) {
        recounted.summaryByAccount = Object.fromEntries(
          Object.keys(result.summaryByAccount).map((accountId) => [accountId, countStatuses(results.filter((entry) => entry.accountId === accountId))]),
        );
      }
      return { ...result, ...recounted, results, ...extra };
    },
    warnings(result) {
      return waivers && result.waivers ? describeWaiverWarnings(result.waivers, waivers.source) : [];
    },
  };
}
