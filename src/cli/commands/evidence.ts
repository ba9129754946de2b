/** `dbgap-audit evidence`: evaluate a saved inventory and write the evidence bundle for a Data Access Committee. */
import { loadSettings } from '../../config/config-file.js';
import { DEFAULT_WAIVER_WARNING_DAYS } from '../../config/waivers.js';
import { EXIT_OK } from '../../errors.js';
import { writeEvidenceBundle } from '../../../reports/evidence-bundle.js';
import { loadGating } from '../../gate-options.js';
import { readInventoryFile } from '../../files/inventory-file.js';
import { buildScanResult, selectChecks } from '../../scan.js';
import { EXIT_USAGE_ROW, type CommandSpec } from '../command-spec.js';
import { selectionFrom, type SelectionFlags } from '../flags.js';
import type { Io } from '../io.js';

export interface EvidenceFlags extends SelectionFlags {
  inventory: string;
  output: string;
  waivers?: string;
  config?: string;
  quiet?: boolean;
}

async function runEvidence(flags: EvidenceFlags, io: Io): Promise<number> {
  const checks = selectChecks(selectionFrom(flags));
  const { settings } = await loadSettings(flags.config, io.cwd);
  const inventory = await readInventoryFile(flags.inventory);
  const now = (io.now ?? (() => new Date()))();
  // The bundle shows waivers as the scan would: the same file, the same validation, the same statuses.
  const gating = await loadGating({ failOn: 'low', waiverWarningDays: DEFAULT_WAIVER_WARNING_DAYS, ...(flags.waivers ? { waivers: flags.waivers } : {}) }, io.cwd);
  const result = gating.apply(buildScanResult(inventory, { checks, settings, source: 'inventory', startedAt: now, now }));
  const { manifestSha256 } = await writeEvidenceBundle(flags.output, result, inventory);
  if (!flags.quiet) io.stderr.write(`Wrote evidence bundle to ${flags.output}; manifest.json sha256 ${manifestSha256} (verify with: dbgap-audit verify-evidence ${flags.output})\n`);
  return EXIT_OK;
}

export const EVIDENCE_COMMAND: CommandSpec<EvidenceFlags> = {
  name: 'evidence',
  summary: 'evaluate a saved inventory and write the evidence bundle for a Data Access Committee',
  examples: [
    ['dbgap-audit evidence --inventory inventory.json -o evidence/', 'report.html, findings, inventory and a manifest'],
    ['dbgap-audit verify-evidence evidence/', 'later: check that nothing in it changed'],
  ],
  exitCodes: [['0', 'the bundle was written (whatever the findings)'], EXIT_USAGE_ROW],
  run: (_args, flags, io) => runEvidence(flags, io),
};
