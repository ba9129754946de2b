/**
 * SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer).
 *
 * - One rule per check that ran, with help text (rationale, remediation, CLI example), NIST tags and GitHub's
 *   `security-severity`.
 * - One result per `fail` (kind `fail`). A waived failure stays a result, with an external suppression carrying the
 *   waiver's justification, so the alert is shown as suppressed rather than disappearing.
 * - An `error` result (the resource could not be evaluated) is a result of kind `review`, level `note`, with the same
 *   fingerprint a failure of that resource would have: an alert is never closed as "fixed" merely because the
 *   scanner lost access; it stays open as "needs review". Collection failures are also listed as tool execution
 *   notifications on the invocation.
 * - `pass`, `not_applicable` and `manual` results are not SARIF results (they are in the JSON report and the
 *   evidence bundle).
 * - One run per account, each with its own `automationDetails.id` (GitHub's analysis category), so that the alerts of
 *   one account are opened and closed by that account's analyses only.
 * - AWS resources are not files. GitHub only accepts a repository-relative URI as a location, so the location is the
 *   pseudo-path `aws/<account>/<region|global>/<url-encoded ARN>`, and the full ARN is in `logicalLocations`.
 */
import { describeFailure, type FailureKind } from '../src/model/failure.js';
import { controlArea } from '../src/model/control-areas.js';
import type { AccountScope } from '../src/model/inventory.js';
import { countStatuses, type CheckResult, type CheckSummary, type ScanResult } from '../src/model/scan-result.js';
import { severityRank, type Severity } from '../src/model/severity.js';
import { catalogDigest, checkHelpUri, COLLECTION_FAILURE_HELP, compactUtc, findingFingerprint, PROJECT_URL, SECURITY_SEVERITY } from './common.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The key of our partial fingerprint; bump the suffix if the fingerprint recipe ever changes. */
export const FINGERPRINT_KEY = 'dbgapAuditFinding/v1';

type SarifLevel = 'error' | 'warning' | 'note';

/** GitHub rejects an upload with more than 20 tags on a rule, 25,000 results in a run, or 20 runs in a file. */
export const MAX_RULE_TAGS = 20;
export const MAX_RESULTS = 25_000;
export const MAX_RUNS = 20;

function notificationDescriptor(id: string, name: string, short: string, full: string, help: string) {
  return {
    id,
    name,
    shortDescription: { text: short },
    fullDescription: { text: full },
    helpUri: `${PROJECT_URL}#collection-errors`,
    help: { text: help, markdown: help },
  };
}

/** The descriptors the tool execution notifications point to: one per collection-failure kind, plus truncation. */
const NOTIFICATION_DESCRIPTORS = [
  ...(Object.keys(COLLECTION_FAILURE_HELP) as FailureKind[]).map((kind) =>
    notificationDescriptor(
      `collection-${kind}`,
      ruleName(`collection-${kind}`),
      `Inventory data could not be collected (${kind}).`,
      `${COLLECTION_FAILURE_HELP[kind].title}: inventory data could not be collected, so the checks that needed it report an error (a review result), never a pass.`,
      COLLECTION_FAILURE_HELP[kind].help,
    ),
  ),
  notificationDescriptor(
    'results-truncated',
    'ResultsTruncated',
    'Some results were left out to stay within GitHub code scanning limits.',
    `GitHub rejects a run with more than ${MAX_RESULTS} results, so the least severe were left out of this run; the JSON report has every result.`,
    'Read the JSON report (scan --format json) or the evidence bundle for the complete list, or narrow the scan with --check, --control-area or --severity.',
  ),
  notificationDescriptor(
    'too-many-runs',
    'TooManyRuns',
    'This file has more runs (accounts) than GitHub accepts in one upload.',
    `There is one run per account, and GitHub code scanning rejects a file with more than ${MAX_RUNS} runs.`,
    'Split the Organization scan with --shard K/N so that each job covers at most 20 accounts, and upload each job\'s SARIF file.',
  ),
];

export function sarifLevel(severity: Severity): SarifLevel {
  if (severity === 'critical' || severity === 'high') return 'error';
  if (severity === 'medium') return 'warning';
  return 'note';
}

function ruleName(checkId: string): string {
  return checkId
    .split('-')
    .map((word) => (word ? word[0]!.toUpperCase() + word.slice(1) : word))
    .join('');
}


