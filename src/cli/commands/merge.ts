/** `dbgap-audit merge`: one report from the JSON reports of disjoint accounts (e.g. `--shard` jobs). */
import { decideExitCode, type FailOnThreshold } from '../../exit-code.js';
import { mergeReportFiles } from '../../merge.js';
import { emitReports, validateReportFlags, type ReportFlags } from '../../report-output.js';
import { EXIT_USAGE_ROW, type CommandSpec } from '../command-spec.js';
import { useColor, type Io } from '../io.js';

export interface MergeFlags extends ReportFlags {
  failOn: FailOnThreshold;
  allowIncomplete?: boolean;
  exitCode?: number;
  color: boolean;
}

async function runMerge(files: string[], flags: MergeFlags, io: Io): Promise<number> {
  validateReportFlags(flags);
  const result = await mergeReportFiles(files);
  await emitReports(result, undefined, flags, io, (toFile) => useColor(flags, io, toFile));
  return decideExitCode(result, {
    failOn: flags.failOn,
    allowIncomplete: flags.allowIncomplete ?? false,
    ...(flags.exitCode !== undefined ? { findingsExitCode: flags.exitCode } : {}),
  });
}

export const MERGE_COMMAND: CommandSpec<MergeFlags> = {
  name: 'merge',
  summary: 'combine JSON reports of disjoint accounts (e.g. --shard jobs) into one report with recomputed summaries',
  arguments: [{ syntax: '<reports...>', description: 'JSON report files (scan --format json)', complete: 'file' }],
  examples: [
    ['dbgap-audit merge shard-*.json', 'the table of the whole Organization; exit code as one scan would give'],
    ['dbgap-audit merge shard-*.json -f json,sarif --output-dir merged --output-file-name org', 'merged/org.json and merged/org.sarif'],
  ],
  exitCodes: [
    ['0', 'no unwaived failure at or above --fail-on in any report, and all were complete (always, with --fail-on none)'],
    ['1', 'an unwaived failure at or above --fail-on (or --exit-code N)'],
    EXIT_USAGE_ROW,
    ['3', 'nothing failed over the threshold, but some checks could not be evaluated (--allow-incomplete: 0)'],
  ],
  run: (files, flags, io) => runMerge(files, flags, io),
};
