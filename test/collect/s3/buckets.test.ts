import { GetBucketEncryptionCommand, GetBucketLocationCommand, GetBucketPolicyCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normalizeBucketLocation } from '../../../src/collect/s3/buckets.js';
import { awsError, collect } from '../../helpers/collect.js';

const s3 = mockClient(S3Client);

beforeEach(() => {
  s3.reset();
  // Catch-all first: any command the test did not expect fails loudly.
  s3.onAnyCommand().rejects(new Error('unexpected S3 command'));
});
afterEach(() => s3.reset());

describe('S3 collectors', () => {
  it('lists buckets once, reads each policy in the bucket region, and maps NoSuchBucketPolicy to "no policy"', async () => {
    s3.on(ListBucketsCommand).resolves({
      Buckets: [
        { Name: 'with-policy', BucketRegion: 'us-east-1' },
        { Name: 'no-policy', BucketRegion: 'eu-west-1' },
      ],
    });
    s3.on(GetBucketPolicyCommand, { Bucket: 'with-policy' }).resolves({ Policy: '{"Version":"2012-10-17","Statement":[]}' });
    s3.on(GetBucketPolicyCommand, { Bucket: 'no-policy' }).rejects(awsError('NoSuchBucketPolicy', 404));
    s3.on(GetBucketEncryptionCommand, { Bucket: 'with-policy' }).resolves({
      ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/data' }, BucketKeyEnabled: true }] },
    });
    s3.on(GetBucketEncryptionCommand, { Bucket: 'no-policy' }).rejects(awsError('ServerSideEncryptionConfigurationNotFoundError', 404));

    const inventory = await collect(['s3Buckets', 's3BucketPolicies', 's3BucketEncryption']);

    expect(s3.commandCalls(ListBucketsCommand)).toHaveLength(1);
    expect(inventory.keys.s3Buckets?.items.map((bucket) => [bucket.name, bucket.region])).toEqual([
      ['with-policy', 'us-east-1'],
      ['no-policy', 'eu-west-1'],
    ]);
    expect(inventory.keys.s3BucketPolicies?.items).toEqual([
      { arn: 'arn:aws:s3:::with-policy', bucket: 'with-policy', region: 'us-east-1', policy: { Version: '2012-10-17', Statement: [] } },
      { arn: 'arn:aws:s3:::no-policy', bucket: 'no-policy', region: 'eu-west-1', policy: null },
    ]);
    expect(inventory.keys.s3BucketEncryption?.items.map((entry) => entry.rules)).toEqual([
      [{ algorithm: 'aws:kms', kmsKeyId: 'alias/data', bucketKeyEnabled: true }],
      null,
    ]);
    const policyCall = s3.commandCalls(GetBucketPolicyCommand).find((call) => call.args[0].input.Bucket === 'no-policy');
    expect(await policyCall?.thisValue.config.region()).toBe('eu-west-1');
    expect(inventory.keys.s3BucketPolicies?.failures).toEqual([]);
  });

  it('falls back to GetBucketLocation when ListBuckets has no BucketRegion', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'old' }, { Name: 'eu' }] });
    s3.on(GetBucketLocationCommand, { Bucket: 'old' }).resolves({});
    s3.on(GetBucketLocationCommand, { Bucket: 'eu' }).resolves({ LocationConstraint: 'EU' });
    const inventory = await collect(['s3Buckets']);
    expect(inventory.keys.s3Buckets?.items.map((bucket) => bucket.region)).toEqual(['us-east-1', 'eu-west-1']);
  });

  it('records AccessDenied on one bucket as a failure for that bucket, naming the IAM action', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'ok', BucketRegion: 'us-east-1' }, { Name: 'denied', BucketRegion: 'us-east-1' }] });
    s3.on(GetBucketPolicyCommand, { Bucket: 'ok' }).resolves({ Policy: '{}' });
    s3.on(GetBucketPolicyCommand, { Bucket: 'denied' }).rejects(awsError('AccessDenied', 403));
    const inventory = await collect(['s3BucketPolicies']);
    expect(inventory.keys.s3BucketPolicies?.items.map((item) => item.bucket)).toEqual(['ok']);
    expect(inventory.keys.s3BucketPolicies?.failures).toEqual([
      expect.objectContaining({ api: 's3.GetBucketPolicy', action: 's3:GetBucketPolicy', code: 'AccessDenied', kind: 'access-denied', resourceArn: 'arn:aws:s3:::denied' }),
    ]);
  });

  it('treats a body-less 403 (HEAD-style "Unknown") as access denied', async () => {
    s3.on(ListBucketsCommand).rejects(awsError('Unknown', 403));
    const inventory = await collect(['s3Buckets']);
    expect(inventory.keys.s3Buckets?.failures).toEqual([
      expect.objectContaining({ api: 's3.ListBuckets', action: 's3:ListAllMyBuckets', kind: 'access-denied' }),
    ]);
  });

  it('records a throttled-out ListBuckets for every S3 key that depends on it', async () => {
    s3.on(ListBucketsCommand).rejects(awsError('SlowDown', 503));
    const inventory = await collect(['s3BucketPolicies', 's3BucketEncryption']);
    expect(inventory.keys.s3BucketPolicies?.failures[0]).toMatchObject({ api: 's3.ListBuckets', kind: 'throttled' });
    expect(inventory.keys.s3BucketEncryption?.failures[0]).toMatchObject({ api: 's3.ListBuckets', kind: 'throttled' });
  });

  it.each([
    [undefined, 'us-east-1'],
    ['', 'us-east-1'],
    ['EU', 'eu-west-1'],
    ['ap-southeast-2', 'ap-southeast-2'],
  ])('normalizes the location %j to %s', (location, region) => {
    expect(normalizeBucketLocation(location)).toBe(region);
  });
});

describe('unreadable answers', () => {
  it('records an answer the SDK cannot parse as a failure saying the API may not be offered there', async () => {
    s3.reset();
    s3.onAnyCommand().rejects(new Error('unexpected S3 command'));
    s3.on(ListBucketsCommand).rejects(Object.assign(new SyntaxError('Unexpected token \'<\', "<!doctype "... is not valid JSON'), {}));
    const inventory = await collect(['s3Buckets']);
    expect(inventory.keys.s3Buckets?.failures).toEqual([
      expect.objectContaining({ api: 's3.ListBuckets', code: 'UnreadableResponse', kind: 'not-available', message: expect.stringContaining('may not be offered there') }),
    ]);
  });
});
