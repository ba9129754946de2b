import { describe, expect, it } from 'vitest';
import check from '../../../checks/authorizing-access/s3-bucket-no-unapproved-cross-account.js';
import { aBucketPolicy } from '../../helpers/s3.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

const policy = (...statements: unknown[]) => ({ Version: '2012-10-17', Statement: statements });
const allow = (principal: unknown, extra: Record<string, unknown> = {}) => ({
  Effect: 'Allow',
  Principal: principal,
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::data/*',
  ...extra,
});
const OWN = '123456789012';
const PARTNER = '222233334444';
const STRANGER = '999988887777';

describe('s3-bucket-no-unapproved-cross-account', () => {
  it.each([
    ['no policy', null, 'pass', undefined],
    ['own account root', policy(allow({ AWS: `arn:aws:iam::${OWN}:root` })), 'pass', undefined],
    ['own role (bare account id too)', policy(allow({ AWS: [`arn:aws:iam::${OWN}:role/analysis`, OWN] })), 'pass', undefined],
    ['an allow-listed partner account', policy(allow({ AWS: `arn:aws:iam::${PARTNER}:root` })), 'pass', undefined],
    ['an unapproved account (ARN)', policy(allow({ AWS: `arn:aws:iam::${STRANGER}:role/x` })), 'fail', 'high'],
    ['an unapproved account (bare id, scalar)', policy(allow({ AWS: STRANGER })), 'fail', 'high'],
    ['a deleted principal left as a unique id', policy(allow({ AWS: 'AROAEXAMPLEID123' })), 'pass', undefined],
    ['Principal * with no condition (public)', policy(allow('*')), 'fail', 'critical'],
    ['Principal * bounded by own aws:PrincipalAccount', policy(allow('*', { Condition: { StringEquals: { 'aws:PrincipalAccount': OWN } } })), 'pass', undefined],
    ['Principal * bounded to a stranger account', policy(allow('*', { Condition: { StringEquals: { 'aws:PrincipalAccount': STRANGER } } })), 'fail', 'high'],
    ['Principal * limited only by aws:PrincipalOrgID', policy(allow('*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } })), 'fail', 'medium'],
    ['Principal * limited only by a VPC endpoint', policy(allow('*', { Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } } })), 'fail', 'high'],
    ['Principal * bounded by aws:PrincipalArn in own account', policy(allow('*', { Condition: { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${OWN}:role/*` } } })), 'pass', undefined],
    ['Principal * with a wildcard-account PrincipalArn', policy(allow('*', { Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/reader' } } })), 'fail', 'high'],
    ['service principal bounded by aws:SourceAccount', policy(allow({ Service: 'logging.s3.amazonaws.com' }, { Condition: { StringEquals: { 'aws:SourceAccount': OWN } } })), 'pass', undefined],
    ['service principal bounded by an own-account aws:SourceArn', policy(allow({ Service: 'cloudtrail.amazonaws.com' }, { Condition: { ArnLike: { 'aws:SourceArn': `arn:aws:cloudtrail:us-east-1:${OWN}:trail/main` } } })), 'pass', undefined],
    ['service principal without a source condition', policy(allow({ Service: 'cloudtrail.amazonaws.com' })), 'fail', 'low'],
    ['service principal acting for a stranger', policy(allow({ Service: 'cloudtrail.amazonaws.com' }, { Condition: { StringEquals: { 'aws:SourceAccount': STRANGER } } })), 'fail', 'high'],
    ['service principal bounded by a bucket aws:SourceArn (no account field)', policy(allow({ Service: 'logging.s3.amazonaws.com' }, { Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::source-bucket' } } })), 'pass', undefined],
    ['Allow with NotPrincipal', policy({ Effect: 'Allow', NotPrincipal: { AWS: `arn:aws:iam::${OWN}:root` }, Action: 's3:GetObject', Resource: '*' }), 'fail', 'critical'],
    ['a Deny naming a stranger is fine', policy({ Effect: 'Deny', Principal: { AWS: STRANGER }, Action: 's3:*', Resource: '*' }), 'pass', undefined],
    ['a JSON-string policy with a stranger', JSON.stringify(policy(allow({ AWS: STRANGER }))), 'fail', 'high'],
    ['Principal * with a wildcard PrincipalAccount 1234*', policy(allow('*', { Condition: { StringLike: { 'aws:PrincipalAccount': '1234*' } } })), 'fail', 'high'],
    ['Principal * with PrincipalAccount IfExists (anonymous has none)', policy(allow('*', { Condition: { StringEqualsIfExists: { 'aws:PrincipalAccount': OWN } } })), 'fail', 'critical'],
    ['Principal * with ForAllValues on PrincipalOrgPaths (vacuous when absent)', policy(allow('*', { Condition: { 'ForAllValues:StringLike': { 'aws:PrincipalOrgPaths': 'o-abc123/*' } } })), 'fail', 'critical'],
    ['Principal * guarded only by MFA', policy(allow('*', { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })), 'fail', 'high'],
    ['Principal * guarded by a negated own-account Deny', policy(allow('*'), { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { StringNotEquals: { 'aws:PrincipalAccount': OWN } } }), 'pass', undefined],
    ['Principal * with a ForAnyValue own-account Deny (anonymous escapes it)', policy(allow('*'), { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { 'ForAnyValue:StringNotEquals': { 'aws:PrincipalAccount': OWN } } }), 'fail', 'critical'],
    ['Principal * limited to a narrow source IP range (who, not where: unauthenticated callers inside it)', policy(allow('*', { Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })), 'fail', 'high'],
    ['service principal with a wildcard S3 aws:SourceArn (any account’s bucket)', policy(allow({ Service: 'logging.s3.amazonaws.com' }, { Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::*' } } })), 'fail', 'low'],
    ['NotResource grant to Principal * pinned to own account', policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::data/private/*', Condition: { StringEquals: { 'aws:PrincipalAccount': OWN } } }), 'pass', undefined],
    ['an unknown operator on the only guard', policy(allow('*', { Condition: { StringEqualsAny: { 'aws:PrincipalAccount': OWN } } })), 'error', undefined],
  ])('%s → %s', (_name, bucketPolicy, expected, severity) => {
    const results = run(check, { s3BucketPolicies: [aBucketPolicy('data', bucketPolicy)] }, { settings: { allowedAccounts: [PARTNER] } });
    expect(statuses(results)).toEqual([expected]);
    if (severity) expect(results[0]?.severity).toBe(severity);
  });

  it('names the request each kind of outsider gets through with, and picks the worst severity', () => {
    const [result] = run(check, {
      s3BucketPolicies: [aBucketPolicy('data', policy({ ...allow({ AWS: STRANGER }), Sid: 'Collab' }, { ...allow('*'), Sid: 'Open' }, { ...allow({ Service: 'cloudtrail.amazonaws.com' }), Sid: 'Trail' }))],
    });
    expect(result).toMatchObject({ status: 'fail', severity: 'critical' });
    expect(result?.message).toMatch(/an anonymous s3:GetObject on arn:aws:s3:::data\/example is allowed by statement Open/);
    expect(result?.message).toMatch(/by a role of account 999988887777 is allowed by statements Collab, Open/);
    expect(result?.message).toMatch(/by the service cloudtrail\.amazonaws\.com is allowed by statements Open, Trail/);
  });

  it('reports an unreadable policy as an error, not a pass', () => {
    expect(statuses(run(check, { s3BucketPolicies: [aBucketPolicy('data', '{not json')] }))).toEqual(['error']);
  });

  it('is not applicable without buckets, and an error for a bucket whose policy could not be read', () => {
    expect(statuses(run(check, { s3BucketPolicies: [] }))).toEqual(['not_applicable']);
    const results = run(check, { s3BucketPolicies: { items: [], failures: [aFailure({ resourceArn: 'arn:aws:s3:::secret' })] } });
    expect(results.map((result) => [result.resourceArn, result.status])).toEqual([['arn:aws:s3:::secret', 'error']]);
  });
});
