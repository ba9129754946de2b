import {
  GetBucketLifecycleConfigurationCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand,
  ListBucketsCommand,
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toLifecycleRule } from '../../../src/collect/s3/retention.js';
import { awsError, collect } from '../../helpers/collect.js';

const s3 = mockClient(S3Client);
const arn = (name: string) => `arn:aws:s3:::${name}`;

function givenBuckets(...buckets: Array<[string, string]>): void {
  s3.on(ListBucketsCommand).resolves({ Buckets: buckets.map(([Name, BucketRegion]) => ({ Name, BucketRegion })) });
}

beforeEach(() => {
  s3.reset();
  s3.onAnyCommand().rejects(new Error('unexpected S3 command'));
});
afterEach(() => s3.reset());

describe('S3 retention collectors', () => {
  it('reads versioning in each bucket region; never-enabled versioning is null', async () => {
    givenBuckets(['on', 'us-east-1'], ['never', 'us-west-2'], ['denied', 'us-east-1']);
    s3.on(GetBucketVersioningCommand, { Bucket: 'on' }).resolves({ Status: 'Enabled', MFADelete: 'Disabled' });
    s3.on(GetBucketVersioningCommand, { Bucket: 'never' }).resolves({});
    s3.on(GetBucketVersioningCommand, { Bucket: 'denied' }).rejects(awsError('AccessDenied', 403));

    const inventory = await collect(['s3BucketVersioning']);

    expect(inventory.keys.s3BucketVersioning?.items).toEqual([
      { arn: arn('on'), bucket: 'on', region: 'us-east-1', status: 'Enabled', mfaDelete: 'Disabled' },
      { arn: arn('never'), bucket: 'never', region: 'us-west-2', status: null, mfaDelete: null },
    ]);
    expect(inventory.keys.s3BucketVersioning?.failures).toEqual([
      expect.objectContaining({ api: 's3.GetBucketVersioning', action: 's3:GetBucketVersioning', kind: 'access-denied', resourceArn: arn('denied') }),
    ]);
    const call = s3.commandCalls(GetBucketVersioningCommand).find((entry) => entry.args[0].input.Bucket === 'never');
    expect(await call?.thisValue.config.region()).toBe('us-west-2');
  });

  it('maps NoSuchTagSet to no tags', async () => {
    givenBuckets(['tagged', 'us-east-1'], ['bare', 'us-east-1']);
    s3.on(GetBucketTaggingCommand, { Bucket: 'tagged' }).resolves({ TagSet: [{ Key: 'dbgap:project', Value: 'phs000001' }] });
    s3.on(GetBucketTaggingCommand, { Bucket: 'bare' }).rejects(awsError('NoSuchTagSet', 404));
    const inventory = await collect(['s3BucketTags']);
    expect(inventory.keys.s3BucketTags?.items.map((item) => [item.bucket, item.tags])).toEqual([
      ['tagged', { 'dbgap:project': 'phs000001' }],
      ['bare', {}],
    ]);
    expect(inventory.keys.s3BucketTags?.failures).toEqual([]);
  });

  it('maps NoSuchLifecycleConfiguration to null rules and normalizes rules', async () => {
    givenBuckets(['with-rules', 'us-east-1'], ['without', 'us-east-1']);
    s3.on(GetBucketLifecycleConfigurationCommand, { Bucket: 'with-rules' }).resolves({
      Rules: [{ ID: 'expire', Status: 'Enabled', Filter: { Prefix: '' }, Expiration: { Days: 30 }, NoncurrentVersionExpiration: { NoncurrentDays: 7 } }],
    });
    s3.on(GetBucketLifecycleConfigurationCommand, { Bucket: 'without' }).rejects(awsError('NoSuchLifecycleConfiguration', 404));
    const inventory = await collect(['s3BucketLifecycle']);
    expect(inventory.keys.s3BucketLifecycle?.items.map((item) => [item.bucket, item.rules])).toEqual([
      ['with-rules', [{ id: 'expire', status: 'Enabled', appliesToWholeBucket: true, expirationDays: 30, noncurrentVersionExpirationDays: 7, transitionCount: 0 }]],
      ['without', null],
    ]);
  });

  it.each([
    ['no filter', {}, true],
    ['an empty prefix filter', { Filter: { Prefix: '' } }, true],
    ['a prefix filter', { Filter: { Prefix: 'raw/' } }, false],
    ['a legacy top-level prefix', { Prefix: 'raw/' }, false],
    ['a tag filter', { Filter: { Tag: { Key: 'k', Value: 'v' } } }, false],
    ['an And filter with tags', { Filter: { And: { Prefix: '', Tags: [{ Key: 'k', Value: 'v' }] } } }, false],
    ['an object-size filter', { Filter: { ObjectSizeGreaterThan: 1024 } }, false],
  ])('a rule with %s applies to the whole bucket: %s', (_name, rule, expected) => {
    expect(toLifecycleRule({ Status: 'Enabled', ...rule }).appliesToWholeBucket).toBe(expected);
  });

  it('counts transitions and keeps dates as ISO strings', () => {
    expect(
      toLifecycleRule({
        Status: 'Enabled',
        Expiration: { Date: new Date('2027-06-30T00:00:00Z') },
        Transitions: [{ Days: 30, StorageClass: 'GLACIER' }],
        NoncurrentVersionTransitions: [{ NoncurrentDays: 30, StorageClass: 'GLACIER' }],
      }),
    ).toEqual({ status: 'Enabled', appliesToWholeBucket: true, expirationDate: '2027-06-30T00:00:00.000Z', transitionCount: 2 });
  });

  it('checks object presence only for buckets with the expiry tag, with MaxKeys 1, and keeps no object keys', async () => {
    givenBuckets(['untagged', 'us-east-1'], ['full', 'us-east-1'], ['empty-unversioned', 'us-east-1'], ['hidden-versions', 'us-west-2'], ['clean-versioned', 'us-east-1']);
    s3.on(GetBucketTaggingCommand).resolves({ TagSet: [{ Key: 'dbgap:expiry', Value: '2025-01-01' }] });
    s3.on(GetBucketTaggingCommand, { Bucket: 'untagged' }).rejects(awsError('NoSuchTagSet', 404));
    s3.on(ListObjectsV2Command).resolves({ KeyCount: 0 });
    s3.on(ListObjectsV2Command, { Bucket: 'full' }).resolves({ KeyCount: 1, Contents: [{ Key: 'phs000001/sample-NA12878.bam' }] });
    s3.on(GetBucketVersioningCommand).resolves({ Status: 'Enabled' });
    s3.on(GetBucketVersioningCommand, { Bucket: 'empty-unversioned' }).resolves({});
    s3.on(ListObjectVersionsCommand, { Bucket: 'hidden-versions' }).resolves({ DeleteMarkers: [{ Key: 'x.bam', IsLatest: true }], IsTruncated: true });
    s3.on(ListObjectVersionsCommand, { Bucket: 'clean-versioned' }).resolves({});

    const inventory = await collect(['s3BucketObjectPresence']);

    expect(inventory.keys.s3BucketObjectPresence?.items).toEqual([
      { arn: arn('full'), bucket: 'full', region: 'us-east-1', hasCurrentObjects: true, hasVersionsOrDeleteMarkers: null },
      { arn: arn('empty-unversioned'), bucket: 'empty-unversioned', region: 'us-east-1', hasCurrentObjects: false, hasVersionsOrDeleteMarkers: null },
      { arn: arn('hidden-versions'), bucket: 'hidden-versions', region: 'us-west-2', hasCurrentObjects: false, hasVersionsOrDeleteMarkers: true },
      { arn: arn('clean-versioned'), bucket: 'clean-versioned', region: 'us-east-1', hasCurrentObjects: false, hasVersionsOrDeleteMarkers: false },
    ]);
    expect(JSON.stringify(inventory)).not.toContain('NA12878');
    expect(s3.commandCalls(ListObjectsV2Command).map((call) => call.args[0].input)).toEqual(
      expect.arrayContaining([{ Bucket: 'full', MaxKeys: 1 }]),
    );
    expect(s3.commandCalls(ListObjectsV2Command).every((call) => call.args[0].input.MaxKeys === 1)).toBe(true);
    expect(s3.commandCalls(ListObjectVersionsCommand).map((call) => call.args[0].input.Bucket).sort()).toEqual(['clean-versioned', 'hidden-versions']);
    expect(s3.commandCalls(ListObjectVersionsCommand).every((call) => call.args[0].input.MaxKeys === 1)).toBe(true);
  });

  it('records a denied ListObjectVersions against that bucket, naming s3:ListBucketVersions', async () => {
    givenBuckets(['versioned', 'us-east-1']);
    s3.on(GetBucketTaggingCommand).resolves({ TagSet: [{ Key: 'dbgap:expiry', Value: '2025-01-01' }] });
    s3.on(ListObjectsV2Command).resolves({ KeyCount: 0 });
    s3.on(GetBucketVersioningCommand).resolves({ Status: 'Suspended' });
    s3.on(ListObjectVersionsCommand).rejects(awsError('AccessDenied', 403));
    const inventory = await collect(['s3BucketObjectPresence']);
    expect(inventory.keys.s3BucketObjectPresence?.items).toEqual([]);
    expect(inventory.keys.s3BucketObjectPresence?.failures).toEqual([
      expect.objectContaining({ api: 's3.ListObjectVersions', action: 's3:ListBucketVersions', kind: 'access-denied', resourceArn: arn('versioned') }),
    ]);
  });

  it('shares one GetBucketTagging and one GetBucketVersioning per bucket between keys', async () => {
    givenBuckets(['b', 'us-east-1']);
    s3.on(GetBucketTaggingCommand).resolves({ TagSet: [{ Key: 'dbgap:expiry', Value: '2025-01-01' }] });
    s3.on(ListObjectsV2Command).resolves({ KeyCount: 0 });
    s3.on(GetBucketVersioningCommand).resolves({ Status: 'Enabled' });
    s3.on(ListObjectVersionsCommand).resolves({});
    await collect(['s3BucketTags', 's3BucketVersioning', 's3BucketObjectPresence']);
    expect(s3.commandCalls(GetBucketTaggingCommand)).toHaveLength(1);
    expect(s3.commandCalls(GetBucketVersioningCommand)).toHaveLength(1);
  });

  it('records a failed tag read as a failure of object presence for that bucket', async () => {
    givenBuckets(['b', 'us-east-1']);
    s3.on(GetBucketTaggingCommand).rejects(awsError('AccessDenied', 403));
    const inventory = await collect(['s3BucketObjectPresence']);
    expect(inventory.keys.s3BucketObjectPresence?.failures).toEqual([
      expect.objectContaining({ api: 's3.GetBucketTagging', action: 's3:GetBucketTagging', resourceArn: arn('b') }),
    ]);
  });
});

