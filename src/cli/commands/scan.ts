/** `dbgap-audit scan`: collect from AWS (or read --inventory), evaluate, gate, report. */
import type { Command } from 'commander';
import { loadSettings } from '../../config/config-file.js';
import { UsageError } from '../../errors.js';
import { decideExitCode } from '../../exit-code.js';
import { gateFrom, loadGating, type GateFlags } from '../../gate-options.js';
import { readInventoryFiles } from '../../files/inventory-file.js';
import { buildAccountsScanResult } from '../../merge.js';
import type { Inventory } from '../../model/inventory.js';
import { emitReports, validateReportFlags, type ReportFlags } from '../../report-output.js';
import { collectLiveAccounts, selectChecks } from '../../scan.js';
import { EXIT_USAGE_ROW, type CommandSpec } from '../command-spec.js';
import { flagName, LIVE_ONLY_FLAGS, liveCollectionFrom, selectionFrom, type ScopeFlags, type SelectionFlags } from '../flags.js';
import { useColor, type Io } from '../io.js';
import { collectionErrors } from '../../evaluate.js';
import { ProgressReporter } from '../progress-reporter.js';

export interface ScanFlags extends ScopeFlags, SelectionFlags, GateFlags, ReportFlags {
  inventory?: string;
  color: boolean;
  showPassed?: boolean;
  quiet?: boolean;
}

async function runScan(flags: ScanFlags, io: Io, command: Command): Promise<number> {
  validateReportFlags(flags);
  const checks = selectChecks(selectionFrom(flags));
  const { settings } = await loadSettings(flags.config, io.cwd);
  const gating = await loadGating(flags, io.cwd);
  const now = io.now ?? (() => new Date());
  const startedAt = now();
  let inventories: Inventory[];
  // Progress is for live scans: reading a saved inventory takes a moment.
  const progress = flags.inventory || flags.quiet ? undefined : new ProgressReporter(io);
  try {
    if (flags.inventory) {
      const liveOnly = LIVE_ONLY_FLAGS.find((flag) => flags[flag] !== undefined);
      if (liveOnly) throw new UsageError(`--inventory evaluates a saved inventory offline; it cannot be combined with ${flagName(liveOnly)}.`);
      inventories = await readInventoryFiles(flags.inventory);
    } else {
      const options = liveCollectionFrom(flags, io, command, progress);
      progress?.phase('scoping');
      inventories = await collectLiveAccounts(checks, options, settings);
    }
    progress?.phase('evaluating');
    const result = gating.apply(
      buildAccountsScanResult(inventories, { checks, settings, source: flags.inventory ? 'inventory' : 'live', startedAt, now: now() }),
    );
    progress?.phase('writing');
    if (!flags.quiet) for (const warning of gating.warnings(result)) io.stderr.write(`dbgap-audit: warning: ${warning}\n`);
    await emitReports(result, inventories.length === 1 ? inventories[0] : inventories, flags, io, (toFile) => useColor(flags, io, toFile));
    progress?.finish(inventories.flatMap(collectionErrors));
    return decideExitCode(result, gateFrom(flags));
  } finally {
    progress?.stop();
  }
}

export const SCAN_COMMAND: CommandSpec<ScanFlags> = {
  name: 'scan',
  summary: 'collect the inventory from AWS (or read --inventory) and evaluate the checks',
  examples: [
    ['dbgap-audit scan --profile research-audit', 'every enabled region of the profile\'s account'],
    ['dbgap-audit scan -r us-east-1,us-west-2 -f json -o findings.json', 'two regions, JSON report in a file'],
    ['dbgap-audit scan --inventory inventory.json -f sarif,json --output-dir reports --output-file-name dbgap', 'offline; reports/dbgap.sarif and reports/dbgap.json'],
    ['dbgap-audit scan -c s3-bucket-ssl-only,iam-root-mfa-enabled --fail-on high', 'two checks; exit 1 only for high or critical failures'],
    ['dbgap-audit scan --fail-on none -f sarif -o dbgap.sarif', 'report only: exit 0 unless the tool itself failed'],
    ['dbgap-audit scan --org --shard auto -f json -o shard.json', 'this CI job\'s share of the AWS Organization'],
  ],
  exitCodes: [
    ['0', 'no unwaived failure at or above --fail-on, and the scan was complete (always, with --fail-on none)'],
    ['1', 'an unwaived failure at or above --fail-on (or --exit-code N); with --fail-on-expired-waivers, an expired waiver'],
    EXIT_USAGE_ROW,
    ['3', 'nothing failed over the threshold, but some checks could not be evaluated (--allow-incomplete: 0)'],
  ],
  run: (_args, flags, io, command) => runScan(flags, io, command),
};
