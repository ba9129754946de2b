import { GetBucketLocationCommand, GetBucketLoggingCommand, GetBucketReplicationCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

describe('S3 configuration collectors', () => {
  it('reads replication rules in each bucket region; ReplicationConfigurationNotFoundError is no replication', async () => {
    givenBuckets(['replicated', 'us-west-2'], ['plain', 'us-east-1']);
    s3.on(GetBucketReplicationCommand, { Bucket: 'replicated' }).resolves({
      ReplicationConfiguration: {
        Role: 'arn:aws:iam::123456789012:role/replication',
        Rules: [
          { ID: 'to-dr', Status: 'Enabled', Destination: { Bucket: 'arn:aws:s3:::dr-copy', Account: '210987654321' } },
          { Status: 'Disabled', Destination: { Bucket: 'arn:aws:s3:::old-copy' } },
        ],
      },
    });
    s3.on(GetBucketReplicationCommand, { Bucket: 'plain' }).rejects(awsError('ReplicationConfigurationNotFoundError', 404));

    const inventory = await collect(['s3BucketReplication']);

    expect(inventory.keys.s3BucketReplication?.items).toEqual([
      {
        arn: arn('replicated'),
        bucket: 'replicated',
        region: 'us-west-2',
        rules: [
          { id: 'to-dr', status: 'Enabled', destinationBucketArn: 'arn:aws:s3:::dr-copy', destinationAccount: '210987654321' },
          { status: 'Disabled', destinationBucketArn: 'arn:aws:s3:::old-copy' },
        ],
      },
      { arn: arn('plain'), bucket: 'plain', region: 'us-east-1', rules: null },
    ]);
    expect(inventory.keys.s3BucketReplication?.failures).toEqual([]);
    const call = s3.commandCalls(GetBucketReplicationCommand).find((entry) => entry.args[0].input.Bucket === 'replicated');
    expect(await call?.thisValue.config.region()).toBe('us-west-2');
  });

  it('records AccessDenied on GetBucketReplication against the bucket, naming s3:GetReplicationConfiguration', async () => {
    givenBuckets(['denied', 'us-east-1']);
    s3.on(GetBucketReplicationCommand).rejects(awsError('AccessDenied', 403));
    const inventory = await collect(['s3BucketReplication']);
    expect(inventory.keys.s3BucketReplication?.items).toEqual([]);
    expect(inventory.keys.s3BucketReplication?.failures).toEqual([
      expect.objectContaining({ api: 's3.GetBucketReplication', action: 's3:GetReplicationConfiguration', kind: 'access-denied', resourceArn: arn('denied') }),
    ]);
  });

  it('reads access logging: LoggingEnabled gives the target, an empty answer is logging off', async () => {
    givenBuckets(['logged', 'us-east-1'], ['unlogged', 'us-west-2'], ['denied', 'us-east-1']);
    s3.on(GetBucketLoggingCommand, { Bucket: 'logged' }).resolves({ LoggingEnabled: { TargetBucket: 'access-logs', TargetPrefix: 'logged/' } });
    s3.on(GetBucketLoggingCommand, { Bucket: 'unlogged' }).resolves({});
    s3.on(GetBucketLoggingCommand, { Bucket: 'denied' }).rejects(awsError('AccessDenied', 403));

    const inventory = await collect(['s3BucketLogging']);

    expect(inventory.keys.s3BucketLogging?.items).toEqual([
      { arn: arn('logged'), bucket: 'logged', region: 'us-east-1', targetBucket: 'access-logs', targetPrefix: 'logged/' },
      { arn: arn('unlogged'), bucket: 'unlogged', region: 'us-west-2', targetBucket: null },
    ]);
    expect(inventory.keys.s3BucketLogging?.failures).toEqual([
      expect.objectContaining({ api: 's3.GetBucketLogging', action: 's3:GetBucketLogging', kind: 'access-denied', resourceArn: arn('denied') }),
    ]);
    const call = s3.commandCalls(GetBucketLoggingCommand).find((entry) => entry.args[0].input.Bucket === 'unlogged');
    expect(await call?.thisValue.config.region()).toBe('us-west-2');
  });

  it('sends GetBucketLocation for a bucket ListBuckets gives no region for', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'legacy' }] });
    s3.on(GetBucketLocationCommand).resolves({ LocationConstraint: 'EU' });
    s3.on(GetBucketLoggingCommand).resolves({});
    const inventory = await collect(['s3BucketLogging']);
    expect(inventory.keys.s3BucketLogging?.items).toEqual([{ arn: arn('legacy'), bucket: 'legacy', region: 'eu-west-1', targetBucket: null }]);
  });

  it('a failed ListBuckets is a failure without items', async () => {
    s3.on(ListBucketsCommand).rejects(awsError('AccessDenied', 403));
    const inventory = await collect(['s3BucketReplication']);
    expect(inventory.keys.s3BucketReplication?.items).toEqual([]);
    expect(inventory.keys.s3BucketReplication?.failures).toEqual([expect.objectContaining({ action: 's3:ListAllMyBuckets' })]);
  });
});
