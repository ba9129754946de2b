import {
  DescribeVolumesCommand,
  EC2Client,
  GetEbsDefaultKmsKeyIdCommand,
  GetEbsEncryptionByDefaultCommand,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../../helpers/collect.js';

const ec2 = mockClient(EC2Client);

beforeEach(() => {
  ec2.reset();
  ec2.onAnyCommand().rejects(new Error('unexpected EC2 command'));
});
afterEach(() => ec2.reset());

describe('EBS collectors', () => {
  it('pages through DescribeVolumes and normalizes attached and unattached volumes', async () => {
    ec2.on(DescribeVolumesCommand).resolves({
      Volumes: [
        {
          VolumeId: 'vol-1',
          State: 'in-use',
          Encrypted: true,
          KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k1',
          Attachments: [{ InstanceId: 'i-1', Device: '/dev/xvda', State: 'attached', DeleteOnTermination: false }],
          CreateTime: new Date('2025-02-01T00:00:00Z'),
          Size: 500,
          VolumeType: 'gp3',
          AvailabilityZone: 'us-east-1a',
          Tags: [{ Key: 'dbgap:project', Value: 'phs000001' }],
        },
      ],
      NextToken: 'page-2',
    });
    ec2.on(DescribeVolumesCommand, { NextToken: 'page-2' }).resolves({ Volumes: [{ VolumeId: 'vol-2', State: 'available', Encrypted: false }] });

    const inventory = await collect(['ec2Volumes']);

    expect(ec2.commandCalls(DescribeVolumesCommand)).toHaveLength(2);
    expect(inventory.keys.ec2Volumes?.items).toEqual([
      {
        arn: 'arn:aws:ec2:us-east-1:123456789012:volume/vol-1',
        region: 'us-east-1',
        volumeId: 'vol-1',
        state: 'in-use',
        encrypted: true,
        kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k1',
        attachments: [{ instanceId: 'i-1', device: '/dev/xvda', state: 'attached', deleteOnTermination: false }],
        createTime: '2025-02-01T00:00:00.000Z',
        sizeGiB: 500,
        volumeType: 'gp3',
        availabilityZone: 'us-east-1a',
        tags: { 'dbgap:project': 'phs000001' },
      },
      { arn: 'arn:aws:ec2:us-east-1:123456789012:volume/vol-2', region: 'us-east-1', volumeId: 'vol-2', state: 'available', encrypted: false, attachments: [], tags: {} },
    ]);
  });

  it('records UnauthorizedOperation on DescribeVolumes as a failure of that region only', async () => {
    ec2.on(DescribeVolumesCommand).callsFake(async (_input, getClient) => {
      if ((await getClient().config.region()) === 'us-west-2') throw awsError('UnauthorizedOperation', 403);
      return { Volumes: [{ VolumeId: 'vol-1', State: 'in-use', Encrypted: true }] };
    });
    const inventory = await collect(['ec2Volumes'], { regions: ['us-east-1', 'us-west-2'] });
    expect(inventory.keys.ec2Volumes?.items.map((volume) => volume.region)).toEqual(['us-east-1']);
    expect(inventory.keys.ec2Volumes?.failures).toEqual([
      expect.objectContaining({ api: 'ec2.DescribeVolumes', action: 'ec2:DescribeVolumes', kind: 'access-denied', region: 'us-west-2' }),
    ]);
  });

  it('reads encryption by default and the default key in every region', async () => {
    ec2.on(GetEbsEncryptionByDefaultCommand).callsFake(async (_input, getClient) => ({
      EbsEncryptionByDefault: (await getClient().config.region()) === 'us-east-1',
    }));
    ec2.on(GetEbsDefaultKmsKeyIdCommand).callsFake(async (_input, getClient) => ({
      KmsKeyId: (await getClient().config.region()) === 'us-east-1' ? 'arn:aws:kms:us-east-1:123456789012:key/k1' : 'alias/aws/ebs',
    }));

    const inventory = await collect(['ebsEncryptionDefaults'], { regions: ['us-east-1', 'us-west-2'] });

    expect(inventory.keys.ebsEncryptionDefaults?.items).toEqual([
      { arn: 'arn:aws:ec2:us-east-1:123456789012:account', region: 'us-east-1', encryptionByDefault: true, defaultKmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k1' },
      { arn: 'arn:aws:ec2:us-west-2:123456789012:account', region: 'us-west-2', encryptionByDefault: false, defaultKmsKeyId: 'alias/aws/ebs' },
    ]);
    expect(inventory.keys.ebsEncryptionDefaults?.failures).toEqual([]);
  });

  it('keeps the setting when only the default key id is denied: that one fact is unknown, and the failure names it', async () => {
    ec2.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: false });
    ec2.on(GetEbsDefaultKmsKeyIdCommand).rejects(awsError('UnauthorizedOperation', 403));
    const inventory = await collect(['ebsEncryptionDefaults']);
    const failure = expect.objectContaining({
      api: 'ec2.GetEbsDefaultKmsKeyId',
      action: 'ec2:GetEbsDefaultKmsKeyId',
      resourceArn: 'arn:aws:ec2:us-east-1:123456789012:account',
      field: 'defaultKmsKeyId',
    });
    expect(inventory.keys.ebsEncryptionDefaults?.items).toEqual([expect.objectContaining({ encryptionByDefault: false, defaultKmsKeyId: { unknown: failure } })]);
    expect(inventory.keys.ebsEncryptionDefaults?.failures).toEqual([failure]);
  });

  it('records a denied GetEbsEncryptionByDefault as a region failure with no item', async () => {
    ec2.on(GetEbsEncryptionByDefaultCommand).rejects(awsError('UnauthorizedOperation', 403));
    ec2.on(GetEbsDefaultKmsKeyIdCommand).resolves({ KmsKeyId: 'alias/aws/ebs' });
    const inventory = await collect(['ebsEncryptionDefaults']);
    expect(inventory.keys.ebsEncryptionDefaults?.items).toEqual([]);
    expect(inventory.keys.ebsEncryptionDefaults?.failures).toEqual([
      expect.objectContaining({ api: 'ec2.GetEbsEncryptionByDefault', region: 'us-east-1', kind: 'access-denied' }),
    ]);
  });
});
