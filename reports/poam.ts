/**
 * The plan of action and milestones (POA&M): one row per failing check, requirement and account, in the columns of
 * the federal POA&M templates (weakness, requirement, source, resources, owner, scheduled completion, milestones,
 * status, comments), written as CSV and XLSX.
 *
 * Rows come from the failing results and the waivers: a valid waiver's approver is the owner, its expiry the
 * scheduled completion date and its reason the comment; a failure only an expired waiver covers keeps that waiver's
 * owner and date and is `Delayed`; a failure no waiver covers is `Open` (no owner, no date yet). A row's id is a
 * digest of check id, requirement and account, never of its position, so a sheet kept by hand can be updated from
 * the next run by id.
 */
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { waiverMatches } from '../src/config/waivers.js';
import type { CheckResult, CheckSummary, ScanResult, Waiver, WaiverStatus } from '../src/model/scan-result.js';
import { severityRank, type Severity } from '../src/model/severity.js';
import { checkIndex, sha256Hex } from './common.js';
import { renderCsvRows } from './csv.js';
import { buildFrameworkView, FRAMEWORKS, type FrameworkId } from './framework.js';

/** The NIST SP 800-171 revisions a POA&M can be keyed by; rev 3 is current (NIST withdrew rev 2 in May 2024). */
export const POAM_FRAMEWORKS = ['nist-800-171-r3', 'nist-800-171-r2'] as const satisfies readonly FrameworkId[];
export type PoamFramework = (typeof POAM_FRAMEWORKS)[number];
export const DEFAULT_POAM_FRAMEWORK: PoamFramework = 'nist-800-171-r3';

export function isPoamFramework(value: string): value is PoamFramework {
  return (POAM_FRAMEWORKS as readonly string[]).includes(value);
}

export type PoamStatus = 'Open' | 'Ongoing' | 'Delayed';

export interface PoamRow {
  /** `POAM-` + 16 hex digits of SHA-256(check id, requirement, account): the same row in every run. */
  id: string;
  weakness: string;
  /** The requirement id and, where the catalog has one, its title. */
  requirement: string;
  source: string;
  /** The failing resources' ARNs. */
  resources: string[];
  owner: string;
  /** YYYY-MM-DD, or empty when nobody has committed to a date. */
  scheduledCompletion: string;
  milestones: string;
  status: PoamStatus;
  comments: string;
  accountId: string;
  checkId: string;
  /** The highest severity among the row's failing results. */
  risk: Severity;
  /** The scan date (UTC) that last saw the weakness. */
  lastDetected: string;
}

/** Column headings, in the order of the federal templates, then the identifying columns. */
export const POAM_COLUMNS = [
  'POA&M ID',
  'Weakness',
  'Requirement',
  'Source',
  'Resources',
  'Owner',
  'Scheduled Completion Date',
  'Milestones',
  'Status',
  'Comments',
  'Account',
  'Check',
  'Risk Rating',
  'Last Detected',
] as const;

/** Excel refuses a cell longer than 32,767 characters; a long resource list is cut with a pointer to the JSON. */
const MAX_CELL = 32_000;

export function poamRowId(checkId: string, requirement: string, accountId: string): string {
  return `POAM-${sha256Hex(`${checkId}\u0000${requirement}\u0000${accountId}`).slice(0, 16).toUpperCase()}`;
}

