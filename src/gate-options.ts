/**
 * What the CI-gating flags of `scan` (thresholds, waivers, baseline) do: turn a ScanResult into the gated one, and
 * into the gate the exit code is decided by. The flags themselves are defined in src/cli/options.ts.
 */
import { compareWithBaseline } from './config/baseline.js';
import { readReportFile } from './files/report-file.js';
import { applyWaivers, describeWaiverWarnings, loadWaivers } from './config/waivers.js';
import { UsageError } from './errors.js';
import type { FailOnThreshold, GateOptions } from './exit-code.js';
import { countStatuses, type ScanResult } from './model/scan-result.js';

export interface GateFlags {
  failOn: FailOnThreshold;
  allowIncomplete?: boolean;
  exitCode?: number;
  waivers?: string;
  waiverWarningDays: number;
  failOnExpiredWaivers?: boolean;
  baseline?: string;
  onlyNew?: boolean;
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
