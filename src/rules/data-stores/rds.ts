/** Amazon RDS and Aurora (and the DocumentDB and Neptune resources the RDS API lists) as data stores. */
import type { CollectionFailure } from '../../model/failure.js';
import type { InventoryData } from '../../model/inventory.js';
import type { RdsCluster, RdsInstance, RdsSnapshot, RdsSnapshotSharing } from '../../model/items/rds.js';
import type { Settings } from '../../model/settings.js';
import { clusterIndex, clusterOf, rdsDataReason, rdsInstanceDataReason, rdsSnapshotClassifier, serviceOfEngine } from '../rds.js';
import type { DataStoreRecord, DataStoreSource } from './index.js';

function encryptionOf(resource: { storageEncrypted?: boolean; encrypted?: boolean; kmsKeyId?: string }): string {
  const encrypted = resource.storageEncrypted ?? resource.encrypted ?? false;
  if (!encrypted) return 'not encrypted';
  return resource.kmsKeyId ? `KMS key ${resource.kmsKeyId}` : 'encrypted (KMS key not reported)';
}

function retentionOf(days: number): string {
  return days === 0 ? 'automated backups off' : `backups kept ${days} days`;
}

function unknownBecause(failures: readonly CollectionFailure[], region: string, arn: string): string | undefined {
  const failure = failures.find((candidate) => candidate.resourceArn === arn || (!candidate.resourceArn && (!candidate.region || candidate.region === region)));
  return failure ? `unknown (${failure.action} ${failure.kind === 'access-denied' ? 'denied' : 'failed'})` : undefined;
}

function snapshotExposure(snapshot: RdsSnapshot, sharing: ReadonlyMap<string, RdsSnapshotSharing>, failures: readonly CollectionFailure[], read: boolean): string {
  if (snapshot.snapshotType !== 'manual') return 'private (automated snapshots cannot be shared)';
  const entry = sharing.get(snapshot.arn);
  if (entry) {
    if (entry.isPublic) return 'public';
    return entry.accountIds.length > 0 ? `shared with ${entry.accountIds.join(', ')}` : 'private';
  }
  return (read ? unknownBecause(failures, snapshot.region, snapshot.arn) : undefined) ?? 'unknown';
}

export const rdsDataStores: DataStoreSource = (inventory: InventoryData, settings: Settings): DataStoreRecord[] => {
  const instances: RdsInstance[] = inventory.rdsInstances?.items ?? [];
  const clusters: RdsCluster[] = inventory.rdsClusters?.items ?? [];
  const snapshots: RdsSnapshot[] = inventory.rdsSnapshots?.items ?? [];
  const sharingData = inventory.rdsSnapshotSharing;
  const sharing = new Map((sharingData?.items ?? []).map((entry) => [entry.arn, entry]));
  const byCluster = clusterIndex(clusters);
  const publicMembersOf = new Map<RdsCluster, string[]>();
  for (const instance of instances) {
    const cluster = clusterOf(instance, byCluster);
    if (cluster && instance.publiclyAccessible) publicMembersOf.set(cluster, [...(publicMembersOf.get(cluster) ?? []), instance.dbInstanceIdentifier]);
  }
  const records: DataStoreRecord[] = [];
  for (const cluster of clusters) {
    const reason = rdsDataReason(cluster, settings);
    const publicMembers = publicMembersOf.get(cluster) ?? [];
    records.push({
      arn: cluster.arn,
      kind: 'rds-cluster',
      service: serviceOfEngine(cluster.engine),
      region: cluster.region,
      name: cluster.dbClusterIdentifier,
      controlledData: reason !== null,
      reason,
      encryption: encryptionOf(cluster),
      exposure:
        publicMembers.length > 0 || cluster.publiclyAccessible
          ? `publicly accessible endpoint${publicMembers.length > 0 ? ` (${publicMembers.join(', ')})` : ''}`
          : 'private',
      retention: retentionOf(cluster.backupRetentionPeriod),
    });
  }
  // A cluster member holds no data of its own: its cluster is the store.
  for (const instance of instances.filter((candidate) => clusterOf(candidate, byCluster) === undefined)) {
    const reason = rdsInstanceDataReason(instance, byCluster, settings);
    records.push({
      arn: instance.arn,
      kind: 'rds-instance',
      service: serviceOfEngine(instance.engine),
      region: instance.region,
      name: instance.dbInstanceIdentifier,
      controlledData: reason !== null,
      reason,
      encryption: encryptionOf(instance),
      exposure: instance.publiclyAccessible ? 'publicly accessible endpoint' : 'private',
      retention: retentionOf(instance.backupRetentionPeriod),
    });
  }
  const classify = rdsSnapshotClassifier(instances, clusters, settings);
  // A source whose listing failed in the snapshot's region may be what classifies it.
  const sourceFailures = [...(inventory.rdsInstances?.failures ?? []), ...(inventory.rdsClusters?.failures ?? [])];
  for (const snapshot of snapshots) {
    const reason = classify(snapshot);
    const sourceUnknown = sourceFailures.some((failure) => !failure.region || failure.region === snapshot.region);
    records.push({
      arn: snapshot.arn,
      kind: snapshot.snapshotOf === 'cluster' ? 'rds-cluster-snapshot' : 'rds-snapshot',
      service: serviceOfEngine(snapshot.engine),
      region: snapshot.region,
      name: snapshot.snapshotId,
      controlledData: reason !== null ? true : sourceUnknown ? 'unknown' : false,
      reason,
      encryption: encryptionOf(snapshot),
      exposure: snapshotExposure(snapshot, sharing, sharingData?.failures ?? [], sharingData !== undefined),
      retention: snapshot.snapshotType === 'manual' ? 'kept until deleted (manual snapshot)' : `${snapshot.snapshotType} snapshot, expires with the backup retention period`,
    });
  }
  return records;
};
