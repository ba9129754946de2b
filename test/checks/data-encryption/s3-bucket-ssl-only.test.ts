import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/s3-bucket-ssl-only.js';
import { aBucketPolicy } from '../../helpers/s3.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

const arn = 'arn:aws:s3:::data';
const deny = (overrides: Record<string, unknown> = {}) => ({
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: [arn, `${arn}/*`],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  ...overrides,
});
const policy = (...statements: unknown[]) => ({ Version: '2012-10-17', Statement: statements });

describe('s3-bucket-ssl-only', () => {
  it.each([
    ['the AWS-recommended Deny', policy(deny()), 'pass'],
    ['a single statement object instead of an array', { Version: '2012-10-17', Statement: deny() }, 'pass'],
    ['a boolean false condition value', policy(deny({ Condition: { Bool: { 'aws:SecureTransport': false } } })), 'pass'],
    ['a ["false"] list and BoolIfExists', policy(deny({ Condition: { BoolIfExists: { 'aws:SecureTransport': ['false'] } } })), 'pass'],
    ['an upper-case FALSE and a mixed-case key', policy(deny({ Condition: { Bool: { 'AWS:securetransport': 'FALSE' } } })), 'pass'],
    ['Principal {"AWS":"*"} and Action "*"', policy(deny({ Principal: { AWS: '*' }, Action: '*' })), 'pass'],
    ['a wildcard resource covering bucket and objects', policy(deny({ Resource: 'arn:aws:s3:::data*' })), 'pass'],
    ['the Deny as a JSON string policy', JSON.stringify(policy(deny())), 'pass'],
    ['no policy at all', null, 'fail'],
    ['an Allow that requires TLS but no Deny', policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${arn}/*`, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }), 'fail'],
    ['a Deny on aws:SecureTransport = true (wrong value)', policy(deny({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } })), 'fail'],
    ['a Deny for s3:PutObject only', policy(deny({ Action: 's3:PutObject' })), 'fail'],
    ['a Deny for one principal only', policy(deny({ Principal: { AWS: 'arn:aws:iam::123456789012:root' } })), 'fail'],
    ['a Deny on another bucket', policy(deny({ Resource: ['arn:aws:s3:::other', 'arn:aws:s3:::other/*'] })), 'fail'],
    ['an s3:TlsVersion Deny alone', policy(deny({ Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } } })), 'fail'],
    ['a NotAction Deny that exempts s3:GetObject', policy(deny({ Action: undefined, NotAction: 's3:GetObject' })), 'fail'],
    ['an unparseable policy string', '{not json', 'fail'],
  ])('%s → %s', (_name, bucketPolicy, expected) => {
    const results = run(check, { s3BucketPolicies: [aBucketPolicy('data', bucketPolicy)] });
    expect(statuses(results)).toEqual([expected]);
    expect(results[0]?.resourceArn).toBe(arn);
  });

  it('reports a Deny scoped to objects only as a medium finding (bucket-level calls stay open)', () => {
    const [result] = run(check, { s3BucketPolicies: [aBucketPolicy('data', policy(deny({ Resource: `${arn}/*` })))] });
    expect(result).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(result?.message).toMatch(/objects only/);
  });

  it('is not applicable when the account has no buckets', () => {
    expect(statuses(run(check, { s3BucketPolicies: [] }))).toEqual(['not_applicable']);
  });

  it('turns an unreadable policy into an error for that bucket only, never a pass', () => {
    const results = run(check, {
      s3BucketPolicies: {
        items: [aBucketPolicy('data', policy(deny()))],
        failures: [aFailure({ resourceArn: 'arn:aws:s3:::secret' })],
      },
    });
    expect(results.map((result) => [result.resourceArn, result.status])).toEqual([
      [arn, 'pass'],
      ['arn:aws:s3:::secret', 'error'],
    ]);
    expect(results[1]?.message).toMatch(/s3:GetBucketPolicy/);
  });

  it('errors for every bucket when the bucket listing itself failed', () => {
    const results = run(check, {
      s3BucketPolicies: { items: [], failures: [aFailure({ api: 's3.ListBuckets', action: 's3:ListAllMyBuckets', region: undefined })] },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/s3:ListAllMyBuckets/);
  });
});