function listResources(arns: readonly string[]): string {
  let text = '';
  for (const [index, arn] of arns.entries()) {
    const next = text ? `${text}\n${arn}` : arn;
    if (next.length > MAX_CELL) return `${text}\n… and ${arns.length - index} more (findings.json lists every one)`;
    text = next;
  }
  return text;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function ticket(waiver: Waiver): string {
  return waiver.ticket ? `, ticket ${waiver.ticket}` : '';
}

interface Coverage {
  /** The valid waiver applied to the result, if any. */
  valid?: Waiver;
  /** Expired waivers that would have covered it. */
  expired: WaiverStatus[];
}

function describeGroup(
  check: CheckSummary | undefined,
  checkId: string,
  failing: readonly CheckResult[],
  coverage: ReadonlyMap<CheckResult, Coverage>,
): Pick<PoamRow, 'owner' | 'scheduledCompletion' | 'milestones' | 'status' | 'comments'> {
  const valid = unique(failing.map((entry) => coverage.get(entry)?.valid).filter((waiver): waiver is Waiver => waiver !== undefined));
  const lapsedOnly = failing.filter((entry) => !coverage.get(entry)?.valid && (coverage.get(entry)?.expired.length ?? 0) > 0);
  const expired = unique(lapsedOnly.flatMap((entry) => coverage.get(entry)?.expired ?? []));
  const uncovered = failing.filter((entry) => !coverage.get(entry)?.valid && (coverage.get(entry)?.expired.length ?? 0) === 0);
  const remedy = check?.remediation.summary ?? `Fix the failing resources of ${checkId}.`;
  const dates = [...valid.map((waiver) => waiver.expires)].sort();
  const lapsedDates = expired.map((waiver) => waiver.expires).sort();
  const milestones = [
    ...valid.map((waiver) => `Remediate by ${waiver.expires} (waiver of ${waiver.approvedBy}${ticket(waiver)}): ${remedy}`),
    ...expired.map((waiver) => `Overdue since ${waiver.expires} (expired waiver #${waiver.index} of ${waiver.approvedBy}${ticket(waiver)}): ${remedy}`),
    ...(uncovered.length ? [`Assign an owner and a completion date, then: ${remedy}`] : []),
  ];
  const comments = [
    ...valid.map((waiver) => {
      const covered = failing.filter((entry) => coverage.get(entry)?.valid === waiver).length;
      return `${covered} of ${failing.length} failing resource(s) under a valid waiver: ${waiver.reason}`;
    }),
    ...expired.map((waiver) => `Waiver #${waiver.index} expired on ${waiver.expires} and no longer applies: ${waiver.reason}`),
    ...(uncovered.length ? [`${uncovered.length} of ${failing.length} failing resource(s) under no waiver.`] : []),
  ];
  const status: PoamStatus = uncovered.length ? 'Open' : lapsedOnly.length ? 'Delayed' : 'Ongoing';
  return {
    owner: unique([...valid.map((waiver) => waiver.approvedBy), ...expired.map((waiver) => waiver.approvedBy)]).join('; '),
    // The earliest commitment: a lapsed date when there is one (the row is overdue), else the first expiry.
    scheduledCompletion: lapsedDates[0] ?? dates[0] ?? '',
    milestones: milestones.join('\n'),
    status,
    comments: comments.join('\n'),
  };
}

/**
 * The POA&M rows of a ScanResult for one SP 800-171 revision, sorted by requirement, check and account. A failing
 * check that maps to no requirement of the revision gets a row under requirement `(none)`, so no weakness is lost.
 */
export function buildPoam(result: ScanResult, framework: PoamFramework = DEFAULT_POAM_FRAMEWORK): PoamRow[] {
  const checks = checkIndex(result);
  const expiredWaivers = (result.waivers ?? []).filter((waiver) => waiver.status === 'expired');
  const failing = result.results.filter((entry) => entry.status === 'fail');
  const coverage = new Map<CheckResult, Coverage>(
    failing.map((entry) => [entry, { ...(entry.waiver ? { valid: entry.waiver } : {}), expired: expiredWaivers.filter((waiver) => waiverMatches(waiver, entry)) }]),
  );
  const view = buildFrameworkView(result, framework);
  const titles = new Map(view.requirements.map((requirement) => [requirement.id, requirement.title]));
  const requirementsOf = new Map<string, string[]>();
  for (const requirement of view.requirements) {
    for (const check of requirement.checks) requirementsOf.set(check.checkId, [...(requirementsOf.get(check.checkId) ?? []), requirement.id]);
  }
  const scanDate = result.scan.finishedAt.slice(0, 10);
  const groups = new Map<string, { checkId: string; requirement: string; accountId: string; failing: CheckResult[] }>();
  for (const entry of failing) {
    for (const requirement of requirementsOf.get(entry.checkId) ?? ['(none)']) {
      const key = `${entry.checkId}\u0000${requirement}\u0000${entry.accountId}`;
      const group = groups.get(key) ?? { checkId: entry.checkId, requirement, accountId: entry.accountId, failing: [] };
      group.failing.push(entry);
      groups.set(key, group);
    }
  }
  const order = [...view.requirements.map((requirement) => requirement.id), '(none)'];
  return [...groups.values()]
    .sort((a, b) => order.indexOf(a.requirement) - order.indexOf(b.requirement) || a.checkId.localeCompare(b.checkId) || a.accountId.localeCompare(b.accountId))
    .map((group): PoamRow => {
      const check = checks.get(group.checkId);
      const title = titles.get(group.requirement);
      const resources = unique(group.failing.map((entry) => entry.resourceArn));
      return {
        id: poamRowId(group.checkId, group.requirement, group.accountId),
        weakness: `Not met: ${check?.title ?? group.checkId} (${resources.length} resource${resources.length === 1 ? '' : 's'})`,
        requirement: title ? `${group.requirement} ${title}` : group.requirement,
        source: `${result.tool.name} ${result.tool.version} automated scan, check ${group.checkId} (${FRAMEWORKS[framework].title})`,
        resources,
        ...describeGroup(check, group.checkId, group.failing, coverage),
        accountId: group.accountId,
        checkId: group.checkId,
        risk: group.failing.map((entry) => entry.severity).sort((a, b) => severityRank(b) - severityRank(a))[0] ?? 'low',
        lastDetected: scanDate,
      };
    });
}

/** A row as the cells of the POA&M sheet, in POAM_COLUMNS order. */
export function poamCells(row: PoamRow): string[] {
  return [
    row.id,
    row.weakness,
    row.requirement,
    row.source,
    listResources(row.resources),
    row.owner,
    row.scheduledCompletion,
    row.milestones,
    row.status,
    row.comments,
    row.accountId,
    row.checkId,
    row.risk,
    row.lastDetected,
  ];
}

export function renderPoamCsv(rows: readonly PoamRow[]): string {
  return renderCsvRows([[...POAM_COLUMNS], ...rows.map(poamCells)]);
}

const COLUMN_WIDTHS: Record<(typeof POAM_COLUMNS)[number], number> = {
  'POA&M ID': 23,
  Weakness: 40,
  Requirement: 28,
  Source: 30,
  Resources: 60,
  Owner: 24,
  'Scheduled Completion Date': 14,
  Milestones: 60,
  Status: 10,
  Comments: 60,
  Account: 15,
  Check: 30,
  'Risk Rating': 10,
  'Last Detected': 12,
};

/**
 * The POA&M workbook: one sheet, a bold frozen header row, every cell a text cell (a resource name from AWS that
 * starts with `=` stays text, never a formula) with wrapping for the multi-line columns.
 */
export async function renderPoamXlsx(rows: readonly PoamRow[]): Promise<Buffer> {
  const header = POAM_COLUMNS.map((title) => ({ value: title, type: String, fontWeight: 'bold' as const, backgroundColor: '#DDDDDD', wrap: true }));
  const data: SheetData = [
    header,
    ...rows.map((row) => poamCells(row).map((value) => ({ value, type: String, wrap: true, alignVertical: 'top' as const }))),
  ];
  return writeXlsxFile(data, {
    sheet: 'POA&M',
    stickyRowsCount: 1,
    columns: POAM_COLUMNS.map((title) => ({ width: COLUMN_WIDTHS[title] })),
  }).toBuffer();
}
