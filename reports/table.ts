/** The terminal report: findings grouped by dbGaP control area, severity coloured, a summary line at the end. */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { CONTROL_AREAS } from '../src/model/control-areas.js';
import type { ResultStatus } from '../src/model/check.js';
import type { CheckResult, ScanResult } from '../src/model/scan-result.js';
import { severityRank, type Severity } from '../src/model/severity.js';
import { baselineMarker, renderBaselineSection, renderWaiverSection } from './table-gating.js';

export interface TableOptions {
  color: boolean;
  /** Also list passing results (default: only fail, error and manual, plus per-area counts). */
  showPassed?: boolean;
  /** Terminal width in columns. */
  width?: number;
}

const STATUS_ORDER: ResultStatus[] = ['fail', 'error', 'manual', 'not_applicable', 'pass'];

function paintSeverity(chalk: ChalkInstance, severity: Severity): string {
  switch (severity) {
    case 'critical':
      return chalk.bgRed.white.bold(' CRITICAL ');
    case 'high':
      return chalk.red.bold('HIGH');
    case 'medium':
      return chalk.yellow('MEDIUM');
    case 'low':
      return chalk.cyan('LOW');
    default:
      return chalk.gray('INFO');
  }
}

function paintStatus(chalk: ChalkInstance, result: CheckResult): string {
  if (result.waiver) return chalk.magenta('WAIVED');
  switch (result.status) {
    case 'fail':
      return chalk.red('FAIL');
    case 'error':
      return chalk.yellow.bold('ERROR');
    case 'pass':
      return chalk.green('PASS');
    case 'manual':
      return chalk.blue('MANUAL');
    default:
      return chalk.gray('N/A');
  }
}

/** Long ARNs have no spaces to wrap at: break them into lines of the column's width ourselves. */
function breakLongText(text: string, width: number): string {
  const lines: string[] = [];
  for (let start = 0; start < text.length; start += width) lines.push(text.slice(start, start + width));
  return lines.join('\n');
}

function compareResults(a: CheckResult, b: CheckResult): number {
  return (
    STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
    severityRank(b.severity) - severityRank(a.severity) ||
    a.checkId.localeCompare(b.checkId) ||
    a.resourceArn.localeCompare(b.resourceArn)
  );
}

export function renderSummaryLine(result: ScanResult, chalk: ChalkInstance = new Chalk({ level: 0 })): string {
  const { summary } = result;
  const parts = [
    chalk.green(`${summary.pass} passed`),
    chalk.red(`${summary.fail} failed`) + (summary.waived ? ` (${summary.waived} waived)` : ''),
    chalk.yellow(`${summary.error} errors`),
    `${summary.not_applicable} not applicable`,
    chalk.blue(`${summary.manual} manual`),
  ];
  return `Summary: ${parts.join(', ')} — ${summary.total} results from ${result.checks.length} checks`;
}

export function renderTable(result: ScanResult, options: TableOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(80, options.width ?? 120);
  const lines: string[] = [];
  const { account, accounts, regions } = result.scan;
  const who = accounts.length > 1 ? `${accounts.length} accounts (${account.partition})` : `account ${account.id} (${account.partition})`;
  lines.push(
    chalk.bold(`dbgap-audit ${result.tool.version}`) +
      ` — ${who}, ${regions.length} region${regions.length === 1 ? '' : 's'}: ${regions.join(', ')}`,
  );
  if (result.scan.skippedRegions?.length) lines.push(`Skipped (not enabled): ${result.scan.skippedRegions.join(', ')}`);
  lines.push(
    `Source: ${result.scan.source === 'live' ? 'live AWS scan' : `saved inventory collected ${result.scan.inventoryCollectedAt}`}`,
  );
  const checkWidth = Math.min(40, Math.max(...result.results.map((entry) => entry.checkId.length), 10) + 2);
  const fixed = 9 + 11 + checkWidth + 6;
  const resourceWidth = Math.max(20, Math.floor((width - fixed) * 0.4));
  const messageWidth = Math.max(30, width - fixed - resourceWidth);
  for (const area of CONTROL_AREAS) {
    const areaResults = result.results.filter((entry) => entry.controlArea === area.id);
    if (areaResults.length === 0) continue;
    const counts = new Map<ResultStatus, number>();
    for (const entry of areaResults) counts.set(entry.status, (counts.get(entry.status) ?? 0) + 1);
    const countText = STATUS_ORDER.filter((status) => counts.get(status))
      .map((status) => `${counts.get(status)} ${status.replace('_', ' ')}`)
      .join(', ');
    lines.push('', chalk.bold.underline(`${area.number}. ${area.title}`) + `  (${countText})`);
    const shown = areaResults.filter((entry) => options.showPassed || entry.status !== 'pass').sort(compareResults);
    if (shown.length === 0) continue;
    const table = new Table({
      head: ['Status', 'Severity', 'Check', 'Resource', 'Details'],
      style: { head: options.color ? ['bold'] : [], border: options.color ? ['gray'] : [] },
      colWidths: [9, 11, checkWidth, resourceWidth, messageWidth],
      wordWrap: true,
      wrapOnWordBoundary: true,
    });
    for (const entry of shown) {
      const details = baselineMarker(entry) + (entry.waiver
        ? `${entry.message} Waived until ${entry.waiver.expires} by ${entry.waiver.approvedBy}: ${entry.waiver.reason}`
        : entry.message);
      table.push([
        paintStatus(chalk, entry),
        paintSeverity(chalk, entry.severity),
        entry.checkId,
        breakLongText(entry.resourceArn, resourceWidth - 2),
        details,
      ]);
    }
    lines.push(table.toString());
  }
  if (result.collectionErrors.length > 0) {
    lines.push('', chalk.yellow.bold(`The scan is incomplete: ${result.collectionErrors.length} collection error(s).`));
    const actions = [...new Set(result.collectionErrors.filter((failure) => failure.kind === 'access-denied').map((failure) => failure.action))].sort();
    if (actions.length > 0) lines.push(`Missing IAM permissions: ${actions.join(', ')}`);
  }
  lines.push(...renderAccountSummary(result));
  lines.push(...renderWaiverSection(result, chalk), ...renderBaselineSection(result, chalk));
  lines.push('', renderSummaryLine(result, chalk));
  return `${lines.join('\n')}\n`;
}

/** Multi-account reports: one line of counts per account. */
function renderAccountSummary(result: ScanResult): string[] {
  if (!result.summaryByAccount) return [];
  const table = new Table({ head: ['Account', 'Pass', 'Fail', 'Error', 'N/A', 'Manual', 'Waived'], style: { head: [], border: [] } });
  for (const account of result.scan.accounts) {
    const counts = result.summaryByAccount[account.id];
    if (counts) table.push([account.id, counts.pass, counts.fail, counts.error, counts.not_applicable, counts.manual, counts.waived]);
  }
  return ['', 'Per account:', table.toString()];
}
