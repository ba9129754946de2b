import { describe, expect, it } from 'vitest';
import { dataInventory } from '../../../src/rules/data-stores/index.js';
import { s3BucketStores } from '../../../src/rules/data-stores/s3.js';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/model/settings.js';
import { ACCOUNT, aFailure, anInventory, type FixtureKeys, NOW } from '../../helpers/inventory.js';
import { aKmsKey } from '../../helpers/kms.js';
import {
  ALL_ON,
  ALL_USERS,
  aBucket,
  aBucketBlock,
  aBucketLifecycle,
  aBucketTags,
  aLifecycleRule,
  aPolicyStatus,
  aReplication,
  aReplicationRule,
  anAccountBlock,
  anAcl,
  anObjectLock,
  anOwnership,
} from '../../helpers/s3.js';

const scope = { account: ACCOUNT, now: NOW };
const settings = (overrides: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...overrides });

/** Every key the S3 source reads, for one private, tagged, KMS-encrypted bucket. */
function keysFor(name: string, overrides: FixtureKeys = {}): FixtureKeys {
  return {
    s3Buckets: [aBucket(name)],
    s3BucketTags: [aBucketTags(name, { 'dbgap:project': 'phs000001' })],
    s3BucketEncryption: [{ arn: `arn:aws:s3:::${name}`, bucket: name, region: 'us-east-1', rules: [{ algorithm: 'aws:kms', kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k1' }] }],
    kmsKeys: [aKmsKey('k1')],
    s3BucketPolicyStatus: [aPolicyStatus(name, 'no-policy')],
    s3BucketPolicies: [],
    s3BucketAcls: [anAcl(name)],
    s3BucketOwnership: [anOwnership(name, 'BucketOwnerEnforced')],
    s3BucketPublicAccessBlock: [aBucketBlock(name, ALL_ON)],
    s3AccountPublicAccessBlock: [anAccountBlock(ALL_ON)],
    s3BucketReplication: [aReplication(name, null)],
    s3BucketLifecycle: [aBucketLifecycle(name, [aLifecycleRule({ status: 'Enabled', appliesToWholeBucket: true, expirationDays: 365 })])],
    s3BucketObjectLock: [],
    ...overrides,
  };
}

const storesOf = (keys: FixtureKeys, options: Partial<Settings> = {}) => s3BucketStores(anInventory(keys).keys, settings(options), scope);

describe('S3 buckets in the data inventory', () => {
  it('lists a bucket classified by its tag, with its key, exposure and retention', () => {
    expect(storesOf(keysFor('lab-raw'))).toEqual([
      {
        arn: 'arn:aws:s3:::lab-raw',
        kind: 's3-bucket',
        service: 'Amazon S3',
        region: 'us-east-1',
        name: 'lab-raw',
        controlledData: true,
        reason: 'tagged dbgap:project',
        encryption: 'KMS customer key arn:aws:kms:us-east-1:123456789012:key/k1',
        exposure: 'private',
        retention: 'lifecycle expires objects after 365 days',
      },
    ]);
  });

  it('classifies a bucket by its name in dbgapBuckets.names, even without tags', () => {
    const [store] = storesOf(keysFor('named', { s3BucketTags: [aBucketTags('named', {})] }), { dbgapBuckets: { names: ['named'], tag: { key: 'dbgap:project' } } });
    expect(store).toMatchObject({ controlledData: true, reason: 'named in dbgapBuckets.names' });
  });

  it("marks a bucket whose tags could not be read 'unknown', naming the IAM action", () => {
    const keys = keysFor('secret', {
      s3BucketTags: { items: [], failures: [aFailure({ api: 's3.GetBucketTagging', action: 's3:GetBucketTagging', resourceArn: 'arn:aws:s3:::secret' })] },
    });
    const [store] = storesOf(keys);
    expect(store).toMatchObject({ controlledData: 'unknown', reason: 'tags unknown (s3:GetBucketTagging denied)' });
    expect(dataInventory(anInventory(keys).keys, settings(), scope).map((entry) => entry.name)).toEqual(['secret']);
  });

  it('leaves a bucket that nothing classifies out of the data inventory', () => {
    const keys = keysFor('scratch', { s3BucketTags: [aBucketTags('scratch', { team: 'lab' })] });
    expect(storesOf(keys)[0]?.controlledData).toBe(false);
    expect(dataInventory(anInventory(keys).keys, settings(), scope)).toEqual([]);
  });

  it('says public, and where it replicates, as s3-bucket-not-public reads the access configuration', () => {
    const keys = keysFor('shared', {
      s3BucketOwnership: [anOwnership('shared', 'ObjectWriter')],
      s3BucketAcls: [anAcl('shared', [ALL_USERS])],
      s3BucketPublicAccessBlock: [aBucketBlock('shared', null)],
      s3AccountPublicAccessBlock: [anAccountBlock(null)],
      s3BucketReplication: [aReplication('shared', [aReplicationRule('dr-copy')])],
    });
    expect(storesOf(keys)[0]?.exposure).toBe('public (its ACL grants AllUsers:READ); replicated to dr-copy');
  });

  it('names an AWS managed key, SSE-S3, and a key of another account as they are', () => {
    const encryption = (rules: Array<{ algorithm: string; kmsKeyId?: string }> | null) =>
      storesOf(keysFor('b', { s3BucketEncryption: [{ arn: 'arn:aws:s3:::b', bucket: 'b', region: 'us-east-1', rules }], kmsKeys: [aKmsKey('aws1', { keyManager: 'AWS', aliases: ['alias/aws/s3'] })] }))[0]?.encryption;
    expect(encryption([{ algorithm: 'aws:kms' }])).toBe('AWS managed key (aws/s3)');
    expect(encryption([{ algorithm: 'aws:kms', kmsKeyId: 'alias/aws/s3' }])).toBe('AWS managed key arn:aws:kms:us-east-1:123456789012:key/aws1');
    expect(encryption([{ algorithm: 'AES256' }])).toBe('SSE-S3 (Amazon S3 managed keys)');
    expect(encryption([{ algorithm: 'aws:kms', kmsKeyId: 'arn:aws:kms:us-east-1:999999999999:key/x' }])).toBe('KMS key arn:aws:kms:us-east-1:999999999999:key/x');
  });

  it('says unknown, never "none", for facts that were denied or not collected', () => {
    const keys = keysFor('b', {
      s3BucketEncryption: { items: [], failures: [aFailure({ api: 's3.GetBucketEncryption', action: 's3:GetEncryptionConfiguration', resourceArn: 'arn:aws:s3:::b' })] },
      s3BucketLifecycle: { items: [], failures: [aFailure({ api: 's3.GetBucketLifecycleConfiguration', action: 's3:GetLifecycleConfiguration', code: 'ThrottlingException', kind: 'throttled', region: 'us-east-1' })] },
    });
    delete keys.s3BucketAcls;
    const [store] = storesOf(keys);
    expect(store).toMatchObject({
      encryption: 'unknown (s3:GetEncryptionConfiguration denied)',
      exposure: 'unknown (not collected)',
      retention: 'lifecycle unknown (s3:GetLifecycleConfiguration failed: ThrottlingException)',
    });
  });

  it('reads retention from lifecycle rules and Object Lock, and "none configured" when there is neither', () => {
    const retention = (overrides: FixtureKeys) => storesOf(keysFor('b', overrides))[0]?.retention;
    expect(retention({ s3BucketLifecycle: [aBucketLifecycle('b', null)] })).toBe('none configured');
    expect(
      retention({
        s3BucketLifecycle: [aBucketLifecycle('b', [aLifecycleRule({ status: 'Enabled', appliesToWholeBucket: false, prefix: 'tmp/', expirationDays: 7 }), aLifecycleRule({ status: 'Disabled', expirationDays: 1 })])],
        s3BucketObjectLock: [anObjectLock('b', true, { mode: 'COMPLIANCE', days: 30 })],
      }),
    ).toBe('lifecycle expires objects under tmp/ after 7 days; Object Lock COMPLIANCE 30 days');
  });

  it('gives no stores without a bucket listing', () => {
    expect(storesOf({})).toEqual([]);
  });
});
