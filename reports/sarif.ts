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
 * - AWS resources are not files. GitHub only accepts a repository-relative URI as a location, so the location is the
 *   pseudo-path `aws/<account>/<region|global>/<url-encoded ARN>`, and the full ARN is in `logicalLocations`.
 */
import { describeFailure, FAILURE_KINDS } from '../src/model/failure.js';
import { controlArea } from '../src/model/control-areas.js';
import type { CheckResult, CheckSummary, ScanResult } from '../src/model/scan-result.js';
import { severityRank, type Severity } from '../src/model/severity.js';
import { catalogDigest, checkHelpUri, compactUtc, findingFingerprint, PROJECT_URL, SECURITY_SEVERITY } from './common.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The key of our partial fingerprint; bump the suffix if the fingerprint recipe ever changes. */
export const FINGERPRINT_KEY = 'dbgapAuditFinding/v1';

type SarifLevel = 'error' | 'warning' | 'note';

/** The descriptors the tool execution notifications point to: one per collection-failure kind, plus truncation. */
const NOTIFICATION_DESCRIPTORS = [
  ...FAILURE_KINDS.map((kind) => ({
    id: `collection-${kind}`,
    shortDescription: { text: `Inventory data could not be collected (${kind}); the checks that needed it report an error, never a pass.` },
  })),
  { id: 'results-truncated', shortDescription: { text: 'Some results were left out to stay within GitHub code scanning limits.' } },
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

/** GitHub rejects an upload with more than 20 tags on a rule, or more than 25,000 results in a run. */
export const MAX_RULE_TAGS = 20;
export const MAX_RESULTS = 25_000;

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

function sarifResult(entry: CheckResult, ruleIndex: number) {
  const isError = entry.status === 'error';
  const result: Record<string, unknown> = {
    ruleId: entry.checkId,
    ruleIndex,
    kind: isError ? 'review' : 'fail',
    level: isError ? 'note' : sarifLevel(entry.severity),
    message: { text: isError ? `Could not be evaluated: ${entry.message}` : entry.message },
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

export function buildSarif(result: ScanResult) {
  const rules = result.checks.map(sarifRule);
  const ruleIndexes = new Map(result.checks.map((check, index) => [check.id, index]));
  let reported = result.results.filter((entry) => entry.status === 'fail' || entry.status === 'error');
  const omitted = Math.max(0, reported.length - MAX_RESULTS);
  if (omitted > 0) {
    // Keep the most severe unwaived failures; the JSON report always has everything.
    const weight = (entry: CheckResult) => (entry.status === 'fail' && !entry.waiver ? 10 : 0) + severityRank(entry.severity);
    const kept = new Set([...reported].sort((a, b) => weight(b) - weight(a)).slice(0, MAX_RESULTS));
    reported = reported.filter((entry) => kept.has(entry));
  }
  const results = reported.map((entry) => sarifResult(entry, ruleIndexes.get(entry.checkId) ?? -1));
  const omissions = omitted
    ? [{ level: 'warning' as const, message: { text: `${omitted} lower-severity results were left out: GitHub rejects a run with more than ${MAX_RESULTS} results. The JSON report has every result.` }, descriptor: { id: 'results-truncated' } }]
    : [];
  const notifications = result.collectionErrors.map((failure) => ({
    level: 'error' as const,
    message: { text: describeFailure(failure) },
    descriptor: { id: `collection-${failure.kind}` },
    ...(failure.resourceArn ? { locations: [{ logicalLocations: [{ fullyQualifiedName: failure.resourceArn, kind: 'resource' }] }] } : {}),
    properties: { ...failure },
  }));
  const { scan } = result;
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0' as const,
    runs: [
      {
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
        automationDetails: { id: `dbgap-audit/${scan.accounts.length > 1 ? 'multi-account' : scan.account.id}/${compactUtc(scan.finishedAt)}` },
        invocations: [
          {
            // The tool ran to the end; what it could not see is in the notifications and in `review` results.
            executionSuccessful: true,
            startTimeUtc: scan.startedAt,
            endTimeUtc: scan.finishedAt,
            toolExecutionNotifications: [...notifications, ...omissions],
          },
        ],
        columnKind: 'utf16CodeUnits' as const,
        results,
        properties: {
          accounts: scan.accounts.map((account) => account.id),
          partition: scan.account.partition,
          regions: scan.regions,
          ...(scan.account.callerArn ? { callerArn: scan.account.callerArn } : {}),
          source: scan.source,
          scanStartedAt: scan.startedAt,
          scanFinishedAt: scan.finishedAt,
          inventoryCollectedAt: scan.inventoryCollectedAt,
          toolVersion: result.tool.version,
          catalogVersion: `${result.tool.version}+${catalogDigest(result.checks)}`,
          reportSchemaVersion: result.schemaVersion,
          summary: result.summary,
        },
      },
    ],
  };
}

export function renderSarif(result: ScanResult): string {
  return `${JSON.stringify(buildSarif(result), null, 2)}\n`;
}