/** 800-171 first (what NIH asks approved users to attest to), then 800-53; the full mapping is in properties.nist. */
export function nistTags(check: Pick<CheckSummary, 'nist'>): string[] {
  return [
    ...check.nist.sp800_171r2.map((id) => `NIST-SP-800-171r2/${id}`),
    ...check.nist.sp800_171r3.map((id) => `NIST-SP-800-171r3/${id}`),
    ...check.nist.sp800_53r5.map((id) => `NIST-SP-800-53r5/${id}`),
  ];
}

function ruleHelp(check: CheckSummary): { text: string; markdown: string } {
  const area = controlArea(check.controlArea);
  const nist = `NIST SP 800-53 r5: ${check.nist.sp800_53r5.join(', ') || '—'}; SP 800-171 r2: ${check.nist.sp800_171r2.join(', ') || '—'}; SP 800-171 r3: ${check.nist.sp800_171r3.join(', ') || '—'}`;
  const text = [
    check.title,
    `dbGaP control area ${area.number}: ${area.title}. ${nist}.`,
    `Why: ${check.rationale}`,
    `Fix: ${check.remediation.summary}`,
    ...(check.remediation.cli ? [`Example: ${check.remediation.cli}`] : []),
  ].join('\n\n');
  const markdown = [
    `**${check.title}**`,
    `dbGaP control area ${area.number}: *${area.title}* · severity **${check.severity}** · ${nist}`,
    `### Why it matters\n\n${check.rationale}`,
    `### Remediation\n\n${check.remediation.summary}`,
    ...(check.remediation.cli ? [`\`\`\`sh\n${check.remediation.cli}\n\`\`\``] : []),
    `[Check reference](${checkHelpUri(check.id)})`,
  ].join('\n\n');
  return { text, markdown };
}

function sarifRule(check: CheckSummary) {
  return {
    id: check.id,
    name: ruleName(check.id),
    shortDescription: { text: check.title },
    fullDescription: { text: check.rationale },
    helpUri: checkHelpUri(check.id),
    help: ruleHelp(check),
    defaultConfiguration: { level: sarifLevel(check.severity) },
    properties: {
      // GitHub only shows security-severity for rules tagged "security".
      tags: ['security', `dbgap/${check.controlArea}`, ...nistTags(check)].slice(0, MAX_RULE_TAGS),
      'security-severity': SECURITY_SEVERITY[check.severity],
      precision: check.kind === 'manual' ? 'medium' : 'high',
      severity: check.severity,
      controlArea: check.controlArea,
      nist: check.nist,
    },
  };
}

/** The pseudo-path GitHub accepts as a location (a relative URI-reference, stable across runs). */
export function resourceUri(accountId: string, region: string | undefined, resourceArn: string): string {
  return `aws/${encodeURIComponent(accountId)}/${encodeURIComponent(region ?? 'global')}/${encodeURIComponent(resourceArn)}`;
}

function resourceLocation(entry: Pick<CheckResult, 'accountId' | 'region' | 'resourceArn'>) {
  const shortName = entry.resourceArn.split(/[:/]/).filter(Boolean).at(-1) ?? entry.resourceArn;
  return {
    physicalLocation: {
      artifactLocation: { uri: resourceUri(entry.accountId, entry.region, entry.resourceArn) },
      // GitHub requires a region on a location; line 1 of the pseudo-file stands for "this resource".
      region: { startLine: 1 },
    },
    logicalLocations: [{ name: shortName, fullyQualifiedName: entry.resourceArn, kind: 'resource' }],
  };
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** An error result's message says once that it was not evaluated (the evaluator's own messages already do). */
export function notEvaluated(message: string): string {
  return /^not evaluated\b/i.test(message) ? message : `Not evaluated: ${message}`;
}

function sarifResult(entry: CheckResult, ruleIndex: number) {
  const isError = entry.status === 'error';
  const result: Record<string, unknown> = {
    ruleId: entry.checkId,
    ruleIndex,
    kind: isError ? 'review' : 'fail',
    level: isError ? 'note' : sarifLevel(entry.severity),
    message: { text: isError ? notEvaluated(entry.message) : entry.message },
    locations: [resourceLocation(entry)],
    partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(entry.checkId, entry.accountId, entry.resourceArn) },
    properties: {
      status: entry.status,
      severity: entry.severity,
      controlArea: entry.controlArea,
      accountId: entry.accountId,
      ...(entry.region ? { region: entry.region } : {}),
      resourceArn: entry.resourceArn,
    },
  };
  if (entry.waiver) {
    const { waiver } = entry;
    result.suppressions = [
      {
        kind: 'external',
        status: 'accepted',
        justification: `${waiver.reason} (approved by ${waiver.approvedBy}, expires ${waiver.expires}${waiver.ticket ? `, ticket ${waiver.ticket}` : ''})`,
        properties: { ...waiver },
      },
    ];
  }
  return result;
}

