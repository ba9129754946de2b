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
  ])('%s → %s', (_name, bucketPolicy, expected, severity) => {
    const results = run(check, { s3BucketPolicies: [aBucketPolicy('data', bucketPolicy)] }, { settings: { allowedAccounts: [PARTNER] } });
    expect(statuses(results)).toEqual([expected]);
    if (severity) expect(results[0]?.severity).toBe(severity);
  });

  it('names every offending statement and picks the worst severity', () => {
    const [result] = run(check, {
      s3BucketPolicies: [aBucketPolicy('data', policy({ ...allow({ AWS: STRANGER }), Sid: 'Collab' }, allow('*'), allow({ Service: 'cloudtrail.amazonaws.com' })))],
    });
    expect(result).toMatchObject({ status: 'fail', severity: 'critical' });
    expect(result?.message).toMatch(/statement Collab: unapproved account 999988887777.*Principal \*.*confused deputy/);
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