describe('S3 Object Lock collector', () => {
  it('maps ObjectLockConfigurationNotFoundError to "not enabled" and keeps the default retention', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'locked', BucketRegion: 'us-east-1' }, { Name: 'plain', BucketRegion: 'us-east-1' }, { Name: 'denied', BucketRegion: 'us-east-1' }] });
    s3.on(GetObjectLockConfigurationCommand, { Bucket: 'locked' }).resolves({
      ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Years: 7 } } },
    });
    s3.on(GetObjectLockConfigurationCommand, { Bucket: 'plain' }).rejects(awsError('ObjectLockConfigurationNotFoundError', 404));
    s3.on(GetObjectLockConfigurationCommand, { Bucket: 'denied' }).rejects(awsError('AccessDenied', 403));
    const inventory = await collect(['s3BucketObjectLock']);
    expect(inventory.keys.s3BucketObjectLock?.items).toEqual([
      { arn: arn('locked'), bucket: 'locked', region: 'us-east-1', enabled: true, defaultRetention: { mode: 'COMPLIANCE', years: 7 } },
      { arn: arn('plain'), bucket: 'plain', region: 'us-east-1', enabled: false, defaultRetention: null },
    ]);
    expect(inventory.keys.s3BucketObjectLock?.failures).toEqual([
      expect.objectContaining({ api: 's3.GetObjectLockConfiguration', action: 's3:GetBucketObjectLockConfiguration', resourceArn: arn('denied') }),
    ]);
  });
});
