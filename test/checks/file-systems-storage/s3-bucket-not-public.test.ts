import { describe, expect, it } from 'vitest';
import check from '../../../checks/file-systems-storage/s3-bucket-not-public.js';
import type { PublicAccessBlockSettings, S3BucketPolicyStatus } from '../../../src/model/items/s3.js';
import { aBucketPolicy } from '../../helpers/s3.js';
import { aFailure, run, statuses, type FixtureKeys } from '../../helpers/inventory.js';
import { ALL_OFF, ALL_ON, ALL_USERS, AUTHENTICATED_USERS, aBucket, aBucketBlock, aPolicyStatus, anAccountBlock, anAcl, anOwnership } from '../../helpers/s3.js';

const publicRead = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/*' }] };
const withCondition = (condition: unknown) => ({ Version: '2012-10-17', Statement: [{ ...publicRead.Statement[0], Condition: condition }] });

interface Case {
  status?: S3BucketPolicyStatus['status'];
  policy?: unknown;
  aclUris?: string[];
  ownership?: string | null;
  bucketBlock?: PublicAccessBlockSettings | null;
  accountBlock?: PublicAccessBlockSettings | null;
}

function keys(c: Case): FixtureKeys {
  return {
    s3Buckets: [aBucket('data')],
    s3BucketPolicyStatus: [aPolicyStatus('data', c.status ?? 'no-policy')],
    s3BucketPolicies: [aBucketPolicy('data', c.policy ?? null)],
    s3BucketAcls: [anAcl('data', c.aclUris ?? [])],
    s3BucketOwnership: [anOwnership('data', c.ownership === undefined ? 'BucketOwnerPreferred' : c.ownership)],
    s3BucketPublicAccessBlock: [aBucketBlock('data', c.bucketBlock ?? null)],
    s3AccountPublicAccessBlock: [anAccountBlock(c.accountBlock ?? null)],
  };
}

describe('s3-bucket-not-public', () => {
  it.each<[string, Case, string]>([
    ['no policy, private ACL', {}, 'pass'],
    ['GetBucketPolicyStatus IsPublic', { status: 'public', policy: publicRead }, 'fail'],
    ['IsPublic, neutralized by bucket-level RestrictPublicBuckets', { status: 'public', bucketBlock: { ...ALL_OFF, restrictPublicBuckets: true } }, 'pass'],
    ['IsPublic, neutralized by account-level RestrictPublicBuckets', { status: 'public', accountBlock: { ...ALL_OFF, restrictPublicBuckets: true } }, 'pass'],
    ['IsPublic, only IgnorePublicAcls on (does not cover policies)', { status: 'public', accountBlock: { ...ALL_OFF, ignorePublicAcls: true } }, 'fail'],
    ['AWS says not public although the text looks open (trust AWS)', { status: 'not-public', policy: publicRead }, 'pass'],
    ['emulator without GetBucketPolicyStatus: public policy text', { status: 'unsupported', policy: publicRead }, 'fail'],
    ['emulator: Principal {"AWS":"*"} policy as a JSON string', { status: 'unsupported', policy: JSON.stringify({ Statement: { Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:*', Resource: '*' } }) }, 'fail'],
    ['emulator: public grant confined to a VPC endpoint', { status: 'unsupported', policy: withCondition({ StringEquals: { 'aws:SourceVpce': 'vpce-1234' } }) }, 'pass'],
    ['emulator: public grant confined to an org id', { status: 'unsupported', policy: withCondition({ StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }) }, 'pass'],
    ['emulator: "confined" to 0.0.0.0/0 (restricts nothing)', { status: 'unsupported', policy: withCondition({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }) }, 'fail'],
    ['emulator: wildcard org id (restricts nothing)', { status: 'unsupported', policy: withCondition({ StringLike: { 'aws:PrincipalOrgID': 'o-*' } }) }, 'fail'],
    ['emulator: negated condition (StringNotEquals) does not confine', { status: 'unsupported', policy: withCondition({ StringNotEquals: { 'aws:SourceVpce': 'vpce-1234' } }) }, 'fail'],
    ['emulator: a policy granting one account only', { status: 'unsupported', policy: { Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject', Resource: '*' }] } }, 'pass'],
    ['emulator: no policy', { status: 'unsupported', policy: null }, 'pass'],
    ['emulator: an unreadable policy text (never a pass)', { status: 'unsupported', policy: '{not json' }, 'error'],
    ['ACL grant to AllUsers with ACLs enabled', { aclUris: [ALL_USERS] }, 'fail'],
    ['ACL grant to AuthenticatedUsers (any AWS customer)', { aclUris: [AUTHENTICATED_USERS] }, 'fail'],
    ['ACL grant to AllUsers with no ownership controls (ACLs enabled)', { aclUris: [ALL_USERS], ownership: null }, 'fail'],
    ['ACL grant to AllUsers but BucketOwnerEnforced (ACLs ignored)', { aclUris: [ALL_USERS], ownership: 'BucketOwnerEnforced' }, 'pass'],
    ['ACL grant to AllUsers, neutralized by bucket IgnorePublicAcls', { aclUris: [ALL_USERS], bucketBlock: { ...ALL_OFF, ignorePublicAcls: true } }, 'pass'],
    ['ACL grant to AllUsers, neutralized by account IgnorePublicAcls', { aclUris: [ALL_USERS], accountBlock: { ...ALL_OFF, ignorePublicAcls: true } }, 'pass'],
    ['ACL grant, only RestrictPublicBuckets on (does not cover ACLs)', { aclUris: [ALL_USERS], accountBlock: { ...ALL_OFF, restrictPublicBuckets: true } }, 'fail'],
    ['public policy and public ACL, everything blocked at the account', { status: 'public', aclUris: [ALL_USERS], accountBlock: ALL_ON }, 'pass'],
  ])('%s → %s', (_name, c, expected) => {
    const results = run(check, keys(c));
    expect(statuses(results)).toEqual([expected]);
    expect(results[0]?.resourceArn).toBe('arn:aws:s3:::data');
  });

  it('names both exposures', () => {
    const [result] = run(check, keys({ status: 'public', aclUris: [ALL_USERS] }));
    expect(result?.message).toMatch(/bucket policy grants public access; its ACL grants AllUsers:READ/);
  });

  it('is not applicable with no buckets', () => {
    const empty = Object.fromEntries(Object.keys(keys({})).map((key) => [key, []])) as FixtureKeys;
    expect(statuses(run(check, { ...empty, s3AccountPublicAccessBlock: [anAccountBlock(ALL_ON)] }))).toEqual(['not_applicable']);
  });

  it('errors (not passes) when the account block is unreadable and the bucket has a public ACL without its own block', () => {
    const results = run(check, {
      ...keys({ aclUris: [ALL_USERS] }),
      s3AccountPublicAccessBlock: { items: [], failures: [aFailure({ api: 's3control.GetPublicAccessBlock', resourceArn: 'arn:aws:s3::123456789012:account' })] },
    });
    expect(results.find((result) => result.resourceArn === 'arn:aws:s3:::data')?.status).toBe('error');
  });

  it('never passes a public ACL when the account block is unreadable, even with the bucket block explicitly off', () => {
    const results = run(check, {
      ...keys({ aclUris: [ALL_USERS], bucketBlock: ALL_OFF }),
      s3AccountPublicAccessBlock: { items: [], failures: [aFailure({ api: 's3control.GetPublicAccessBlock', resourceArn: 'arn:aws:s3::123456789012:account' })] },
    });
    // An unknown account block could still neutralize the grant, so this must not be a pass either way.
    expect(results.find((result) => result.resourceArn === 'arn:aws:s3:::data')?.status).not.toBe('pass');
  });

  it('errors for a bucket whose ACL could not be read', () => {
    const results = run(check, {
      ...keys({}),
      s3BucketAcls: { items: [], failures: [aFailure({ api: 's3.GetBucketAcl', action: 's3:GetBucketAcl', resourceArn: 'arn:aws:s3:::data' })] },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/s3:GetBucketAcl/);
  });
});
