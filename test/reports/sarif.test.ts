import { describe, expect, it } from 'vitest';
import { buildSarif, FINGERPRINT_KEY, MAX_RUNS, notEvaluated, renderSarif, resourceUri, sarifLevel } from '../../reports/sarif.js';
import { combineScanResults } from '../../src/merge.js';
import type { ScanResult } from '../../src/model/scan-result.js';
import { describeErrors, loadValidator } from './schema-helpers.js';
import { fixtureScanResult } from './fixture.js';

const validateSarif = loadValidator('test/fixtures/sarif-schema-2.1.0.json');

type SarifLog = ReturnType<typeof buildSarif>;
type SarifResultJson = { ruleId: string; kind: string; level: string; partialFingerprints: Record<string, string>; suppressions?: { kind: string; justification: string }[]; locations: { physicalLocation: { artifactLocation: { uri: string } }; logicalLocations: { fullyQualifiedName: string }[] }[] };

function parse(text: string): SarifLog {
  return JSON.parse(text) as SarifLog;
}

describe('SARIF writer', () => {
  it('is valid against the OASIS SARIF 2.1.0 schema', () => {
    const log = parse(renderSarif(fixtureScanResult()));
    const valid = validateSarif(log);
    expect(valid, describeErrors(validateSarif)).toBe(true);
  });

  it('the validator is not a rubber stamp: it rejects a log with a bad level and a missing message', () => {
    const log = parse(renderSarif(fixtureScanResult())) as unknown as { runs: { results: Record<string, unknown>[] }[] };
    log.runs[0]!.results[0]!.level = 'critical';
    delete log.runs[0]!.results[1]!.message;
    expect(validateSarif(log)).toBe(false);
  });

  it('matches the golden file (frozen clock)', async () => {
    await expect(renderSarif(fixtureScanResult())).toMatchFileSnapshot('./golden/report.sarif');
  });

  it('has one rule per check with help, tags, security-severity and level', () => {
    const run = buildSarif(fixtureScanResult()).runs[0]!;
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual(['iam-user-console-mfa', 's3-bucket-ssl-only', 'ec2-sg-no-public-admin-ports', 'physical-datacenter-attestation']);
    const critical = run.tool.driver.rules.find((rule) => rule.id === 'ec2-sg-no-public-admin-ports')!;
    expect(critical.defaultConfiguration.level).toBe('error');
    expect(critical.properties['security-severity']).toBe('9.5');
    expect(critical.properties.tags).toEqual(expect.arrayContaining(['security', 'dbgap/networking', 'NIST-SP-800-53r5/SC-7', 'NIST-SP-800-171r2/3.13.1', 'NIST-SP-800-171r3/03.13.01']));
    expect(critical.helpUri).toBe('https://github.com/dbgap-audit/dbgap-audit#ec2-sg-no-public-admin-ports');
    expect(critical.help.markdown).toContain('aws ec2 revoke-security-group-ingress');
    expect(critical.help.text).toContain('Why: SSH and RDP');
    const medium = run.tool.driver.rules.find((rule) => rule.id === 's3-bucket-ssl-only')!;
    expect([medium.defaultConfiguration.level, medium.properties['security-severity']]).toEqual(['warning', '5.5']);
  });

  it.each([
    ['critical', 'error'],
    ['high', 'error'],
    ['medium', 'warning'],
    ['low', 'note'],
    ['informational', 'note'],
  ] as const)('maps severity %s to level %s', (severity, level) => {
    expect(sarifLevel(severity)).toBe(level);
  });

  it('reports fail results (with the per-finding severity) and error results as review notes, nothing else', () => {
    const results = buildSarif(fixtureScanResult()).runs[0]!.results as unknown as SarifResultJson[];
    expect(results.map((entry) => [entry.ruleId, entry.kind, entry.level])).toEqual([
      ['ec2-sg-no-public-admin-ports', 'fail', 'error'],
      ['ec2-sg-no-public-admin-ports', 'review', 'note'],
      ['iam-user-console-mfa', 'fail', 'error'],
      ['iam-user-console-mfa', 'fail', 'error'],
      ['s3-bucket-ssl-only', 'fail', 'note'],
    ]);
  });

  it('marks a waived finding as an external suppression with the justification', () => {
    const results = buildSarif(fixtureScanResult()).runs[0]!.results as unknown as SarifResultJson[];
    const waived = results.filter((entry) => entry.suppressions);
    expect(waived).toHaveLength(1);
    expect(waived[0]!.suppressions![0]!.kind).toBe('external');
    expect(waived[0]!.suppressions![0]!.justification).toContain('Break-glass user');
    expect(waived[0]!.suppressions![0]!.justification).toContain('ISSO <j.doe@example.org>');
  });

  it('locates a resource by a relative URI GitHub accepts, with the full ARN as logical location', () => {
    const results = buildSarif(fixtureScanResult()).runs[0]!.results as unknown as SarifResultJson[];
    const location = results[0]!.locations[0]!;
    expect(location.physicalLocation.artifactLocation.uri).toBe('aws/123456789012/us-east-1/arn%3Aaws%3Aec2%3Aus-east-1%3A123456789012%3Asecurity-group%2Fsg-0abc');
    expect(location.logicalLocations[0]!.fullyQualifiedName).toBe('arn:aws:ec2:us-east-1:123456789012:security-group/sg-0abc');
    expect(resourceUri('123456789012', undefined, 'arn:aws:iam::123456789012:user/a b')).toBe('aws/123456789012/global/arn%3Aaws%3Aiam%3A%3A123456789012%3Auser%2Fa%20b');
    for (const entry of results) {
      const uri = entry.locations[0]!.physicalLocation.artifactLocation.uri;
      expect(uri).not.toMatch(/^[a-z][a-z0-9+.-]*:/i); // no scheme: GitHub rejects "arn:" as a URI scheme
      expect(uri).not.toMatch(/[\s<>"]/);
    }
  });

  it('keeps partial fingerprints stable across runs and messages, distinct across resources', () => {
    const first = buildSarif(fixtureScanResult()).runs[0]!.results as unknown as SarifResultJson[];
    const base = fixtureScanResult();
    const later = fixtureScanResult({
      scan: { ...base.scan, startedAt: '2027-01-01T00:00:00.000Z', finishedAt: '2027-01-01T00:10:00.000Z' },
      results: base.results.map((entry) => ({ ...entry, message: `${entry.message} (reworded)` })),
    });
    const second = buildSarif(later).runs[0]!.results as unknown as SarifResultJson[];
    expect(second.map((entry) => entry.partialFingerprints[FINGERPRINT_KEY])).toEqual(first.map((entry) => entry.partialFingerprints[FINGERPRINT_KEY]));
    const fingerprints = first.map((entry) => entry.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
    for (const fingerprint of fingerprints) expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('records scope, versions and collection errors on the run', () => {
    const run = buildSarif(fixtureScanResult()).runs[0]!;
    expect(run.properties.accounts).toEqual(['123456789012']);
    expect(run.properties.regions).toEqual(['us-east-1', 'us-west-2', 'eu-west-1']);
    expect(run.properties.catalogVersion).toMatch(/^0\.1\.0\+[0-9a-f]{16}$/);
    expect(run.automationDetails.id).toBe('dbgap-audit/123456789012/20261120T143105Z');
    expect(run.invocations[0]!.startTimeUtc).toBe('2026-11-20T14:30:00.000Z');
    expect(run.invocations[0]!.toolExecutionNotifications).toHaveLength(1);
    expect(run.invocations[0]!.toolExecutionNotifications[0]!.message.text).toContain('ec2:DescribeSecurityGroups');
  });

  it('caps rule tags at 20 and results at 25,000, keeping the most severe unwaived failures', () => {
    const base = fixtureScanResult();
    const manyIds = Array.from({ length: 30 }, (_, index) => `3.1.${index + 1}`);
    const checks = base.checks.map((check) => (check.id === 's3-bucket-ssl-only' ? { ...check, nist: { ...check.nist, sp800_171r2: manyIds } } : check));
    const lowFailures = Array.from({ length: 25_010 }, (_, index) => ({ ...base.results[6]!, resourceArn: `arn:aws:s3:::bucket-${index}` }));
    const log = buildSarif({ ...base, checks, results: [...lowFailures, base.results[0]!] });
    const run = log.runs[0]!;
    expect(run.tool.driver.rules.find((rule) => rule.id === 's3-bucket-ssl-only')!.properties.tags).toHaveLength(20);
    expect(run.results).toHaveLength(25_000);
    expect((run.results as unknown as SarifResultJson[]).some((entry) => entry.ruleId === 'ec2-sg-no-public-admin-ports')).toBe(true);
    expect(run.invocations[0]!.toolExecutionNotifications.at(-1)!.message.text).toMatch(/^11 lower-severity results were left out/);
  });

  it('is valid for a clean scan with no results', () => {
    const clean = fixtureScanResult({ results: [], collectionErrors: [] });
    const log = parse(renderSarif(clean));
    expect(validateSarif(log), describeErrors(validateSarif)).toBe(true);
    expect(log.runs[0]!.results).toEqual([]);
  });

  it('gives every notification descriptor a name, a full description and help, as GitHub requires of a reportingDescriptor', () => {
    const descriptors = buildSarif(fixtureScanResult()).runs[0]!.tool.driver.notifications;
    expect(descriptors.map((descriptor) => descriptor.id)).toEqual([
      'collection-access-denied', 'collection-throttled', 'collection-timeout', 'collection-region-disabled', 'collection-not-available',
      'collection-unreadable', 'collection-server-error', 'collection-network', 'collection-unknown', 'results-truncated', 'too-many-runs',
    ]);
    for (const descriptor of descriptors) {
      expect(descriptor.name).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(descriptor.fullDescription.text.length).toBeGreaterThan(descriptor.shortDescription.text.length / 2);
      expect(descriptor.help.text).toMatch(/\.$/);
      expect(descriptor.help.markdown).toBe(descriptor.help.text);
    }
    expect(descriptors[0]!.name).toBe('CollectionAccessDenied');
    // Every notification points to a descriptor that exists.
    const ids = new Set(descriptors.map((descriptor) => descriptor.id));
    for (const notification of buildSarif(fixtureScanResult()).runs[0]!.invocations[0]!.toolExecutionNotifications) expect(ids).toContain(notification.descriptor.id);
  });

  it('says "Not evaluated" once in an error result, whether or not the evaluator already said it', () => {
    expect(notEvaluated('Not evaluated: EC2.DescribeSecurityGroups failed in eu-west-1: UnauthorizedOperation.')).toBe('Not evaluated: EC2.DescribeSecurityGroups failed in eu-west-1: UnauthorizedOperation.');
    expect(notEvaluated('Trail status could not be read.')).toBe('Not evaluated: Trail status could not be read.');
    const base = fixtureScanResult();
    const results = base.results.map((entry) => (entry.status === 'error' ? { ...entry, message: `Not evaluated: ${entry.message}` } : entry));
    const review = (buildSarif({ ...base, results }).runs[0]!.results as unknown as { kind: string; message: { text: string } }[]).find((entry) => entry.kind === 'review')!;
    expect(review.message.text).toMatch(/^Not evaluated: EC2\.DescribeSecurityGroups/);
    expect(review.message.text).not.toMatch(/evaluated.*evaluated/i);
  });

  describe('a multi-account report', () => {
    const OTHER = '210987654321';
    function twoAccounts(): ScanResult {
      const first = fixtureScanResult();
      const otherAccount = { id: OTHER, partition: 'aws', callerArn: `arn:aws:sts::${OTHER}:assumed-role/OrganizationAccountAccessRole/dbgap-audit` };
      const second = fixtureScanResult({
        scan: { ...first.scan, account: otherAccount, accounts: [otherAccount] },
        results: first.results.filter((entry) => entry.checkId === 's3-bucket-ssl-only').map((entry) => ({ ...entry, accountId: OTHER, resourceArn: entry.resourceArn.replace('123456789012', OTHER) })),
        collectionErrors: [],
      });
      return combineScanResults([second, first]);
    }

    it('has one run per account, each its own GitHub category with only its results and notifications', () => {
      const log = buildSarif(twoAccounts());
      expect(validateSarif(log), describeErrors(validateSarif)).toBe(true);
      expect(log.runs.map((run) => run.automationDetails.id)).toEqual(['dbgap-audit/123456789012/20261120T143105Z', `dbgap-audit/${OTHER}/20261120T143105Z`]);
      const categories = log.runs.map((run) => run.automationDetails.id.slice(0, run.automationDetails.id.lastIndexOf('/')));
      expect(new Set(categories).size).toBe(2);
      const [first, second] = log.runs as unknown as { results: { properties: { accountId: string } }[]; properties: { accounts: string[]; callerArn?: string; summary: { fail: number } }; invocations: { toolExecutionNotifications: unknown[] }[] }[];
      expect(first!.results.every((entry) => entry.properties.accountId === '123456789012')).toBe(true);
      expect(second!.results.map((entry) => entry.properties.accountId)).toEqual([OTHER]);
      expect([first!.properties.accounts, second!.properties.accounts]).toEqual([['123456789012'], [OTHER]]);
      expect(second!.properties.callerArn).toContain(OTHER);
      expect([first!.properties.summary.fail, second!.properties.summary.fail]).toEqual([4, 1]);
      expect([first!.invocations[0]!.toolExecutionNotifications.length, second!.invocations[0]!.toolExecutionNotifications.length]).toEqual([1, 0]);
    });

    it('keeps an empty run for an account with nothing to report, so GitHub closes its fixed alerts', () => {
      const result = twoAccounts();
      const log = buildSarif({ ...result, results: result.results.filter((entry) => entry.accountId !== OTHER) });
      expect(log.runs).toHaveLength(2);
      expect(log.runs[1]!.results).toEqual([]);
    });

    it(`warns in every run when there are more than ${MAX_RUNS} accounts, which GitHub rejects in one upload`, () => {
      const base = fixtureScanResult();
      const accounts = Array.from({ length: MAX_RUNS + 1 }, (_, index) => ({ id: String(100000000000 + index), partition: 'aws' }));
      const log = buildSarif({ ...base, scan: { ...base.scan, account: accounts[0]!, accounts }, results: [], collectionErrors: [] });
      expect(log.runs).toHaveLength(MAX_RUNS + 1);
      for (const run of log.runs) expect(run.invocations[0]!.toolExecutionNotifications.map((notification) => notification.descriptor.id)).toEqual(['too-many-runs']);
    });
  });
});
