/**
 * EBS volumes and snapshots in the data inventory. Their tags come with DescribeVolumes and DescribeSnapshots, so
 * they are never unknown; a snapshot of a volume that holds dbGaP data holds it too, whatever its own tags say.
 */
import type { EbsSnapshot, Ec2Volume } from '../../model/items/ec2.js';
import type { InventoryData } from '../../model/inventory.js';
import { classify, failureFor, unknownPhrase } from './facts.js';
import type { DataStoreRecord, DataStoreSource } from './index.js';
import { describeKmsKey } from './kms.js';

function encryptionOf(inventory: InventoryData, store: { encrypted: boolean; kmsKeyId?: string; region: string }): string {
  return store.encrypted ? describeKmsKey(inventory, store.kmsKeyId, store.region, 'aws/ebs') : 'not encrypted';
}

function volumeExposure(volume: Ec2Volume): string {
  const instances = volume.attachments.map((attachment) => attachment.instanceId);
  // A volume cannot be shared with another account; only its snapshots can.
  return instances.length > 0 ? `private (attached to ${instances.join(', ')})` : 'private (not attached)';
}

function volumeRetention(volume: Ec2Volume): string {
  const deletedWith = volume.attachments.filter((attachment) => attachment.deleteOnTermination).map((attachment) => attachment.instanceId);
  return deletedWith.length > 0 ? `deleted with instance ${deletedWith.join(', ')}` : 'kept until deleted';
}

export const ebsVolumeStores: DataStoreSource = (inventory, settings) =>
  (inventory.ec2Volumes?.items ?? []).map(
    (volume): DataStoreRecord => ({
      arn: volume.arn,
      kind: 'ebs-volume',
      service: 'Amazon EBS',
      region: volume.region,
      name: volume.volumeId,
      ...classify({ kind: 'ebs-volume', name: volume.volumeId, tags: volume.tags }, settings, 'not read'),
      encryption: encryptionOf(inventory, volume),
      exposure: volumeExposure(volume),
      retention: volumeRetention(volume),
    }),
  );

function snapshotExposure(inventory: InventoryData, snapshot: EbsSnapshot): string {
  const permissions = (inventory.ec2SnapshotPermissions?.items ?? []).find((entry) => entry.arn === snapshot.arn);
  if (!permissions) return unknownPhrase(failureFor(inventory, 'ec2SnapshotPermissions', snapshot.arn, snapshot.region));
  // createVolumePermission: `Group: all` makes it public; user ids share it with those accounts.
  // https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html
  if (permissions.isPublic) return 'public';
  return permissions.accountIds.length > 0 ? `shared with ${permissions.accountIds.join(', ')}` : 'private';
}

export const ebsSnapshotStores: DataStoreSource = (inventory, settings) => {
  const volumes = new Map((inventory.ec2Volumes?.items ?? []).map((volume) => [`${volume.region}/${volume.volumeId}`, volume]));
  return (inventory.ec2Snapshots?.items ?? []).map((snapshot): DataStoreRecord => {
    let classification = classify({ kind: 'ebs-snapshot', name: snapshot.snapshotId, tags: snapshot.tags }, settings, 'not read');
    const source = snapshot.volumeId ? volumes.get(`${snapshot.region}/${snapshot.volumeId}`) : undefined;
    if (classification.controlledData !== true && source) {
      const fromVolume = classify({ kind: 'ebs-volume', name: source.volumeId, tags: source.tags }, settings, 'not read');
      if (fromVolume.controlledData === true) classification = { controlledData: true, reason: `snapshot of ${source.volumeId} (${fromVolume.reason})` };
    }
    return {
      arn: snapshot.arn,
      kind: 'ebs-snapshot',
      service: 'Amazon EBS',
      region: snapshot.region,
      name: snapshot.snapshotId,
      ...classification,
      encryption: encryptionOf(inventory, snapshot),
      exposure: snapshotExposure(inventory, snapshot),
      retention: 'kept until deleted',
    };
  });
};
