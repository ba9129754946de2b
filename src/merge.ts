/**
 * Multi-account reports. `combineScanResults` joins per-account (or per-shard) ScanResults into one report with
 * recomputed summaries; an Organization scan builds its report this way, and `dbgap-audit merge` does the same with
 * the JSON reports of `--shard` jobs, so merging the shards gives the unsharded report (times aside).
 */
import { UsageError } from './errors.js';
import { readReportFile } from './files/report-file.js';
import type { Inventory } from './model/inventory.js';
import { countStatuses, REPORT_SCHEMA_VERSION, type CheckResult, type ScanResult, type StatusCounts } from './model/scan-result.js';
import { buildScanResult, type EvaluateOptions } from './scan.js';

/** Evaluates each account's inventory and combines them; one inventory gives exactly the single-account report. */
export function buildAccountsScanResult(inventories: readonly Inventory[], options: EvaluateOptions): ScanResult {
  return combineScanResults(inventories.map((inventory) => buildScanResult(inventory, options)));
}

function byAccountId(a: { accountId?: string }, b: { accountId?: string }): number {
  return (a.accountId ?? '').localeCompare(b.accountId ?? '');
}

function union(lists: ReadonlyArray<readonly string[] | undefined>): string[] {
  return [...new Set(lists.flatMap((list) => list ?? []))].sort();
}

/**
 * One report from several. Accounts, results and collection errors are ordered by account id (a stable sort, so
 * each account keeps its own order); summaries are recomputed. An account present in two reports is an error:
 * reports to merge must cover disjoint accounts (as `--shard` jobs do).
 */
export function combineScanResults(reports: readonly ScanResult[], sources: readonly string[] = []): ScanResult {
  const [first] = reports;
  if (!first) throw new UsageError('Nothing to merge: no report was given.');
  if (reports.length === 1) return first;
  const seen = new Map<string, number>();
  reports.forEach((report, index) => {
    for (const account of report.scan.accounts) {
      const previous = seen.get(account.id);
      if (previous !== undefined) {
        const name = (at: number) => sources[at] ?? `report ${at + 1}`;
        throw new UsageError(`Account ${account.id} is in both ${name(previous)} and ${name(index)}; merge reports of disjoint accounts.`);
      }
      seen.set(account.id, index);
    }
  });
  const accounts = reports.flatMap((report) => report.scan.accounts).sort((a, b) => a.id.localeCompare(b.id));
  const results: CheckResult[] = reports.flatMap((report) => report.results).sort(byAccountId);
  const collectionErrors = reports
    .flatMap((report) => report.collectionErrors.map((failure) => ({ ...failure, accountId: failure.accountId ?? report.scan.account.id })))
    .sort(byAccountId);
  // Reports written before the data inventory have none: the merged report then has none for their accounts.
  const hasInventory = reports.some((report) => report.dataInventory !== undefined);
  const dataInventory = reports.flatMap((report) => report.dataInventory ?? []).sort(byAccountId);
  const checks = new Map<string, ScanResult['checks'][number]>();
  for (const report of reports) for (const check of report.checks) if (!checks.has(check.id)) checks.set(check.id, check);
  const summaryByAccount: Record<string, StatusCounts> = {};
  for (const account of accounts) summaryByAccount[account.id] = countStatuses(results.filter((result) => result.accountId === account.id));
  const skippedRegions = union(reports.map((report) => report.scan.skippedRegions));
  const notOwned = reports.flatMap((report) => (report.scan.notOwned ?? []).map((entry) => ({ ...entry, accountId: entry.accountId ?? report.scan.account.id })));
  const times = (pick: (report: ScanResult) => string) => reports.map(pick).sort();
  const [firstAccount] = accounts;
  return {
    ...first,
    scan: {
      ...first.scan,
      startedAt: times((report) => report.scan.startedAt)[0] ?? first.scan.startedAt,
      finishedAt: times((report) => report.scan.finishedAt).at(-1) ?? first.scan.finishedAt,
      // Mixed sources are reported as live: at least part of the data was read from AWS in the run.
      source: reports.some((report) => report.scan.source === 'live') ? 'live' : 'inventory',
      inventoryCollectedAt: times((report) => report.scan.inventoryCollectedAt)[0] ?? first.scan.inventoryCollectedAt,
      account: firstAccount ?? first.scan.account,
      accounts,
      regions: union(reports.map((report) => report.scan.regions)),
      ...(skippedRegions.length > 0 ? { skippedRegions } : {}),
      ...(notOwned.length > 0 ? { notOwned } : {}),
    },
    summary: countStatuses(results),
    summaryByAccount,
    checks: [...checks.values()],
    results,
    collectionErrors,
    ...(hasInventory ? { dataInventory } : {}),
  };
}

/** `dbgap-audit merge A.json B.json …`: reads, validates and combines the reports. */
export async function mergeReportFiles(paths: readonly string[]): Promise<ScanResult> {
  if (paths.length === 0) throw new UsageError('merge needs at least one JSON report file.');
  const reports = await Promise.all(paths.map((path) => readReportFile(path)));
  return combineScanResults(reports, paths);
}
