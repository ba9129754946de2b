/** The table report's waiver and baseline sections, and the `--quiet` table (summary and errors only). */
import { Chalk, type ChalkInstance } from 'chalk';
import { CONTROL_AREAS } from '../src/model/control-areas.js';
import type { CheckResult, ScanResult } from '../src/model/scan-result.js';
import { renderSummaryLine } from './table.js';

/** A short marker put before a failing result's details when a baseline was given. */
export function baselineMarker(result: CheckResult): string {
  if (result.baseline === 'new') return '[new] ';
  if (result.baseline === 'existing') return '[existing] ';
  return '';
}

export function renderWaiverSection(result: ScanResult, chalk: ChalkInstance): string[] {
  const waivers = result.waivers;
  if (!waivers || waivers.length === 0) return [];
  const count = (status: string) => waivers.filter((waiver) => waiver.status === status).length;
  const lines = [
    '',
    chalk.bold(
      `Waivers: ${count('applied') + count('expiring')} applied (${count('expiring')} expiring soon), ${count('expired')} expired, ${count('unused')} unused`,
    ),
  ];
  for (const waiver of waivers) {
    const where = `#${waiver.index} ${waiver.checkId} [${waiver.resources.join(', ')}]`;
    if (waiver.status === 'expired') lines.push(chalk.red(`  EXPIRED   ${where}: expired ${waiver.expires}, not applied to ${waiver.matched} failing result(s)`));
    if (waiver.status === 'expiring') lines.push(chalk.yellow(`  EXPIRING  ${where}: expires ${waiver.expires} (${waiver.daysLeft} day(s) left)`));
    if (waiver.status === 'unused') lines.push(chalk.gray(`  UNUSED    ${where}: matches no failing result`));
  }
  return lines;
}

export function renderBaselineSection(result: ScanResult, chalk: ChalkInstance): string[] {
  const baseline = result.baseline;
  if (!baseline) return [];
  const lines = [
    '',
    chalk.bold(
      `Compared with baseline ${baseline.file} (scan of ${baseline.baselineStartedAt}): ${baseline.new} new, ${baseline.existing} existing failure(s), ${baseline.fixed.length} fixed`,
    ),
  ];
  for (const area of CONTROL_AREAS) {
    const fixed = baseline.fixed.filter((entry) => entry.controlArea === area.id);
    if (fixed.length === 0) continue;
    lines.push(`  ${area.number}. ${area.title}`);
    for (const entry of fixed) {
      lines.push(chalk.green(`    FIXED  ${entry.checkId}  ${entry.resourceArn}  (now ${entry.now === 'absent' ? 'gone' : entry.now.replace('_', ' ')})`));
    }
  }
  return lines;
}

/** `scan --quiet` with the table format: the summary, the gating counts and the errors, nothing else. */
export function renderQuietTable(result: ScanResult): string {
  const lines: string[] = [];
  const errors = result.results.filter((entry) => entry.status === 'error');
  for (const entry of errors) lines.push(`ERROR ${entry.checkId} ${entry.resourceArn}: ${entry.message}`);
  if (result.collectionErrors.length > 0) lines.push(`The scan is incomplete: ${result.collectionErrors.length} collection error(s).`);
  if (result.baseline) lines.push(`Baseline: ${result.baseline.new} new, ${result.baseline.existing} existing failure(s), ${result.baseline.fixed.length} fixed.`);
  lines.push(renderSummaryLine(result, new Chalk({ level: 0 })));
  return `${lines.join('\n')}\n`;
}
