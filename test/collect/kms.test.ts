import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListAliasesCommand,
  ListKeysCommand,
  ListResourceTagsCommand,
  type KeyMetadata,
} from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../helpers/collect.js';

const kms = mockClient(KMSClient);
const arnOf = (id: string, region = 'us-east-1') => `arn:aws:kms:${region}:123456789012:key/${id}`;

function metadata(id: string, overrides: Partial<KeyMetadata> = {}): KeyMetadata {
  return {
    KeyId: id,
    Arn: arnOf(id),
    KeyManager: 'CUSTOMER',
    KeyState: 'Enabled',
    KeySpec: 'SYMMETRIC_DEFAULT',
    KeyUsage: 'ENCRYPT_DECRYPT',
    Origin: 'AWS_KMS',
    MultiRegion: false,
    ...overrides,
  };
}

/** Sets up ListKeys/ListAliases/DescribeKey for the given keys in us-east-1. */
function givenKeys(keys: KeyMetadata[]): void {
  kms.on(ListKeysCommand).resolves({ Keys: keys.map((key) => ({ KeyId: key.KeyId, KeyArn: key.Arn })), Truncated: false });
  kms.on(ListAliasesCommand).resolves({ Aliases: [], Truncated: false });
  for (const key of keys) kms.on(DescribeKeyCommand, { KeyId: key.Arn }).resolves({ KeyMetadata: key });
}

beforeEach(() => {
  kms.reset();
  kms.onAnyCommand().rejects(new Error('unexpected KMS command'));
});
afterEach(() => kms.reset());

