import { describe, expect, it } from 'vitest';
import { ebsSnapshotStores, ebsVolumeStores } from '../../../src/rules/data-stores/ec2.js';
import { dataInventory } from '../../../src/rules/data-stores/index.js';
import { DEFAULT_SETTINGS } from '../../../src/model/settings.js';
import { aSnapshot, aSnapshotPermissions, aVolume } from '../../helpers/ec2.js';
import { ACCOUNT, aFailure, anInventory, type FixtureKeys, NOW } from '../../helpers/inventory.js';
import { aKmsKey } from '../../helpers/kms.js';

const scope = { account: ACCOUNT, now: NOW };
const TAG = { 'dbgap:project': 'phs000001' };
const volumes = (keys: FixtureKeys) => ebsVolumeStores(anInventory(keys).keys, DEFAULT_SETTINGS, scope);
const snapshots = (keys: FixtureKeys) => ebsSnapshotStores(anInventory(keys).keys, DEFAULT_SETTINGS, scope);

describe('EBS volumes in the data inventory', () => {
  it('lists a tagged volume with its customer key, its instance and what happens to it at termination', () => {
    expect(volumes({ ec2Volumes: [aVolume('vol-1', { tags: TAG })], kmsKeys: [aKmsKey('k1')] })).toEqual([
      {
        arn: 'arn:aws:ec2:us-east-1:123456789012:volume/vol-1',
        kind: 'ebs-volume',
        service: 'Amazon EBS',
        region: 'us-east-1',
        name: 'vol-1',
        controlledData: true,
        reason: 'tagged dbgap:project',
        encryption: 'KMS customer key arn:aws:kms:us-east-1:123456789012:key/k1',
        exposure: 'private (attached to i-0abc)',
        retention: 'deleted with instance i-0abc',
      },
    ]);
  });

  it('says "not encrypted" and "kept until deleted" for an unencrypted, detached volume', () => {
    const [store] = volumes({ ec2Volumes: [aVolume('vol-2', { tags: TAG, encrypted: false, kmsKeyId: undefined, attachments: [] })] });
    expect(store).toMatchObject({ encryption: 'not encrypted', exposure: 'private (not attached)', retention: 'kept until deleted' });
  });

  it('leaves untagged volumes out (their tags always come with DescribeVolumes, so never unknown)', () => {
    expect(volumes({ ec2Volumes: [aVolume('vol-3')] })[0]?.controlledData).toBe(false);
    expect(dataInventory(anInventory({ ec2Volumes: [aVolume('vol-3')] }).keys, DEFAULT_SETTINGS, scope)).toEqual([]);
  });
});

describe('EBS snapshots in the data inventory', () => {
  it('says public or shared from createVolumePermission', () => {
    const keys: FixtureKeys = {
      ec2Snapshots: [aSnapshot('snap-pub', { tags: TAG }), aSnapshot('snap-shared', { tags: TAG }), aSnapshot('snap-private', { tags: TAG })],
      ec2SnapshotPermissions: [aSnapshotPermissions('snap-pub', { isPublic: true }), aSnapshotPermissions('snap-shared', { accountIds: ['111122223333'] }), aSnapshotPermissions('snap-private')],
    };
    expect(snapshots(keys).map((store) => [store.name, store.exposure])).toEqual([
      ['snap-pub', 'public'],
      ['snap-shared', 'shared with 111122223333'],
      ['snap-private', 'private'],
    ]);
  });

  it('classifies an untagged snapshot of a dbGaP volume as dbGaP data', () => {
    const [store] = snapshots({ ec2Snapshots: [aSnapshot('snap-1', { volumeId: 'vol-1' })], ec2Volumes: [aVolume('vol-1', { tags: TAG })], ec2SnapshotPermissions: [aSnapshotPermissions('snap-1')] });
    expect(store).toMatchObject({ controlledData: true, reason: 'snapshot of vol-1 (tagged dbgap:project)' });
  });

  it('says unknown, naming the IAM action, when its permissions could not be read', () => {
    const [store] = snapshots({
      ec2Snapshots: [aSnapshot('snap-1', { tags: TAG })],
      ec2SnapshotPermissions: { items: [], failures: [aFailure({ api: 'ec2.DescribeSnapshotAttribute', action: 'ec2:DescribeSnapshotAttribute', resourceArn: 'arn:aws:ec2:us-east-1::snapshot/snap-1' })] },
    });
    expect(store?.exposure).toBe('unknown (ec2:DescribeSnapshotAttribute denied)');
  });

  it('sorts the whole inventory by ARN across sources', () => {
    const keys: FixtureKeys = { ec2Snapshots: [aSnapshot('snap-1', { tags: TAG })], ec2Volumes: [aVolume('vol-1', { tags: TAG })], ec2SnapshotPermissions: [aSnapshotPermissions('snap-1')] };
    expect(dataInventory(anInventory(keys).keys, DEFAULT_SETTINGS, scope).map((store) => store.arn)).toEqual([
      'arn:aws:ec2:us-east-1:123456789012:volume/vol-1',
      'arn:aws:ec2:us-east-1::snapshot/snap-1',
    ]);
  });
});
