/**
 * `dbgap-audit poam`: the plan of action and milestones as CSV and/or XLSX, from a saved inventory (evaluated here,
 * with the waivers file, as `evidence` does) or from a JSON report (which already carries its waivers).
 */
import { CHECKS } from '../../../checks/index.js';
import { buildPoam, DEFAULT_POAM_FRAMEWORK, POAM_FRAMEWORKS, renderPoamCsv, renderPoamXlsx, type PoamFramework } from '../../../reports/poam.js';
import { readReportFile } from '../../files/report-file.js';
import { loadSettings } from '../../config/config-file.js';
import { DEFAULT_WAIVER_WARNING_DAYS } from '../../config/waivers.js';
import { EXIT_OK, UsageError } from '../../errors.js';
import { loadGating } from '../../gate-options.js';
import { readInventoryFiles } from '../../files/inventory-file.js';
import { buildAccountsScanResult } from '../../merge.js';
import type { ScanResult } from '../../model/scan-result.js';
import { withStagedOutputs, writeOutputFile } from '../../files/staged-outputs.js';
import { EXIT_USAGE_ROW, type CommandSpec } from '../command-spec.js';
import type { Io } from '../io.js';

export interface PoamFlags {
  inventory?: string;
  report?: string;
  framework: PoamFramework;
  waivers?: string;
  config?: string;
  csv?: string;
  xlsx?: string;
  quiet?: boolean;
}

async function poamInput(flags: PoamFlags, io: Io): Promise<ScanResult> {
  if (flags.inventory && flags.report) throw new UsageError('poam takes --inventory FILE or --report FILE, not both.');
  if (flags.report) {
    const extra = (['waivers', 'config'] as const).find((flag) => flags[flag] !== undefined);
    if (extra) throw new UsageError(`--${extra} applies to --inventory; a JSON report already carries its waivers and settings.`);
    return readReportFile(flags.report);
  }
  if (!flags.inventory) throw new UsageError('poam needs --inventory FILE (a saved inventory) or --report FILE (a JSON report).');
  const { settings } = await loadSettings(flags.config, io.cwd);
  const inventories = await readInventoryFiles(flags.inventory);
  const now = (io.now ?? (() => new Date()))();
  const gating = await loadGating({ failOn: 'low', waiverWarningDays: DEFAULT_WAIVER_WARNING_DAYS, ...(flags.waivers ? { waivers: flags.waivers } : {}) }, io.cwd);
  return gating.apply(buildAccountsScanResult(inventories, { checks: CHECKS, settings, source: 'inventory', startedAt: now, now }));
}

export async function runPoamCommand(flags: PoamFlags, io: Io): Promise<number> {
  if (!flags.csv && !flags.xlsx) throw new UsageError('poam needs --csv FILE, --xlsx FILE or both.');
  if (!(POAM_FRAMEWORKS as readonly string[]).includes(flags.framework)) {
    throw new UsageError(`poam takes --framework ${POAM_FRAMEWORKS.join(' or ')} (default ${DEFAULT_POAM_FRAMEWORK}).`);
  }
  const rows = buildPoam(await poamInput(flags, io), flags.framework);
  const xlsx = flags.xlsx ? await renderPoamXlsx(rows) : undefined;
  const { written } = await withStagedOutputs((stage) => {
    if (flags.csv) stage.write(flags.csv, renderPoamCsv(rows));
    if (flags.xlsx && xlsx) stage.write(flags.xlsx, xlsx);
  });
  if (!flags.quiet) {
    const tally = (['Open', 'Ongoing', 'Delayed'] as const).map((status) => `${rows.filter((row) => row.status === status).length} ${status.toLowerCase()}`).join(', ');
    io.stderr.write(`Wrote the POA&M (${rows.length} row${rows.length === 1 ? '' : 's'}: ${tally}) to ${written.join(' and ')}\n`);
  }
  return EXIT_OK;
}

export const POAM_COMMAND: CommandSpec<PoamFlags> = {
  name: 'poam',
  summary: 'write the plan of action and milestones (POA&M) for failing findings as CSV and/or XLSX',
  examples: [
    ['dbgap-audit poam --inventory inventory.json --csv poam.csv --xlsx poam.xlsx', 'evaluate a saved inventory with the waivers file'],
    ['dbgap-audit poam --report findings.json --framework nist-800-171-r2 --csv poam-r2.csv', 'from a JSON report, keyed by rev 2'],
  ],
  exitCodes: [['0', 'written'], EXIT_USAGE_ROW],
  run: (_args, flags, io) => runPoamCommand(flags, io),
};
