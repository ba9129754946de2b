import { describe, expect, it } from 'vitest';
import check from '../../../checks/authorizing-access/access-analyzer-no-external-findings.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aFinding, anAnalyzer } from '../../helpers/access-analyzer.js';

const BUCKET = 'arn:aws:s3:::data';
const PARTNER = '222233334444';

describe('access-analyzer-no-external-findings', () => {
  it.each([
    ['no findings', [], ['pass'], undefined],
    ['a stranger account can read a bucket', [aFinding(BUCKET)], ['fail'], 'high'],
    ['a public bucket', [aFinding(BUCKET, { isPublic: true, principal: { AWS: '*' } })], ['fail'], 'critical'],
    ['a share with an allow-listed account (bare id)', [aFinding(BUCKET, { principal: { AWS: PARTNER } })], ['pass'], undefined],
    ['a share with an allow-listed account (role ARN)', [aFinding('arn:aws:kms:us-east-1:123456789012:key/k', { resourceType: 'AWS::KMS::Key', principal: { AWS: `arn:aws:iam::${PARTNER}:role/r` } })], ['pass'], undefined],
    ['a federated principal is never allow-listed', [aFinding('arn:aws:iam::123456789012:role/web', { resourceType: 'AWS::IAM::Role', principal: { Federated: 'cognito-identity.amazonaws.com' } })], ['fail'], 'high'],
    ['the same grant from account and org analyzers is reported once', [aFinding(BUCKET), aFinding(BUCKET, { id: 'finding-2', analyzerArn: 'arn:aws:access-analyzer:us-east-1:123456789012:analyzer/org' })], ['fail'], 'high'],
  ])('%s → %s', (_name, findings, expected, severity) => {
    const results = run(check, { accessAnalyzers: [anAnalyzer('account')], accessAnalyzerFindings: findings }, { settings: { allowedAccounts: [PARTNER] } });
    expect(statuses(results)).toEqual(expected);
    if (severity) expect(results[0]?.severity).toBe(severity);
  });

  it('names the resource, the principal and the actions', () => {
    const [result] = run(check, { accessAnalyzers: [anAnalyzer('account')], accessAnalyzerFindings: [aFinding(BUCKET)] });
    expect(result).toMatchObject({ resourceArn: BUCKET, region: 'us-east-1' });
    expect(result?.message).toMatch(/AWS::S3::Bucket arn:aws:s3:::data is accessible to AWS 999988887777 \(s3:GetObject\)/);
  });

  it('is not applicable in a region without an active analyzer, and evaluates each region on its own', () => {
    const results = run(
      check,
      {
        accessAnalyzers: [anAnalyzer('account', { region: 'us-west-2' })],
        accessAnalyzerFindings: [aFinding(BUCKET, { region: 'us-west-2' })],
      },
      { regions: ['us-east-1', 'us-west-2'] },
    );
    expect(results.map((result) => [result.region, result.status])).toEqual([
      ['us-east-1', 'not_applicable'],
      ['us-west-2', 'fail'],
    ]);
  });

  it('turns a failed ListFindings in a region into an error, not a pass', () => {
    const results = run(check, {
      accessAnalyzers: [anAnalyzer('account')],
      accessAnalyzerFindings: { items: [], failures: [aFailure({ api: 'accessanalyzer.ListFindings', action: 'access-analyzer:ListFindings', code: 'AccessDeniedException', region: 'us-east-1' })] },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/access-analyzer:ListFindings/);
  });
});