/**
 * One run per account: GitHub code scanning keeps one analysis per category (`automationDetails.id` up to its last
 * "/"), rejects several runs of one category in an upload, and closes the alerts of a category its latest analysis
 * no longer reports, so each account needs its own category for its alerts to live independently.
 */
function buildRun(result: ScanResult, account: AccountScope, runCount: number) {
  const { scan } = result;
  const single = scan.accounts.length <= 1;
  const owns = (accountId: string | undefined) => single || (accountId ?? scan.account.id) === account.id;
  const accountResults = single ? result.results : result.results.filter((entry) => owns(entry.accountId));
  const rules = result.checks.map(sarifRule);
  const ruleIndexes = new Map(result.checks.map((check, index) => [check.id, index]));
  let reported = accountResults.filter((entry) => entry.status === 'fail' || entry.status === 'error');
  const omitted = Math.max(0, reported.length - MAX_RESULTS);
  if (omitted > 0) {
    // Keep the most severe unwaived failures; the JSON report always has everything.
    const weight = (entry: CheckResult) => (entry.status === 'fail' && !entry.waiver ? 10 : 0) + severityRank(entry.severity);
    const kept = new Set([...reported].sort((a, b) => weight(b) - weight(a)).slice(0, MAX_RESULTS));
    reported = reported.filter((entry) => kept.has(entry));
  }
  const results = reported.map((entry) => sarifResult(entry, ruleIndexes.get(entry.checkId) ?? -1));
  const warnings = [
    ...(omitted
      ? [{ level: 'warning' as const, message: { text: `${omitted} lower-severity results were left out: GitHub rejects a run with more than ${MAX_RESULTS} results. The JSON report has every result.` }, descriptor: { id: 'results-truncated' } }]
      : []),
    ...(runCount > MAX_RUNS
      ? [{ level: 'warning' as const, message: { text: `This file has ${runCount} runs, one per account; GitHub code scanning accepts at most ${MAX_RUNS} in one upload. Split the scan with --shard.` }, descriptor: { id: 'too-many-runs' } }]
      : []),
  ];
  const notifications = result.collectionErrors
    .filter((failure) => owns(failure.accountId))
    .map((failure) => ({
      level: 'error' as const,
      message: { text: sentence(describeFailure(failure)) },
      descriptor: { id: `collection-${failure.kind}` },
      ...(failure.resourceArn ? { locations: [{ logicalLocations: [{ fullyQualifiedName: failure.resourceArn, kind: 'resource' }] }] } : {}),
      properties: { ...failure },
    }));
  return {
    tool: {
      driver: {
        name: result.tool.name,
        version: result.tool.version,
        semanticVersion: result.tool.version,
        informationUri: PROJECT_URL,
        rules,
        notifications: NOTIFICATION_DESCRIPTORS,
      },
    },
    // GitHub uses everything before the last "/" as the analysis category: one category per account.
    automationDetails: { id: `dbgap-audit/${account.id}/${compactUtc(scan.finishedAt)}` },
    invocations: [
      {
        // The tool ran to the end; what it could not see is in the notifications and in `review` results.
        executionSuccessful: true,
        startTimeUtc: scan.startedAt,
        endTimeUtc: scan.finishedAt,
        toolExecutionNotifications: [...notifications, ...warnings],
      },
    ],
    columnKind: 'utf16CodeUnits' as const,
    results,
    properties: {
      accounts: [account.id],
      partition: account.partition,
      regions: scan.regions,
      ...(account.callerArn ? { callerArn: account.callerArn } : {}),
      source: scan.source,
      scanStartedAt: scan.startedAt,
      scanFinishedAt: scan.finishedAt,
      inventoryCollectedAt: scan.inventoryCollectedAt,
      toolVersion: result.tool.version,
      catalogVersion: `${result.tool.version}+${catalogDigest(result.checks)}`,
      reportSchemaVersion: result.schemaVersion,
      summary: single ? result.summary : countStatuses(accountResults),
    },
  };
}

export function buildSarif(result: ScanResult) {
  const accounts = result.scan.accounts.length > 0 ? result.scan.accounts : [result.scan.account];
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0' as const,
    runs: accounts.map((account) => buildRun(result, account, accounts.length)),
  };
}

export function renderSarif(result: ScanResult): string {
  return `${JSON.stringify(buildSarif(result), null, 2)}\n`;
}
