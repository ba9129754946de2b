/** `dbgap-audit collect`: read the account(s) and save the inventory, without evaluating it. */
import type { Command } from 'commander';
import { loadSettings } from '../../config/config-file.js';
import { collectionErrors } from '../../evaluate.js';
import { decideCollectExitCode } from '../../exit-code.js';
import { writeOutputFile } from '../../files/staged-outputs.js';
import type { Inventory } from '../../model/inventory.js';
import type { Settings } from '../../model/settings.js';
import { collectLiveAccounts, dataInventoryOf, selectChecks } from '../../scan.js';
import { EXIT_USAGE_ROW, type CommandSpec } from '../command-spec.js';
import { liveCollectionFrom, selectionFrom, type ScopeFlags, type SelectionFlags } from '../flags.js';
import type { Io } from '../io.js';
import { ProgressReporter } from '../progress-reporter.js';

export interface CollectFlags extends ScopeFlags, SelectionFlags {
  output: string;
}

async function runCollect(flags: CollectFlags, io: Io, command: Command): Promise<number> {
  const checks = selectChecks(selectionFrom(flags));
  const { settings } = await loadSettings(flags.config, io.cwd);
  const progress = flags.quiet ? undefined : new ProgressReporter(io);
  try {
    const options = liveCollectionFrom(flags, io, command, progress);
    progress?.phase('scoping');
    const inventories = await collectLiveAccounts(checks, options, settings);
    progress?.phase('writing');
    // One account: the inventory object, as always. Several (--org): an array of them (scan --inventory reads both).
    const [only] = inventories;
    await writeOutputFile(flags.output, `${JSON.stringify(inventories.length === 1 ? only : inventories, null, 2)}\n`);
    progress?.finish(inventories.flatMap(collectionErrors));
    return report(inventories, flags, io, settings);
  } finally {
    progress?.stop();
  }
}

function report(inventories: Inventory[], flags: CollectFlags, io: Io, settings: Settings): number {
  const [only] = inventories;
  const failures = inventories.reduce((total, inventory) => total + collectionErrors(inventory).length, 0);
  const whose = inventories.length === 1 && only ? `account ${only.account.id}` : `${inventories.length} accounts`;
  // The data inventory is derived, not stored: it depends on the settings (dbGaP bucket names and tags), and
  // `scan --inventory` recomputes it from the file with them. Here it is one count, so the collector sees at once
  // how many stores the evidence will list.
  const stores = inventories.reduce((total, inventory) => total + dataInventoryOf(inventory, settings).length, 0);
  if (!flags.quiet) {
    io.stderr.write(`Wrote inventory of ${whose} to ${flags.output} (${failures} collection failure(s)); ${stores} data store(s) hold or may hold dbGaP data.\n`);
  }
  return decideCollectExitCode(failures);
}

export const COLLECT_COMMAND: CommandSpec<CollectFlags> = {
  name: 'collect',
  summary: 'collect the inventory from AWS and save it (no evaluation)',
  examples: [
    ['dbgap-audit collect -o inventory.json', 'every enabled region; evaluate later with scan --inventory'],
    ['dbgap-audit collect -r us-east-1 -c s3-bucket-ssl-only -o s3.json', 'only what one check needs, in one region'],
    ['dbgap-audit collect --org --shard auto -o shard.json', 'this CI job\'s share of the AWS Organization'],
  ],
  exitCodes: [
    ['0', 'the inventory was written and is complete'],
    EXIT_USAGE_ROW,
    ['3', 'the inventory was written, but some data could not be collected (recorded in it as failures)'],
  ],
  run: (_args, flags, io, command) => runCollect(flags, io, command),
};
