import {
  DescribeImageAttributeCommand,
  DescribeImagesCommand,
  DescribeSnapshotAttributeCommand,
  DescribeSnapshotsCommand,
  EC2Client,
  GetImageBlockPublicAccessStateCommand,
  GetSerialConsoleAccessStatusCommand,
  GetSnapshotBlockPublicAccessStateCommand,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../../helpers/collect.js';
import { imageArnOf, snapshotArnOf } from '../../helpers/ec2.js';

const ec2 = mockClient(EC2Client);

beforeEach(() => {
  ec2.reset();
  ec2.onAnyCommand().rejects(new Error('unexpected EC2 command'));
});
afterEach(() => ec2.reset());

async function regionOf(call: { thisValue: unknown }): Promise<string> {
  return (call.thisValue as EC2Client).config.region();
}

describe('EBS snapshot and AMI collectors', () => {
  it('pages through owned snapshots once for both snapshot keys and reads each createVolumePermission', async () => {
    ec2
      .on(DescribeSnapshotsCommand)
      .resolvesOnce({
        Snapshots: [{ SnapshotId: 'snap-1', VolumeId: 'vol-1', Encrypted: true, KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k1', StartTime: new Date('2026-01-02T03:04:05Z'), Tags: [{ Key: 'dbgap:project', Value: 'phs000001' }] }],
        NextToken: 'page-2',
      })
      .resolvesOnce({ Snapshots: [{ SnapshotId: 'snap-2', Encrypted: false }] });
    ec2.on(DescribeSnapshotAttributeCommand, { SnapshotId: 'snap-1' }).resolves({ CreateVolumePermissions: [{ Group: 'all' }] });
    ec2.on(DescribeSnapshotAttributeCommand, { SnapshotId: 'snap-2' }).resolves({ CreateVolumePermissions: [{ UserId: '210987654321' }] });

    const inventory = await collect(['ec2Snapshots', 'ec2SnapshotPermissions']);

    expect(ec2.commandCalls(DescribeSnapshotsCommand)).toHaveLength(2);
    expect(ec2.commandCalls(DescribeSnapshotsCommand)[0]?.args[0].input).toMatchObject({ OwnerIds: ['self'] });
    expect(ec2.commandCalls(DescribeSnapshotsCommand)[1]?.args[0].input).toMatchObject({ NextToken: 'page-2' });
    expect(ec2.commandCalls(DescribeSnapshotAttributeCommand).map((call) => call.args[0].input.Attribute)).toEqual(['createVolumePermission', 'createVolumePermission']);
    expect(inventory.keys.ec2Snapshots?.items).toEqual([
      {
        arn: snapshotArnOf('snap-1'),
        region: 'us-east-1',
        snapshotId: 'snap-1',
        volumeId: 'vol-1',
        encrypted: true,
        kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k1',
        startTime: '2026-01-02T03:04:05.000Z',
        tags: { 'dbgap:project': 'phs000001' },
      },
      { arn: snapshotArnOf('snap-2'), region: 'us-east-1', snapshotId: 'snap-2', encrypted: false, tags: {} },
    ]);
    expect(inventory.keys.ec2SnapshotPermissions?.items).toEqual([
      { arn: snapshotArnOf('snap-1'), region: 'us-east-1', snapshotId: 'snap-1', isPublic: true, accountIds: [] },
      { arn: snapshotArnOf('snap-2'), region: 'us-east-1', snapshotId: 'snap-2', isPublic: false, accountIds: ['210987654321'] },
    ]);
  });

  it('skips a snapshot deleted between the listing and the attribute call (InvalidSnapshot.NotFound)', async () => {
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [{ SnapshotId: 'snap-gone' }, { SnapshotId: 'snap-ok' }] });
    ec2.on(DescribeSnapshotAttributeCommand, { SnapshotId: 'snap-gone' }).rejects(awsError('InvalidSnapshot.NotFound'));
    ec2.on(DescribeSnapshotAttributeCommand, { SnapshotId: 'snap-ok' }).resolves({});
    const inventory = await collect(['ec2SnapshotPermissions']);
    expect(inventory.keys.ec2SnapshotPermissions?.items.map((item) => item.snapshotId)).toEqual(['snap-ok']);
    expect(inventory.keys.ec2SnapshotPermissions?.failures).toEqual([]);
  });

  it('records a denied attribute call against that snapshot, naming the IAM action', async () => {
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [{ SnapshotId: 'snap-1' }] });
    ec2.on(DescribeSnapshotAttributeCommand).rejects(awsError('UnauthorizedOperation', 403));
    const inventory = await collect(['ec2SnapshotPermissions']);
    expect(inventory.keys.ec2SnapshotPermissions?.items).toEqual([]);
    expect(inventory.keys.ec2SnapshotPermissions?.failures).toEqual([
      expect.objectContaining({ api: 'ec2.DescribeSnapshotAttribute', action: 'ec2:DescribeSnapshotAttribute', kind: 'access-denied', resourceArn: snapshotArnOf('snap-1') }),
    ]);
  });

  it('records a denied DescribeSnapshots for the region only, and collects the other region', async () => {
    ec2.on(DescribeSnapshotsCommand).callsFake(async (_input, getClient: () => EC2Client) => {
      if ((await getClient().config.region()) === 'us-west-2') throw awsError('UnauthorizedOperation', 403);
      return { Snapshots: [{ SnapshotId: 'snap-east', Encrypted: true }] };
    });
    const inventory = await collect(['ec2Snapshots'], { regions: ['us-east-1', 'us-west-2'] });
    expect(inventory.keys.ec2Snapshots?.items.map((item) => [item.snapshotId, item.region])).toEqual([['snap-east', 'us-east-1']]);
    expect(inventory.keys.ec2Snapshots?.failures).toEqual([
      expect.objectContaining({ api: 'ec2.DescribeSnapshots', action: 'ec2:DescribeSnapshots', region: 'us-west-2', kind: 'access-denied' }),
    ]);
  });

  it('lists owned AMIs and their launch permissions, including organization grants', async () => {
    ec2
      .on(DescribeImagesCommand)
      .resolvesOnce({ Images: [{ ImageId: 'ami-1', Name: 'gatk-node', Public: true, State: 'available', CreationDate: '2026-03-01T00:00:00.000Z', BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: 'snap-9' } }, { DeviceName: '/dev/sdb' }] }], NextToken: 'next' })
      .resolvesOnce({ Images: [{ ImageId: 'ami-2' }] });
    ec2.on(DescribeImageAttributeCommand, { ImageId: 'ami-1' }).resolves({ LaunchPermissions: [{ Group: 'all' }] });
    ec2.on(DescribeImageAttributeCommand, { ImageId: 'ami-2' }).resolves({
      LaunchPermissions: [{ UserId: '210987654321' }, { OrganizationArn: 'arn:aws:organizations::999999999999:organization/o-abc123' }, { OrganizationalUnitArn: 'arn:aws:organizations::999999999999:ou/o-abc123/ou-1' }],
    });
    const inventory = await collect(['ec2Images', 'ec2ImagePermissions']);
    expect(ec2.commandCalls(DescribeImagesCommand)).toHaveLength(2);
    expect(ec2.commandCalls(DescribeImagesCommand)[0]?.args[0].input).toMatchObject({ Owners: ['self'] });
    expect(inventory.keys.ec2Images?.items).toEqual([
      { arn: imageArnOf('ami-1'), region: 'us-east-1', imageId: 'ami-1', name: 'gatk-node', isPublic: true, state: 'available', creationDate: '2026-03-01T00:00:00.000Z', snapshotIds: ['snap-9'] },
      { arn: imageArnOf('ami-2'), region: 'us-east-1', imageId: 'ami-2', isPublic: false, snapshotIds: [] },
    ]);
    expect(inventory.keys.ec2ImagePermissions?.items).toEqual([
      { arn: imageArnOf('ami-1'), region: 'us-east-1', imageId: 'ami-1', isPublic: true, accountIds: [], organizationArns: [], organizationalUnitArns: [] },
      {
        arn: imageArnOf('ami-2'),
        region: 'us-east-1',
        imageId: 'ami-2',
        isPublic: false,
        accountIds: ['210987654321'],
        organizationArns: ['arn:aws:organizations::999999999999:organization/o-abc123'],
        organizationalUnitArns: ['arn:aws:organizations::999999999999:ou/o-abc123/ou-1'],
      },
    ]);
  });

  it('skips an AMI deregistered mid-scan (InvalidAMIID.NotFound)', async () => {
    ec2.on(DescribeImagesCommand).resolves({ Images: [{ ImageId: 'ami-gone' }] });
    ec2.on(DescribeImageAttributeCommand).rejects(awsError('InvalidAMIID.NotFound'));
    const inventory = await collect(['ec2ImagePermissions']);
    expect(inventory.keys.ec2ImagePermissions).toMatchObject({ items: [], failures: [] });
  });
});

