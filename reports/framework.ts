/**
 * The compliance view: results regrouped by the requirements of one framework (requirement → checks → status).
 * For `dbgap` the requirements are the 12 control areas; for the NIST frameworks they are the control / requirement
 * ids the checks map to (the mapping lives only on the checks, DESIGN.md §4).
 */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { RESULT_STATUSES, type ResultStatus } from '../src/model/check.js';
import { CONTROL_AREAS } from '../src/model/control-areas.js';
import { countStatuses, type CheckSummary, type FrameworkView, type ScanResult, type StatusCounts } from '../src/model/scan-result.js';

export const FRAMEWORKS = {
  dbgap: { title: 'NIH dbGaP security best practices (12 control areas)' },
  'nist-800-171-r2': { title: 'NIST SP 800-171 rev 2' },
  'nist-800-171-r3': { title: 'NIST SP 800-171 rev 3' },
  'nist-800-53-r5': { title: 'NIST SP 800-53 rev 5' },
} as const;

export type FrameworkId = keyof typeof FRAMEWORKS;
export type { FrameworkView };
export const FRAMEWORK_IDS = Object.keys(FRAMEWORKS) as FrameworkId[];

export function isFrameworkId(value: string): value is FrameworkId {
  return Object.hasOwn(FRAMEWORKS, value);
}

/** `fail` beats `error` beats `waived` beats `manual` beats `pass`; no result at all is `not_assessed`. */
export type FrameworkRequirement = FrameworkView['requirements'][number];
export type RequirementStatus = FrameworkRequirement['status'];
export type FrameworkCheck = FrameworkRequirement['checks'][number];

function requirementIds(check: CheckSummary, framework: FrameworkId): string[] {
  switch (framework) {
    case 'dbgap':
      return [check.controlArea];
    case 'nist-800-171-r2':
      return check.nist.sp800_171r2;
    case 'nist-800-171-r3':
      return check.nist.sp800_171r3;
    case 'nist-800-53-r5':
      return check.nist.sp800_53r5;
  }
}

function statusOf(counts: StatusCounts): RequirementStatus {
  if (counts.fail - counts.waived > 0) return 'fail';
  if (counts.error > 0) return 'error';
  if (counts.waived > 0) return 'waived';
  if (counts.manual > 0) return 'manual';
  if (counts.pass > 0) return 'pass';
  if (counts.not_applicable > 0) return 'not_applicable';
  return 'not_assessed';
}

const naturalOrder = new Intl.Collator('en', { numeric: true });

export function buildFrameworkView(result: ScanResult, framework: FrameworkId): FrameworkView {
  const byRequirement = new Map<string, CheckSummary[]>();
  if (framework === 'dbgap') for (const area of CONTROL_AREAS) byRequirement.set(area.id, []);
  for (const check of result.checks) {
    for (const id of requirementIds(check, framework)) byRequirement.set(id, [...(byRequirement.get(id) ?? []), check]);
  }
  const ids = [...byRequirement.keys()];
  if (framework !== 'dbgap') ids.sort((a, b) => naturalOrder.compare(a, b));
  const requirements = ids.map((id): FrameworkRequirement => {
    const checks = (byRequirement.get(id) ?? []).map((check) => ({
      checkId: check.id,
      counts: countStatuses(result.results.filter((entry) => entry.checkId === check.id)),
    }));
    const checkIds = new Set(checks.map((check) => check.checkId));
    const counts = countStatuses(result.results.filter((entry) => checkIds.has(entry.checkId)));
    const area = framework === 'dbgap' ? CONTROL_AREAS.find((candidate) => candidate.id === id) : undefined;
    return { id, ...(area ? { title: `${area.number}. ${area.title}` } : {}), status: statusOf(counts), counts, checks };
  });
  return { id: framework, title: FRAMEWORKS[framework].title, requirements };
}

function describeCounts(counts: StatusCounts): string {
  const parts = RESULT_STATUSES.filter((status) => counts[status] > 0).map(
    (status) => `${counts[status]} ${status.replace('_', ' ')}${status === 'fail' && counts.waived > 0 ? ` (${counts.waived} waived)` : ''}`,
  );
  return parts.join(', ') || 'no results';
}

function paint(chalk: ChalkInstance, status: RequirementStatus): string {
  const label = status.replace('_', ' ').toUpperCase();
  switch (status) {
    case 'fail':
      return chalk.red(label);
    case 'error':
      return chalk.yellow.bold(label);
    case 'pass':
      return chalk.green(label);
    case 'waived':
      return chalk.magenta(label);
    case 'manual':
      return chalk.blue(label);
    default:
      return chalk.gray(label);
  }
}

/** The terminal rendering of the compliance view (one row per requirement and check). */
export function renderFrameworkTable(result: ScanResult, framework: FrameworkId, options: { color: boolean }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const view = buildFrameworkView(result, framework);
  const table = new Table({
    head: ['Requirement', 'Status', 'Check', 'Results'],
    style: { head: options.color ? ['bold'] : [], border: options.color ? ['gray'] : [] },
  });
  for (const requirement of view.requirements) {
    const label = requirement.title ? `${requirement.title}\n(${requirement.id})` : requirement.id;
    if (requirement.checks.length === 0) {
      table.push([label, paint(chalk, requirement.status), '(no checks)', '']);
      continue;
    }
    requirement.checks.forEach((check, index) => {
      table.push([
        index === 0 ? label : '',
        index === 0 ? paint(chalk, requirement.status) : '',
        check.checkId,
        describeCounts(check.counts),
      ]);
    });
  }
  const failing = view.requirements.filter((requirement) => requirement.status === 'fail').length;
  const { account, regions } = result.scan;
  const header = `${chalk.bold(`dbgap-audit ${result.tool.version}`)} — account ${account.id} (${account.partition}), ${regions.length} region${regions.length === 1 ? '' : 's'}: ${regions.join(', ')}`;
  return `${header}\n${chalk.bold(`Compliance view: ${view.title}`)} — ${view.requirements.length} requirements, ${failing} with failures\n${table.toString()}\n`;
}

/** `list-checks --framework X`: each requirement with the checks mapped to it (no scan needed). */
export function renderFrameworkMapping(
  checks: readonly Pick<CheckSummary, 'id' | 'controlArea' | 'nist' | 'title'>[],
  framework: FrameworkId,
  format: 'table' | 'json',
): string {
  const byRequirement = new Map<string, string[]>();
  if (framework === 'dbgap') for (const area of CONTROL_AREAS) byRequirement.set(area.id, []);
  for (const check of checks) {
    for (const id of requirementIds(check as CheckSummary, framework)) byRequirement.set(id, [...(byRequirement.get(id) ?? []), check.id]);
  }
  const ids = [...byRequirement.keys()];
  if (framework !== 'dbgap') ids.sort((a, b) => naturalOrder.compare(a, b));
  if (format === 'json') {
    return `${JSON.stringify({ framework, title: FRAMEWORKS[framework].title, requirements: ids.map((id) => ({ id, checks: byRequirement.get(id) ?? [] })) }, null, 2)}\n`;
  }
  const lines = [`${FRAMEWORKS[framework].title}: ${ids.length} requirements`];
  for (const id of ids) {
    const area = framework === 'dbgap' ? CONTROL_AREAS.find((candidate) => candidate.id === id) : undefined;
    const mapped = byRequirement.get(id) ?? [];
    lines.push(area ? `${area.number}. ${area.title} (${id})` : id, `    ${mapped.length ? mapped.join(', ') : '(no checks yet)'}`);
  }
  return `${lines.join('\n')}\n`;
}
