/** `dbgap-audit diff OLD.json NEW.json`: what got worse and what got better between two JSON reports. */
import { diffReports, renderDiffTable } from '../../diff.js';
import { UsageError } from '../../errors.js';
import { decideDiffExitCode } from '../../exit-code.js';
import { readReportFile } from '../../files/report-file.js';
import { EXIT_USAGE_ROW, type CommandSpec } from '../command-spec.js';
import type { Io } from '../io.js';

export interface DiffFlags {
  format: 'table' | 'json';
  failOnNew?: boolean;
}

async function runDiff(oldFile: string, newFile: string, flags: DiffFlags, io: Io): Promise<number> {
  const [before, after] = await Promise.all([readReportFile(oldFile), readReportFile(newFile)]);
  const diff = diffReports(before, after, { old: oldFile, new: newFile });
  io.stdout.write(flags.format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : renderDiffTable(diff));
  const hasUnwaivedNewFailure = diff.areas.some((area) => area.newFailures.some((entry) => !entry.waived));
  return decideDiffExitCode(hasUnwaivedNewFailure, flags.failOnNew ?? false);
}

export const DIFF_COMMAND: CommandSpec<DiffFlags> = {
  name: 'diff',
  summary: 'compare two JSON reports: new failures and errors, fixed findings, per control area',
  arguments: [
    { syntax: '<old>', description: 'the earlier JSON report', complete: 'file' },
    { syntax: '<new>', description: 'the later JSON report', complete: 'file' },
  ],
  examples: [
    ['dbgap-audit diff last-month.json today.json', 'what got worse and what got better'],
    ['dbgap-audit diff main.json branch.json --fail-on-new -f json', 'exit 1 if the later report has a new unwaived failure'],
  ],
  exitCodes: [
    ['0', 'compared (with --fail-on-new: and no new unwaived failure)'],
    ['1', 'with --fail-on-new: the later report has an unwaived failure the earlier one did not'],
    EXIT_USAGE_ROW,
  ],
  run: ([oldFile, newFile], flags, io) => {
    if (!oldFile || !newFile) throw new UsageError('diff needs two JSON reports: OLD.json NEW.json.');
    return runDiff(oldFile, newFile, flags, io);
  },
};