describe('EC2 regional setting collectors', () => {
  it('reads snapshot and image block public access and the serial console in every region', async () => {
    ec2.on(GetSnapshotBlockPublicAccessStateCommand).callsFake(async (_input, getClient: () => EC2Client) =>
      (await getClient().config.region()) === 'us-east-1' ? { State: 'block-all-sharing', ManagedBy: 'declarative-policy' } : { State: 'unblocked', ManagedBy: 'account' },
    );
    ec2.on(GetImageBlockPublicAccessStateCommand).resolves({ ImageBlockPublicAccessState: 'block-new-sharing', ManagedBy: 'account' });
    ec2.on(GetSerialConsoleAccessStatusCommand).resolves({ SerialConsoleAccessEnabled: true, ManagedBy: 'account' });
    const inventory = await collect(['ec2SnapshotBlockPublicAccess', 'ec2ImageBlockPublicAccess', 'ec2SerialConsole'], { regions: ['us-east-1', 'us-west-2'] });
    expect(inventory.keys.ec2SnapshotBlockPublicAccess?.items).toEqual([
      { arn: 'arn:aws:ec2:us-east-1:123456789012:account', region: 'us-east-1', state: 'block-all-sharing', managedBy: 'declarative-policy' },
      { arn: 'arn:aws:ec2:us-west-2:123456789012:account', region: 'us-west-2', state: 'unblocked', managedBy: 'account' },
    ]);
    expect(inventory.keys.ec2ImageBlockPublicAccess?.items.map((item) => [item.region, item.state])).toEqual([
      ['us-east-1', 'block-new-sharing'],
      ['us-west-2', 'block-new-sharing'],
    ]);
    expect(inventory.keys.ec2SerialConsole?.items.map((item) => [item.region, item.enabled])).toEqual([
      ['us-east-1', true],
      ['us-west-2', true],
    ]);
    const regions = await Promise.all(ec2.commandCalls(GetSerialConsoleAccessStatusCommand).map(regionOf));
    expect(regions.sort()).toEqual(['us-east-1', 'us-west-2']);
  });

  it.each([
    ['ec2SnapshotBlockPublicAccess', GetSnapshotBlockPublicAccessStateCommand, 'ec2:GetSnapshotBlockPublicAccessState'],
    ['ec2ImageBlockPublicAccess', GetImageBlockPublicAccessStateCommand, 'ec2:GetImageBlockPublicAccessState'],
    ['ec2SerialConsole', GetSerialConsoleAccessStatusCommand, 'ec2:GetSerialConsoleAccessStatus'],
  ] as const)('%s: UnauthorizedOperation becomes a regional failure naming %s', async (key, command, action) => {
    ec2.on(command).rejects(awsError('UnauthorizedOperation', 403));
    const inventory = await collect([key]);
    expect(inventory.keys[key]?.items).toEqual([]);
    expect(inventory.keys[key]?.failures).toEqual([expect.objectContaining({ action, region: 'us-east-1', kind: 'access-denied' })]);
  });

  it('treats an opt-in region that is not enabled as region-disabled, not as a setting', async () => {
    ec2.on(GetSerialConsoleAccessStatusCommand).rejects(awsError('AuthFailure', 401));
    const inventory = await collect(['ec2SerialConsole'], { regions: ['ap-east-1'] });
    expect(inventory.keys.ec2SerialConsole?.failures).toEqual([expect.objectContaining({ kind: 'region-disabled', region: 'ap-east-1' })]);
  });
});
