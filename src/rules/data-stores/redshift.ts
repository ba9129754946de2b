/** Redshift clusters and their snapshots in the data inventory. */
import type { InventoryData } from '../../model/inventory.js';
import type { Settings } from '../../model/settings.js';
import { controlledDataReason } from '../data-classification.js';
import { describeResolution, keyResolver } from '../kms-key-reference.js';
import type { DataStoreRecord } from './index.js';
import { accountOfArn } from './unread-phrase.js';

const SERVICE = 'Amazon Redshift';

export function redshiftStores(inventory: InventoryData, settings: Settings): DataStoreRecord[] {
  // Every store of one inventory belongs to one account: the account of its ARNs.
  const resolve = keyResolver(inventory.kmsKeys?.items ?? [], accountOfArn(inventory.redshiftClusters?.items[0]?.arn));
  const clusters = (inventory.redshiftClusters?.items ?? []).map((cluster): DataStoreRecord => {
    const reason = controlledDataReason({ kind: 'redshift-cluster', name: cluster.clusterIdentifier, tags: cluster.tags }, settings);
    const encryption = !cluster.encrypted
      ? 'not encrypted'
      : cluster.kmsKeyId
        ? describeResolution(resolve(cluster.kmsKeyId, cluster.region), cluster.kmsKeyId)
        : 'encrypted (no KMS key named)';
    const days = cluster.automatedSnapshotRetentionPeriod;
    return {
      arn: cluster.arn,
      kind: 'redshift-cluster',
      service: SERVICE,
      region: cluster.region,
      name: cluster.clusterIdentifier,
      controlledData: reason !== null,
      reason,
      encryption,
      exposure: cluster.publiclyAccessible ? 'publicly accessible endpoint' : 'private',
      retention: days === undefined ? 'unknown' : days > 0 ? `automated snapshots kept ${days} days` : 'no automated snapshots',
    };
  });
  const snapshotsData = inventory.redshiftSnapshots;
  const snapshots = (snapshotsData?.items ?? []).map((snapshot): DataStoreRecord => {
    const reason = controlledDataReason({ kind: 'redshift-snapshot', name: snapshot.snapshotIdentifier, tags: snapshot.tags }, settings);
    const shares = snapshot.accountsWithRestoreAccess;
    return {
      arn: snapshot.arn,
      kind: 'redshift-snapshot',
      service: SERVICE,
      region: snapshot.region,
      name: snapshot.snapshotIdentifier,
      controlledData: reason !== null,
      reason,
      encryption: snapshot.encrypted ? 'encrypted' : 'not encrypted',
      exposure: shares.some((entry) => entry.toLowerCase() === 'all') ? 'public' : shares.length > 0 ? `shared with ${shares.join(', ')}` : 'private',
      retention: snapshot.snapshotType === 'manual' ? 'manual snapshot (kept until deleted)' : `${snapshot.snapshotType} snapshot`,
    };
  });
  return [...clusters, ...snapshots];
}
