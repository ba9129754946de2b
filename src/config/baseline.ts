/**
 * Baselines: a previous JSON report (`--baseline FILE`) against which each failing result is marked `new` or
 * `existing`, so a CI gate can fail only on new findings (`--only-new`), and the findings fixed since are listed.
 * Findings are matched by a stable key: checkId + accountId + resourceArn (never by message or severity).
 */
import type { BaselineComparison, CheckResult, FixedFinding, ScanResult } from '../model/scan-result.js';

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
