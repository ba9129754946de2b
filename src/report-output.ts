/**
 * What the report flags of `scan` and `merge` (--format a,b,c, --output, --output-dir, --output-file-name,
 * --framework, --evidence-dir) ask for: checking them before any work, and writing the reports. The flags themselves
 * are defined in src/cli/options.ts.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isReportFormat, REPORT_EXTENSIONS, REPORT_FORMATS, REPORT_WRITERS, type ReportFormat, type WriterOptions } from '../reports/index.js';
import { compactUtc } from '../reports/common.js';
import { FRAMEWORK_IDS, isFrameworkId } from '../reports/framework.js';
import { renderQuietTable, renderSummaryLine, terminalWidth } from '../reports/table.js';
import { stageEvidenceBundle } from '../reports/evidence-bundle.js';
import { OutputError, UsageError } from './errors.js';
import type { ResultStatus } from './model/check.js';
import type { Inventory } from './model/inventory.js';
import { isSeverity } from './model/severity.js';
import type { ScanResult } from './model/scan-result.js';
import { withStagedOutputs } from './files/staged-outputs.js';

export interface ReportFlags {
  format: string;
  output?: string;
  outputDir?: string;
  outputFileName?: string;
  framework?: string;
  evidenceDir?: string;
  showPassed?: boolean;
  /** Table display only: print the attestation items. */
  showManual?: boolean;
  /** Table display only: full ARNs, one finding per line. */
  wide?: boolean;
  /** Table display only (`--status`): list only these statuses; the exit code still counts every result. */
  status?: ResultStatus[];
  /** The selected severities (`--severity`): the table also lists only results of these severities. */
  severity?: string[];
  quiet?: boolean;
}

export interface ReportStreams {
  stdout: { write(text: string): unknown; columns?: number; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  /** COLUMNS sets the table width when stdout is not a terminal. */
  env?: NodeJS.ProcessEnv;
}

export function parseFormats(value: string): ReportFormat[] {
  const formats = [...new Set(value.split(',').map((item) => item.trim()).filter(Boolean))];
  if (formats.length === 0) throw new UsageError(`--format needs at least one of ${REPORT_FORMATS.join(', ')}.`);
  for (const format of formats) {
    if (!isReportFormat(format)) throw new UsageError(`Unknown report format '${format}' given to --format (use ${REPORT_FORMATS.join(', ')}).`);
  }
  return formats as ReportFormat[];
}

/** Checks the report flags before any AWS call is made, so that a typo costs nothing. */
export function validateReportFlags(flags: ReportFlags): ReportFormat[] {
  const formats = parseFormats(flags.format);
  if (flags.output && flags.outputDir) throw new UsageError('Use either --output FILE (one format) or --output-dir DIR, not both.');
  if (flags.output && formats.length > 1) throw new UsageError(`--output takes one format; for ${formats.join(', ')} use --output-dir DIR.`);
  if (formats.length > 1 && !flags.outputDir) throw new UsageError(`Several formats (${formats.join(', ')}) need --output-dir DIR.`);
  if (flags.outputFileName !== undefined && !flags.outputDir) throw new UsageError('--output-file-name names the files written to --output-dir DIR; give --output-dir too (or --output FILE for one report).');
  if (flags.framework !== undefined && !isFrameworkId(flags.framework)) {
    throw new UsageError(`Unknown framework '${flags.framework}' given to --framework (use ${FRAMEWORK_IDS.join(', ')}).`);
  }
  return formats;
}

/**
 * `dbgap-audit-<account>-<yyyymmddThhmmssZ>.<ext>` (`multi-account` when the report covers several accounts), or
 * `<fixed name>.<ext>` with --output-file-name, for a pipeline that needs to know the name before the scan.
 */
export function reportFileName(result: ScanResult, format: ReportFormat, fixedName?: string): string {
  if (fixedName !== undefined) return `${fixedName}.${REPORT_EXTENSIONS[format]}`;
  const account = result.scan.accounts.length > 1 ? 'multi-account' : result.scan.account.id;
  return `dbgap-audit-${account}-${compactUtc(result.scan.finishedAt)}.${REPORT_EXTENSIONS[format]}`;
}

async function requireDirectory(directory: string): Promise<void> {
  try {
    const info = await stat(directory);
    if (!info.isDirectory()) throw new OutputError(`The output path ${directory} is not a directory.`);
  } catch (error) {
    if (error instanceof OutputError) throw error;
    throw new OutputError(`The output directory ${directory} does not exist.`);
  }
}

/** Writes every requested report (and the evidence bundle); the table goes to stdout unless a file was asked for. */
export async function emitReports(
  result: ScanResult,
  /** What the evidence bundle's inventory.json holds: one inventory, one per account, or none (merge). */
  inventory: Inventory | Inventory[] | undefined,
  flags: ReportFlags,
  io: ReportStreams,
  color: (toFile: boolean) => boolean,
): Promise<void> {
  const formats = validateReportFlags(flags);
  const writerOptions = (toFile: boolean): WriterOptions => ({
    color: color(toFile),
    showPassed: flags.showPassed ?? false,
    showManual: flags.showManual ?? false,
    wide: flags.wide ?? false,
    // A file is not a terminal: it gets COLUMNS or 80, whatever the terminal the command ran in.
    width: toFile ? terminalWidth({}, io.env) : terminalWidth(io.stdout, io.env),
    ...(flags.status ? { statuses: flags.status } : {}),
    ...(flags.severity ? { severities: flags.severity.map((level) => level.toLowerCase()).filter(isSeverity) } : {}),
    ...(flags.framework && isFrameworkId(flags.framework) ? { framework: flags.framework } : {}),
  });
  const toFiles = Boolean(flags.output || flags.outputDir);
  if (flags.outputDir) await requireDirectory(flags.outputDir);
  const rendered = formats.map((format) => ({
    format,
    // --quiet on the terminal table: only errors, the incomplete-scan note and the summary.
    text: flags.quiet && format === 'table' && !toFiles ? renderQuietTable(result) : REPORT_WRITERS[format](result, writerOptions(toFiles)),
  }));
  if (!toFiles) for (const { text } of rendered) io.stdout.write(text);
  // Every report file and the evidence bundle are committed together: an interrupt or a failure leaves all or none.
  const { value: manifestSha256, written } = await withStagedOutputs((stage) => {
    if (toFiles) {
      for (const { format, text } of rendered) stage.write(flags.output ?? join(flags.outputDir!, reportFileName(result, format, flags.outputFileName)), text);
    }
    return flags.evidenceDir && inventory ? stageEvidenceBundle(stage, flags.evidenceDir, result, inventory).manifestSha256 : undefined;
  });
  if (!flags.quiet && toFiles) rendered.forEach(({ format }, index) => io.stderr.write(`Wrote ${format} report to ${written[index]}\n`));
  if (!flags.quiet && manifestSha256 !== undefined) {
    io.stderr.write(`Wrote evidence bundle to ${flags.evidenceDir}; manifest.json sha256 ${manifestSha256} (verify with: dbgap-audit verify-evidence ${flags.evidenceDir})\n`);
  }
  if (toFiles) io.stderr.write(`${renderSummaryLine(result)}\n`);
}
