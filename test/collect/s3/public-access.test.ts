import {
  GetBucketAclCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyStatusCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../../helpers/collect.js';

const s3 = mockClient(S3Client);
const s3control = mockClient(S3ControlClient);

beforeEach(() => {
  s3.reset();
  s3control.reset();
  s3.onAnyCommand().rejects(new Error('unexpected S3 command'));
  s3control.onAnyCommand().rejects(new Error('unexpected S3 Control command'));
  s3.on(ListBucketsCommand).resolves({
    Buckets: [
      { Name: 'east', BucketRegion: 'us-east-1' },
      { Name: 'west', BucketRegion: 'us-west-2' },
    ],
  });
});
afterEach(() => {
  s3.reset();
  s3control.reset();
});

const ALL_ON = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };

describe('S3 public-access collectors', () => {
  it('reads the account block through S3 Control with the account id', async () => {
    s3control.on(GetAccountPublicAccessBlockCommand, { AccountId: '123456789012' }).resolves({ PublicAccessBlockConfiguration: { IgnorePublicAcls: true, RestrictPublicBuckets: true } });
    const inventory = await collect(['s3AccountPublicAccessBlock']);
    expect(inventory.keys.s3AccountPublicAccessBlock?.items).toEqual([
      {
        arn: 'arn:aws:s3::123456789012:account',
        accountId: '123456789012',
        configuration: { blockPublicAcls: false, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: true },
      },
    ]);
  });

  it('maps NoSuchPublicAccessBlockConfiguration (account) to "no configuration"', async () => {
    s3control.on(GetAccountPublicAccessBlockCommand).rejects(awsError('NoSuchPublicAccessBlockConfiguration', 404));
    const inventory = await collect(['s3AccountPublicAccessBlock']);
    expect(inventory.keys.s3AccountPublicAccessBlock?.items[0]?.configuration).toBeNull();
    expect(inventory.keys.s3AccountPublicAccessBlock?.failures).toEqual([]);
  });

  it('records a denied account block against the account setting, naming s3:GetAccountPublicAccessBlock', async () => {
    s3control.on(GetAccountPublicAccessBlockCommand).rejects(awsError('AccessDenied', 403));
    const inventory = await collect(['s3AccountPublicAccessBlock']);
    expect(inventory.keys.s3AccountPublicAccessBlock?.failures).toEqual([
      expect.objectContaining({ action: 's3:GetAccountPublicAccessBlock', kind: 'access-denied', resourceArn: 'arn:aws:s3::123456789012:account' }),
    ]);
  });

  it('reads each bucket block in the bucket region; NoSuchPublicAccessBlockConfiguration → null', async () => {
    s3.on(GetPublicAccessBlockCommand, { Bucket: 'east' }).resolves({ PublicAccessBlockConfiguration: ALL_ON });
    s3.on(GetPublicAccessBlockCommand, { Bucket: 'west' }).rejects(awsError('NoSuchPublicAccessBlockConfiguration', 404));
    const inventory = await collect(['s3BucketPublicAccessBlock']);
    expect(inventory.keys.s3BucketPublicAccessBlock?.items.map((item) => [item.bucket, item.configuration])).toEqual([
      ['east', { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true }],
      ['west', null],
    ]);
    const westCall = s3.commandCalls(GetPublicAccessBlockCommand).find((call) => call.args[0].input.Bucket === 'west');
    expect(await westCall?.thisValue.config.region()).toBe('us-west-2');
  });

  it.each([
    ['IsPublic true', { PolicyStatus: { IsPublic: true } }, 'public'],
    ['IsPublic false', { PolicyStatus: { IsPublic: false } }, 'not-public'],
    ['NoSuchBucketPolicy', awsError('NoSuchBucketPolicy', 404), 'no-policy'],
    ['an emulator without the API (NotImplemented)', awsError('NotImplemented', 501), 'unsupported'],
    ['an answer without PolicyStatus (another handler answered)', {}, 'unsupported'],
  ])('maps GetBucketPolicyStatus %s', async (_name, answer, status) => {
    if (answer instanceof Error) s3.on(GetBucketPolicyStatusCommand).rejects(answer);
    else s3.on(GetBucketPolicyStatusCommand).resolves(answer);
    const inventory = await collect(['s3BucketPolicyStatus']);
    expect(inventory.keys.s3BucketPolicyStatus?.items.map((item) => item.status)).toEqual([status, status]);
    expect(inventory.keys.s3BucketPolicyStatus?.failures).toEqual([]);
  });

  it('records a denied GetBucketPolicyStatus as a failure for that bucket', async () => {
    s3.on(GetBucketPolicyStatusCommand, { Bucket: 'east' }).resolves({ PolicyStatus: { IsPublic: false } });
    s3.on(GetBucketPolicyStatusCommand, { Bucket: 'west' }).rejects(awsError('AccessDenied', 403));
    const inventory = await collect(['s3BucketPolicyStatus']);
    expect(inventory.keys.s3BucketPolicyStatus?.items.map((item) => item.bucket)).toEqual(['east']);
    expect(inventory.keys.s3BucketPolicyStatus?.failures).toEqual([
      expect.objectContaining({ action: 's3:GetBucketPolicyStatus', kind: 'access-denied', resourceArn: 'arn:aws:s3:::west' }),
    ]);
  });

  it('maps ACL grants and ownership controls; OwnershipControlsNotFoundError → null', async () => {
    s3.on(GetBucketAclCommand).resolves({
      Owner: { ID: 'owner-id' },
      Grants: [
        { Grantee: { Type: 'CanonicalUser', ID: 'owner-id' }, Permission: 'FULL_CONTROL' },
        { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' },
      ],
    });
    s3.on(GetBucketOwnershipControlsCommand, { Bucket: 'east' }).resolves({ OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } });
    s3.on(GetBucketOwnershipControlsCommand, { Bucket: 'west' }).rejects(awsError('OwnershipControlsNotFoundError', 404));
    const inventory = await collect(['s3BucketAcls', 's3BucketOwnership']);
    expect(s3.commandCalls(ListBucketsCommand)).toHaveLength(1);
    expect(inventory.keys.s3BucketAcls?.items[0]).toEqual({
      arn: 'arn:aws:s3:::east',
      bucket: 'east',
      region: 'us-east-1',
      ownerId: 'owner-id',
      grants: [
        { granteeType: 'CanonicalUser', granteeId: 'owner-id', permission: 'FULL_CONTROL' },
        { granteeType: 'Group', granteeUri: 'http://acs.amazonaws.com/groups/global/AllUsers', permission: 'READ' },
      ],
    });
    expect(inventory.keys.s3BucketOwnership?.items.map((item) => [item.bucket, item.objectOwnership])).toEqual([
      ['east', 'BucketOwnerEnforced'],
      ['west', null],
    ]);
  });

  it('records a denied GetBucketAcl for that bucket, naming s3:GetBucketAcl', async () => {
    s3.on(GetBucketAclCommand).rejects(awsError('AccessDenied', 403));
    const inventory = await collect(['s3BucketAcls']);
    expect(inventory.keys.s3BucketAcls?.failures.map((failure) => [failure.action, failure.resourceArn])).toEqual([
      ['s3:GetBucketAcl', 'arn:aws:s3:::east'],
      ['s3:GetBucketAcl', 'arn:aws:s3:::west'],
    ]);
  });
});
