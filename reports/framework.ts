/**
 * The compliance view: results regrouped by the requirements of one framework (requirement → checks → status).
 * For `dbgap` the requirements are the 12 control areas; for the NIST frameworks they are the control / requirement
 * ids the checks map to (the mapping lives only on the checks, DESIGN.md §4).
 */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { RESULT_STATUSES, type ResultStatus } from '../src/model/check.js';
import { CONTROL_AREAS } from '../src/model/control-areas.js';
import { SP800_171R2_REQUIREMENTS, SP800_171R3_REQUIREMENTS, type NistRequirement } from '../src/model/nist-800-171.js';
import { countStatuses, type CheckSummary, type FrameworkView, type ScanResult, type StatusCounts } from '../src/model/scan-result.js';
import { assessRequirement, countVerdicts, VERDICT_LABELS, type RequirementAssessment, type RequirementVerdict } from './requirements.js';

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
/** A requirement as built here: the schema's fields, its verdict ones always present. */
export type FrameworkRequirement = FrameworkView['requirements'][number] & RequirementAssessment;
export type RequirementStatus = FrameworkRequirement['status'];
export type FrameworkCheck = FrameworkRequirement['checks'][number];

/** The compliance view as built here: every requirement with its verdict, and the verdict counts. */
export type AssessedFrameworkView = Omit<FrameworkView, 'requirements' | 'verdicts'> & {
  verdicts: Record<RequirementVerdict, number>;
  requirements: FrameworkRequirement[];
};

/** Every requirement of the framework, covered by a check or not (800-171 only; 800-53 has too many to list). */
export function requirementCatalog(framework: FrameworkId): readonly NistRequirement[] {
  if (framework === 'nist-800-171-r2') return SP800_171R2_REQUIREMENTS;
  if (framework === 'nist-800-171-r3') return SP800_171R3_REQUIREMENTS;
  return [];
}

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

export function buildFrameworkView(result: ScanResult, framework: FrameworkId): AssessedFrameworkView {
  const byRequirement = new Map<string, CheckSummary[]>();
  if (framework === 'dbgap') for (const area of CONTROL_AREAS) byRequirement.set(area.id, []);
  const catalog = new Map(requirementCatalog(framework).map((requirement) => [requirement.id, requirement]));
  for (const id of catalog.keys()) byRequirement.set(id, []);
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
    const results = result.results.filter((entry) => checkIds.has(entry.checkId));
    const counts = countStatuses(results);
    const area = framework === 'dbgap' ? CONTROL_AREAS.find((candidate) => candidate.id === id) : undefined;
    const known = catalog.get(id);
    const title = area ? `${area.number}. ${area.title}` : known?.title;
    return {
      id,
      ...(title ? { title } : {}),
      ...(known ? { family: known.family } : {}),
      status: statusOf(counts),
      counts,
      checks,
      ...assessRequirement(byRequirement.get(id) ?? [], results),
    };
  });
  return { id: framework, title: FRAMEWORKS[framework].title, verdicts: countVerdicts(requirements.map((requirement) => requirement.verdict)), requirements };
}

export function describeVerdicts(verdicts: Record<RequirementVerdict, number>): string {
  return (Object.entries(verdicts) as [RequirementVerdict, number][])
    .filter(([, count]) => count > 0)
    .map(([verdict, count]) => `${count} ${VERDICT_LABELS[verdict].toLowerCase()}`)
    .join(', ');
}

function describeCounts(counts: StatusCounts): string {
  const parts = RESULT_STATUSES.filter((status) => counts[status] > 0).map(
    (status) => `${counts[status]} ${status.replace('_', ' ')}${status === 'fail' && counts.waived > 0 ? ` (${counts.waived} waived)` : ''}`,
  );
  return parts.join(', ') || 'no results';
}

function paint(chalk: ChalkInstance, verdict: RequirementVerdict): string {
  const label = VERDICT_LABELS[verdict].toUpperCase();
  switch (verdict) {
    case 'not_met':
      return chalk.red(label);
    case 'not_assessed':
      return chalk.yellow.bold(label);
    case 'met':
      return chalk.green(label);
    case 'partly_met':
      return chalk.magenta(label);
    case 'attested':
      return chalk.blue(label);
  }
}

/**
 * The terminal rendering of the compliance view (one row per requirement and check). Catalog requirements that no
 * check covers are counted in the header, not listed: the JSON, CSV and HTML reports list them.
 */
export function renderFrameworkTable(result: ScanResult, framework: FrameworkId, options: { color: boolean }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const view = buildFrameworkView(result, framework);
  const table = new Table({
    head: ['Requirement', 'Verdict', 'Check', 'Results'],
    style: { head: options.color ? ['bold'] : [], border: options.color ? ['gray'] : [] },
  });
  const uncovered = framework === 'dbgap' ? [] : view.requirements.filter((requirement) => requirement.checks.length === 0);
  for (const requirement of view.requirements) {
    if (uncovered.includes(requirement)) continue;
    const name = !requirement.title ? requirement.id : framework === 'dbgap' ? `${requirement.title}\n(${requirement.id})` : `${requirement.id}\n${requirement.title}`;
    if (requirement.checks.length === 0) {
      table.push([name, paint(chalk, requirement.verdict), '(no checks)', '']);
      continue;
    }
    requirement.checks.forEach((check, index) => {
      table.push([
        index === 0 ? name : '',
        index === 0 ? paint(chalk, requirement.verdict) : '',
        check.checkId,
        describeCounts(check.counts),
      ]);
    });
  }
  const { account, regions } = result.scan;
  const header = `${chalk.bold(`dbgap-audit ${result.tool.version}`)} — account ${account.id} (${account.partition}), ${regions.length} region${regions.length === 1 ? '' : 's'}: ${regions.join(', ')}`;
  const omitted = uncovered.length
    ? `\n${uncovered.length} requirement${uncovered.length === 1 ? ' has' : 's have'} no check or manual item in this scan (not assessed by automation); the JSON, CSV and HTML reports list ${uncovered.length === 1 ? 'it' : 'them'}.`
    : '';
  return `${header}\n${chalk.bold(`Compliance view: ${view.title}`)} — ${view.requirements.length} requirements: ${describeVerdicts(view.verdicts)}\n${table.toString()}${omitted}\n`;
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
