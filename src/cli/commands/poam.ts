/**
 * `dbgap-audit poam`: the plan of action and milestones as CSV and/or XLSX, from a saved inventory (evaluated here,
 * with the waivers file, as `evidence` does) or from a JSON report (which already carries its waivers).
 */
import { type Command, Option } from 'commander';
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
import { writeFileAtomic } from '../../files/atomic-write.js';
import type { Io } from '../../program.js';

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
  const rows = buildPoam(await poamInput(flags, io), flags.framework);
  const written: string[] = [];
  if (flags.csv) {
    await writeFileAtomic(flags.csv, renderPoamCsv(rows));
    written.push(flags.csv);
  }
  if (flags.xlsx) {
    await writeFileAtomic(flags.xlsx, await renderPoamXlsx(rows));
    written.push(flags.xlsx);
  }
  if (!flags.quiet) {
    const tally = (['Open', 'Ongoing', 'Delayed'] as const).map((status) => `${rows.filter((row) => row.status === status).length} ${status.toLowerCase()}`).join(', ');
    io.stderr.write(`Wrote the POA&M (${rows.length} row${rows.length === 1 ? '' : 's'}: ${tally}) to ${written.join(' and ')}\n`);
  }
  return EXIT_OK;
}

export function addPoamCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('poam')
    .description('write the plan of action and milestones (POA&M) for failing findings as CSV and/or XLSX')
    .option('--inventory <file>', 'evaluate this saved inventory (with the waivers file)')
    .option('--report <file>', 'or read this JSON report (scan --format json)')
    .addOption(new Option('--framework <framework>', 'key the rows by the requirements of this revision').choices(POAM_FRAMEWORKS).default(DEFAULT_POAM_FRAMEWORK))
    .option('--csv <file>', 'write the POA&M as CSV to this file')
    .option('--xlsx <file>', 'write the POA&M as an Excel workbook to this file')
    .option('--waivers <file>', 'waivers file, with --inventory (default: ./dbgap-audit.waivers.yml when present)')
    .option('--config <file>', 'settings file, with --inventory (default: ./dbgap-audit.config.yml when present)')
    .option('--quiet', 'no summary line on stderr')
    .action(async (flags: PoamFlags) => setExitCode(await runPoamCommand(flags, io)));
}
