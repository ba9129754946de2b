/**
 * `dbgap-audit diff OLD.json NEW.json`: what got worse (new failures, new errors) and what got better (fixed
 * failures, resolved errors) between two JSON reports, per control area. Findings are matched by the baseline key
 * (checkId + accountId + resourceArn). Exit 0, or 1 with --fail-on-new when NEW has an unwaived new failure.
 */
import { type Command, Option } from 'commander';
import { compareWithBaseline, findingKey } from './config/baseline.js';
import { readReportFile } from './files/report-file.js';
import { decideDiffExitCode } from './exit-code.js';
import { CONTROL_AREAS, type ControlAreaId } from './model/control-areas.js';
import type { CheckResult, FixedFinding, ScanResult } from './model/scan-result.js';
import { TOOL } from './version.js';

type Finding = Pick<CheckResult, 'checkId' | 'accountId' | 'resourceArn' | 'severity' | 'message'> & { waived?: boolean };

export interface AreaDiff {
  controlArea: ControlAreaId;
  title: string;
  newFailures: Finding[];
  newErrors: Finding[];
  fixed: FixedFinding[];
  resolvedErrors: Finding[];
}

export interface ReportDiff {
  tool: { name: string; version: string };
  old: { file: string; startedAt: string };
  new: { file: string; startedAt: string };
  totals: { newFailures: number; newErrors: number; fixed: number; resolvedErrors: number };
  areas: AreaDiff[];
}

function finding(result: CheckResult): Finding {
  const base = { checkId: result.checkId, accountId: result.accountId, resourceArn: result.resourceArn, severity: result.severity, message: result.message };
  return result.waiver ? { ...base, waived: true } : base;
}

function accountIdsOf(report: ScanResult): string[] {
  const ids = new Set(report.results.map((result) => result.accountId));
  for (const account of report.scan.accounts ?? [report.scan.account]) if (account?.id) ids.add(account.id);
  return [...ids];
}

/** Pure comparison of two parsed reports. Only checks and accounts present in NEW can be fixed or resolved. */
export function diffReports(before: ScanResult, after: ScanResult, files: { old: string; new: string }): ReportDiff {
  const checkIds = after.checks.map((check) => check.id);
  const accountIds = accountIdsOf(after);
  const { results, comparison } = compareWithBaseline(after.results, before, { file: files.old, checkIds, accountIds });
  const errorsBefore = new Set(before.results.filter((entry) => entry.status === 'error').map(findingKey));
  const statusNow = new Map(after.results.map((entry) => [findingKey(entry), entry.status]));
  const evaluatedNow = (entry: CheckResult) => checkIds.includes(entry.checkId) && accountIds.includes(entry.accountId);
  const areas = CONTROL_AREAS.map((area): AreaDiff => ({
    controlArea: area.id,
    title: area.title,
    newFailures: results.filter((entry) => entry.controlArea === area.id && entry.baseline === 'new').map(finding),
    newErrors: after.results
      .filter((entry) => entry.controlArea === area.id && entry.status === 'error' && !errorsBefore.has(findingKey(entry)))
      .map(finding),
    fixed: comparison.fixed.filter((entry) => entry.controlArea === area.id),
    resolvedErrors: before.results
      .filter((entry) => entry.controlArea === area.id && entry.status === 'error' && evaluatedNow(entry) && statusNow.get(findingKey(entry)) !== 'error')
      .map(finding),
  })).filter((area) => area.newFailures.length + area.newErrors.length + area.fixed.length + area.resolvedErrors.length > 0);
  const total = (pick: (area: AreaDiff) => unknown[]) => areas.reduce((sum, area) => sum + pick(area).length, 0);
  return {
    tool: { ...TOOL },
    old: { file: files.old, startedAt: before.scan.startedAt },
    new: { file: files.new, startedAt: after.scan.startedAt },
    totals: {
      newFailures: total((area) => area.newFailures),
      newErrors: total((area) => area.newErrors),
      fixed: total((area) => area.fixed),
      resolvedErrors: total((area) => area.resolvedErrors),
    },
    areas,
  };
}

export function renderDiffTable(diff: ReportDiff): string {
  const { totals } = diff;
  const lines = [
    `dbgap-audit diff: ${diff.old.file} (${diff.old.startedAt}) → ${diff.new.file} (${diff.new.startedAt})`,
  ];
  for (const area of diff.areas) {
    const number = CONTROL_AREAS.find((candidate) => candidate.id === area.controlArea)?.number;
    lines.push('', `${number}. ${area.title}`);
    for (const entry of area.newFailures) lines.push(`  WORSE   new failure   ${entry.severity.padEnd(13)} ${entry.checkId}  ${entry.resourceArn}${entry.waived ? '  (waived)' : ''}`);
    for (const entry of area.newErrors) lines.push(`  WORSE   new error     ${entry.severity.padEnd(13)} ${entry.checkId}  ${entry.resourceArn}`);
    for (const entry of area.fixed) lines.push(`  BETTER  fixed         ${entry.severity.padEnd(13)} ${entry.checkId}  ${entry.resourceArn}  (now ${entry.now === 'absent' ? 'gone' : entry.now.replace('_', ' ')})`);
    for (const entry of area.resolvedErrors) lines.push(`  BETTER  error gone    ${entry.severity.padEnd(13)} ${entry.checkId}  ${entry.resourceArn}`);
  }
  if (diff.areas.length === 0) lines.push('', 'No change in failures or errors.');
  lines.push(
    '',
    `Worse: ${totals.newFailures} new failure(s), ${totals.newErrors} new error(s). Better: ${totals.fixed} fixed, ${totals.resolvedErrors} error(s) resolved.`,
  );
  return `${lines.join('\n')}\n`;
}

interface DiffFlags {
  format: 'table' | 'json';
  failOnNew?: boolean;
}

interface DiffIo {
  stdout: { write(text: string): unknown };
}

export async function runDiff(oldFile: string, newFile: string, flags: DiffFlags, io: DiffIo): Promise<number> {
  const [before, after] = await Promise.all([readReportFile(oldFile), readReportFile(newFile)]);
  const diff = diffReports(before, after, { old: oldFile, new: newFile });
  io.stdout.write(flags.format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : renderDiffTable(diff));
  const hasUnwaivedNewFailure = diff.areas.some((area) => area.newFailures.some((entry) => !entry.waived));
  return decideDiffExitCode(hasUnwaivedNewFailure, flags.failOnNew ?? false);
}

export function addDiffCommand(program: Command, io: DiffIo, setExitCode: (code: number) => void): Command {
  return program
    .command('diff')
    .description('compare two JSON reports: new failures and errors, fixed findings, per control area')
    .argument('<old>', 'the earlier JSON report')
    .argument('<new>', 'the later JSON report')
    .addOption(new Option('--format <format>', 'output format').default('table').choices(['table', 'json']))
    .option('--fail-on-new', 'exit 1 when the later report has an unwaived failure the earlier one did not')
    .action(async (oldFile: string, newFile: string, flags: DiffFlags) => setExitCode(await runDiff(oldFile, newFile, flags, io)));
}
