import { GetEbsDefaultKmsKeyIdCommand, GetEbsEncryptionByDefaultCommand, paginateDescribeVolumes, type Volume } from '@aws-sdk/client-ec2';
import { attemptRequired, defineCollector } from '../collector.js';
import { collectPages } from '../paginate.js';
import { toTagMap } from '../tags.js';
import { regionalAccountRef } from '../../model/check.js';
import { isUnknown, unknownFact } from '../../model/failure.js';
import type { EbsEncryptionDefault, Ec2Volume } from '../../model/items/ec2.js';

export function toVolume(volume: Volume, region: string, partition: string, accountId: string): Ec2Volume {
  const volumeId = volume.VolumeId ?? '';
  const item: Ec2Volume = {
    arn: `arn:${partition}:ec2:${region}:${accountId}:volume/${volumeId}`,
    region,
    volumeId,
    state: volume.State ?? 'unknown',
    encrypted: volume.Encrypted ?? false,
    attachments: (volume.Attachments ?? []).map((attachment) => {
      const mapped: Ec2Volume['attachments'][number] = { instanceId: attachment.InstanceId ?? '' };
      if (attachment.Device) mapped.device = attachment.Device;
      if (attachment.State) mapped.state = attachment.State;
      if (attachment.DeleteOnTermination !== undefined) mapped.deleteOnTermination = attachment.DeleteOnTermination;
      return mapped;
    }),
    tags: toTagMap(volume.Tags),
  };
  if (volume.KmsKeyId) item.kmsKeyId = volume.KmsKeyId;
  if (volume.CreateTime) item.createTime = new Date(volume.CreateTime).toISOString();
  if (volume.Size !== undefined) item.sizeGiB = volume.Size;
  if (volume.VolumeType) item.volumeType = volume.VolumeType;
  if (volume.SnapshotId) item.snapshotId = volume.SnapshotId;
  if (volume.AvailabilityZone) item.availabilityZone = volume.AvailabilityZone;
  return item;
}

export const ec2VolumesCollector = defineCollector({
  key: 'ec2Volumes',
  scope: 'regional',
  apis: ['ec2.DescribeVolumes'],
  async collect(context, region) {
    const client = context.clients.get('ec2', region);
    const listed = await attemptRequired(context, { api: 'ec2.DescribeVolumes', region }, async () => {
      return collectPages(paginateDescribeVolumes({ client }, {}), (page) => page.Volumes);
    });
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const { partition, id } = context.account;
    return { items: listed.value.map((volume) => toVolume(volume, region, partition, id)), failures: [] };
  },
});

export const ebsEncryptionDefaultsCollector = defineCollector({
  key: 'ebsEncryptionDefaults',
  scope: 'regional',
  apis: ['ec2.GetEbsEncryptionByDefault', 'ec2.GetEbsDefaultKmsKeyId'],
  async collect(context, region) {
    const client = context.clients.get('ec2', region);
    const [byDefault, defaultKey] = await Promise.all([
      attemptRequired(context, { api: 'ec2.GetEbsEncryptionByDefault', region }, () =>
        client.send(new GetEbsEncryptionByDefaultCommand({})),
      ),
      attemptRequired(context, { api: 'ec2.GetEbsDefaultKmsKeyId', region }, () => client.send(new GetEbsDefaultKmsKeyIdCommand({}))),
    ]);
    if (!byDefault.ok) return { items: [], failures: [byDefault.failure] };
    const { arn } = regionalAccountRef(context.account, 'ec2', region);
    const item: EbsEncryptionDefault = {
      arn,
      region,
      encryptionByDefault: byDefault.value.EbsEncryptionByDefault ?? false,
      defaultKmsKeyId: defaultKey.ok ? (defaultKey.value.KmsKeyId ?? null) : unknownFact({ ...defaultKey.failure, resourceArn: arn }, 'defaultKmsKeyId'),
    };
    // A failed key lookup leaves only that fact unknown: "encryption by default is off" stays a certain finding.
    return { items: [item], failures: isUnknown(item.defaultKmsKeyId) ? [item.defaultKmsKeyId.unknown] : [] };
  },
});