describe('KMS collectors', () => {
  it('follows ListKeys and ListAliases pagination and attaches sorted aliases', async () => {
    kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: 'k1', KeyArn: arnOf('k1') }], Truncated: true, NextMarker: 'm1' });
    kms.on(ListKeysCommand, { Marker: 'm1' }).resolves({ Keys: [{ KeyId: 'k2', KeyArn: arnOf('k2') }], Truncated: false });
    kms.on(ListAliasesCommand).resolves({ Aliases: [{ AliasName: 'alias/zeta', TargetKeyId: 'k1' }], Truncated: true, NextMarker: 'a1' });
    kms.on(ListAliasesCommand, { Marker: 'a1' }).resolves({
      Aliases: [{ AliasName: 'alias/alpha', TargetKeyId: 'k1' }, { AliasName: 'alias/aws/s3', TargetKeyId: 'k2' }, { AliasName: 'alias/unused' }],
      Truncated: false,
    });
    kms.on(DescribeKeyCommand, { KeyId: arnOf('k1') }).resolves({ KeyMetadata: metadata('k1') });
    kms.on(DescribeKeyCommand, { KeyId: arnOf('k2') }).resolves({
      KeyMetadata: metadata('k2', { KeyManager: 'AWS', KeyState: 'PendingDeletion', DeletionDate: new Date('2026-12-01T00:00:00Z') }),
    });

    const inventory = await collect(['kmsKeys']);

    expect(kms.commandCalls(ListKeysCommand)).toHaveLength(2);
    expect(kms.commandCalls(ListAliasesCommand)).toHaveLength(2);
    expect(inventory.keys.kmsKeys?.failures).toEqual([]);
    expect(inventory.keys.kmsKeys?.items).toEqual([
      expect.objectContaining({ arn: arnOf('k1'), keyId: 'k1', keyManager: 'CUSTOMER', aliases: ['alias/alpha', 'alias/zeta'] }),
      expect.objectContaining({ arn: arnOf('k2'), keyManager: 'AWS', keyState: 'PendingDeletion', deletionDate: '2026-12-01T00:00:00.000Z', aliases: ['alias/aws/s3'] }),
    ]);
  });

  it('records DescribeKey AccessDeniedException against that key only, naming kms:DescribeKey', async () => {
    givenKeys([metadata('ok')]);
    kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: 'ok', KeyArn: arnOf('ok') }, { KeyId: 'locked', KeyArn: arnOf('locked') }] });
    kms.on(DescribeKeyCommand, { KeyId: arnOf('locked') }).rejects(awsError('AccessDeniedException', 400));

    const inventory = await collect(['kmsKeys']);

    expect(inventory.keys.kmsKeys?.items.map((key) => key.keyId)).toEqual(['ok']);
    expect(inventory.keys.kmsKeys?.failures).toEqual([
      expect.objectContaining({ api: 'kms.DescribeKey', action: 'kms:DescribeKey', kind: 'access-denied', resourceArn: arnOf('locked'), region: 'us-east-1' }),
    ]);
  });

  it('asks for rotation status only for rotatable keys, and shares one listing between keys', async () => {
    givenKeys([
      metadata('rotating'),
      metadata('static'),
      metadata('aws-managed', { KeyManager: 'AWS' }),
      metadata('rsa', { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }),
      metadata('hmac', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }),
      metadata('imported', { Origin: 'EXTERNAL' }),
      metadata('hsm', { Origin: 'AWS_CLOUDHSM' }),
      metadata('replica', { MultiRegion: true, MultiRegionConfiguration: { MultiRegionKeyType: 'REPLICA' } }),
      metadata('disabled', { KeyState: 'Disabled' }),
    ]);
    kms.on(GetKeyRotationStatusCommand, { KeyId: arnOf('rotating') }).resolves({ KeyRotationEnabled: true, RotationPeriodInDays: 365 });
    kms.on(GetKeyRotationStatusCommand, { KeyId: arnOf('static') }).resolves({ KeyRotationEnabled: false });

    const inventory = await collect(['kmsKeys', 'kmsKeyRotation']);

    expect(kms.commandCalls(ListKeysCommand)).toHaveLength(1);
    expect(kms.commandCalls(DescribeKeyCommand)).toHaveLength(9);
    expect(kms.commandCalls(GetKeyRotationStatusCommand).map((call) => call.args[0].input.KeyId)).toEqual([arnOf('rotating'), arnOf('static')]);
    expect(inventory.keys.kmsKeyRotation?.items).toEqual([
      { arn: arnOf('rotating'), region: 'us-east-1', keyId: 'rotating', rotationEnabled: true, rotationPeriodInDays: 365 },
      { arn: arnOf('static'), region: 'us-east-1', keyId: 'static', rotationEnabled: false },
    ]);
    expect(inventory.keys.kmsKeyRotation?.failures).toEqual([]);
  });

  it('records a denied GetKeyRotationStatus as the key\'s unknown rotation fact, the failure naming the field', async () => {
    givenKeys([metadata('k1')]);
    kms.on(GetKeyRotationStatusCommand).rejects(awsError('AccessDeniedException', 400));
    const inventory = await collect(['kmsKeyRotation']);
    expect(inventory.keys.kmsKeyRotation?.items).toEqual([
      { arn: arnOf('k1'), region: 'us-east-1', keyId: 'k1', rotationEnabled: { unknown: expect.objectContaining({ api: 'kms.GetKeyRotationStatus', field: 'rotationEnabled' }) } },
    ]);
    expect(inventory.keys.kmsKeyRotation?.failures).toEqual([
      expect.objectContaining({ api: 'kms.GetKeyRotationStatus', action: 'kms:GetKeyRotationStatus', resourceArn: arnOf('k1'), field: 'rotationEnabled' }),
    ]);
  });

  it('records a denied ListKeys as a failure of the region, and collects each region with its own client', async () => {
    kms.on(ListKeysCommand).callsFake(async (_input, getClient) => {
      const region = await getClient().config.region();
      if (region === 'us-west-2') throw awsError('AccessDeniedException', 400);
      return { Keys: [{ KeyId: 'k1', KeyArn: arnOf('k1') }] };
    });
    kms.on(ListAliasesCommand).resolves({ Aliases: [] });
    kms.on(DescribeKeyCommand).resolves({ KeyMetadata: metadata('k1') });

    const inventory = await collect(['kmsKeys'], { regions: ['us-east-1', 'us-west-2'] });

    expect(inventory.keys.kmsKeys?.items.map((key) => [key.keyId, key.region])).toEqual([['k1', 'us-east-1']]);
    expect(inventory.keys.kmsKeys?.failures).toEqual([
      expect.objectContaining({ api: 'kms.ListKeys', action: 'kms:ListKeys', kind: 'access-denied', region: 'us-west-2' }),
    ]);
    expect(inventory.keys.kmsKeys?.failures[0]?.resourceArn).toBeUndefined();
  });

  it('reads the default key policy and the tags of customer-managed keys only', async () => {
    givenKeys([metadata('cmk'), metadata('pending', { KeyState: 'PendingDeletion' }), metadata('aws-managed', { KeyManager: 'AWS' })]);
    kms.on(GetKeyPolicyCommand, { KeyId: arnOf('cmk'), PolicyName: 'default' }).resolves({ Policy: '{"Version":"2012-10-17","Statement":[]}' });
    kms.on(GetKeyPolicyCommand, { KeyId: arnOf('pending'), PolicyName: 'default' }).resolves({ Policy: 'not json' });
    kms.on(ListResourceTagsCommand, { KeyId: arnOf('cmk') }).resolves({ Tags: [{ TagKey: 'dbgap:project', TagValue: 'phs000001' }], Truncated: true, NextMarker: 't1' });
    kms.on(ListResourceTagsCommand, { KeyId: arnOf('cmk'), Marker: 't1' }).resolves({ Tags: [{ TagKey: 'dbgap:expiry', TagValue: '2027-01-01' }], Truncated: false });
    kms.on(ListResourceTagsCommand, { KeyId: arnOf('pending') }).rejects(awsError('AccessDeniedException', 400));

    const inventory = await collect(['kmsKeyPolicies', 'kmsKeyTags']);

    // KMS always answers a JSON document: anything else is an unreadable answer, not a policy to interpret.
    expect(inventory.keys.kmsKeyPolicies?.items).toEqual([
      { arn: arnOf('cmk'), region: 'us-east-1', keyId: 'cmk', policy: { Version: '2012-10-17', Statement: [] } },
      { arn: arnOf('pending'), region: 'us-east-1', keyId: 'pending', policy: { unknown: expect.objectContaining({ api: 'kms.GetKeyPolicy', code: 'UnreadableResponse', field: 'policy' }) } },
    ]);
    expect(inventory.keys.kmsKeyPolicies?.failures).toEqual([
      expect.objectContaining({ api: 'kms.GetKeyPolicy', action: 'kms:GetKeyPolicy', code: 'UnreadableResponse', kind: 'unreadable', resourceArn: arnOf('pending'), field: 'policy' }),
    ]);
    expect(inventory.keys.kmsKeyTags?.items).toEqual([
      { arn: arnOf('cmk'), region: 'us-east-1', keyId: 'cmk', tags: { 'dbgap:project': 'phs000001', 'dbgap:expiry': '2027-01-01' } },
      { arn: arnOf('pending'), region: 'us-east-1', keyId: 'pending', tags: { unknown: expect.objectContaining({ api: 'kms.ListResourceTags', field: 'tags' }) } },
    ]);
    expect(inventory.keys.kmsKeyTags?.failures).toEqual([
      expect.objectContaining({ api: 'kms.ListResourceTags', action: 'kms:ListResourceTags', resourceArn: arnOf('pending'), field: 'tags' }),
    ]);
    expect(kms.commandCalls(GetKeyPolicyCommand)).toHaveLength(2);
  });
});
