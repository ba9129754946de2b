import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-cleanup-retention/s3-dbgap-lifecycle-configured.js';
import type { S3LifecycleRule } from '../../../src/model/items/s3.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aBucketLifecycle, aBucketTags, aBucketVersioning, aLifecycleRule } from '../../helpers/s3.js';

const dbgapTags = { 'dbgap:project': 'phs000001', 'dbgap:expiry': '2027-06-30' };

describe('s3-dbgap-lifecycle-configured', () => {
  it.each<[string, S3LifecycleRule[] | null, string | null, string, string]>([
    ['an expiration rule on an unversioned bucket', [aLifecycleRule()], null, 'pass', 'expires objects'],
    ['an expiration by date', [aLifecycleRule({ expirationDays: undefined, expirationDate: '2027-06-30T00:00:00.000Z' })], null, 'pass', 'expires objects'],
    ['expiration plus noncurrent expiration on a versioned bucket', [aLifecycleRule({ noncurrentVersionExpirationDays: 1 })], 'Enabled', 'pass', 'noncurrent versions'],
    ['two rules together covering current and noncurrent', [aLifecycleRule(), aLifecycleRule({ id: 'old', expirationDays: undefined, noncurrentVersionExpirationDays: 7 })], 'Enabled', 'pass', 'noncurrent'],
    ['no lifecycle configuration', null, null, 'fail', 'no lifecycle configuration'],
    ['an expiration rule on a versioned bucket without noncurrent expiration', [aLifecycleRule()], 'Enabled', 'fail', 'noncurrent'],
    ['a suspended-versioning bucket without noncurrent expiration', [aLifecycleRule()], 'Suspended', 'fail', 'Suspended'],
    ['a disabled expiration rule', [aLifecycleRule({ status: 'Disabled' })], null, 'fail', 'no enabled rule'],
    ['an expiration limited to a prefix', [aLifecycleRule({ appliesToWholeBucket: false, prefix: 'tmp/' })], null, 'fail', 'only part of the bucket'],
    ['a transition to Glacier only', [aLifecycleRule({ expirationDays: undefined, transitionCount: 1 })], null, 'fail', 'not deletion'],
    ['only an abort-multipart rule', [aLifecycleRule({ expirationDays: undefined, abortIncompleteMultipartUploadDays: 7 })], null, 'fail', 'no enabled rule'],
    ['a noncurrent expiration limited to a prefix', [aLifecycleRule(), aLifecycleRule({ appliesToWholeBucket: false, noncurrentVersionExpirationDays: 1 })], 'Enabled', 'fail', 'noncurrent'],
  ])('%s → %s', (_name, rules, versioning, expected, messagePart) => {
    const results = run(check, {
      s3BucketTags: [aBucketTags('raw', dbgapTags)],
      s3BucketLifecycle: [aBucketLifecycle('raw', rules)],
      s3BucketVersioning: [aBucketVersioning('raw', versioning)],
    });
    expect(statuses(results)).toEqual([expected]);
    expect(results[0]?.message).toContain(messagePart);
  });

  it('ignores buckets that are not dbGaP buckets', () => {
    const results = run(check, {
      s3BucketTags: [aBucketTags('logs', {})],
      s3BucketLifecycle: [aBucketLifecycle('logs', null)],
      s3BucketVersioning: [aBucketVersioning('logs', null)],
    });
    expect(statuses(results)).toEqual(['not_applicable']);
  });

  it('finds dbGaP buckets by configured name', () => {
    const results = run(check, {
      s3BucketTags: [aBucketTags('named', {})],
      s3BucketLifecycle: [aBucketLifecycle('named', null)],
      s3BucketVersioning: [aBucketVersioning('named', null)],
    }, { settings: { dbgapBuckets: { names: ['named'], tag: { key: 'dbgap:project' } } } });
    expect(statuses(results)).toEqual(['fail']);
  });

  it('turns a denied GetBucketLifecycleConfiguration into error for that bucket', () => {
    const results = run(check, {
      s3BucketTags: [aBucketTags('raw', dbgapTags)],
      s3BucketLifecycle: { items: [], failures: [aFailure({ api: 's3.GetBucketLifecycleConfiguration', resourceArn: 'arn:aws:s3:::raw' })] },
      s3BucketVersioning: [aBucketVersioning('raw', null)],
    });
    expect(statuses(results)).toEqual(['error']);
  });
});
