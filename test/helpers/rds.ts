import type { RdsCluster, RdsInstance, RdsParameterGroup, RdsSnapshot, RdsSnapshotSharing } from '../../src/model/items/rds.js';
import { ACCOUNT } from './inventory.js';

export const DBGAP_TAGS = { 'dbgap:project': 'phs000001' };

export function rdsArnOf(type: string, name: string, region = 'us-east-1'): string {
  return `arn:aws:rds:${region}:${ACCOUNT.id}:${type}:${name}`;
}

export function kmsKeyArnOf(keyId: string, region = 'us-east-1'): string {
  return `arn:aws:kms:${region}:${ACCOUNT.id}:key/${keyId}`;
}

/** A compliant standalone PostgreSQL instance unless overridden. */
export function anRdsInstance(id: string, overrides: Partial<RdsInstance> = {}): RdsInstance {
  const region = overrides.region ?? 'us-east-1';
  const group = overrides.parameterGroups?.[0]?.name ?? 'lab-secure';
  return {
    arn: rdsArnOf('db', id, region),
    region,
    dbInstanceIdentifier: id,
    engine: 'postgres',
    engineVersion: '16.4',
    status: 'available',
    storageEncrypted: true,
    kmsKeyId: kmsKeyArnOf('key-1', region),
    publiclyAccessible: false,
    backupRetentionPeriod: 7,
    deletionProtection: true,
    enabledCloudwatchLogsExports: ['postgresql'],
    parameterGroups: [{ name: group, arn: rdsArnOf('pg', group, region), applyStatus: 'in-sync' }],
    tags: {},
    ...overrides,
  };
}

/** A compliant Aurora PostgreSQL cluster unless overridden. */
export function anRdsCluster(id: string, overrides: Partial<RdsCluster> = {}): RdsCluster {
  const region = overrides.region ?? 'us-east-1';
  const group = overrides.parameterGroup?.name ?? 'lab-secure-cluster';
  return {
    arn: rdsArnOf('cluster', id, region),
    region,
    dbClusterIdentifier: id,
    engine: 'aurora-postgresql',
    engineMode: 'provisioned',
    status: 'available',
    storageEncrypted: true,
    kmsKeyId: kmsKeyArnOf('key-1', region),
    backupRetentionPeriod: 7,
    deletionProtection: true,
    enabledCloudwatchLogsExports: ['postgresql'],
    parameterGroup: { name: group, arn: rdsArnOf('cluster-pg', group, region) },
    members: [{ dbInstanceIdentifier: `${id}-1`, isWriter: true }],
    tags: {},
    ...overrides,
  };
}

/** The member instance of an Aurora cluster (as DescribeDBInstances lists it: no backups or protection of its own). */
export function anAuroraMember(cluster: RdsCluster, overrides: Partial<RdsInstance> = {}): RdsInstance {
  return anRdsInstance(`${cluster.dbClusterIdentifier}-1`, {
    region: cluster.region,
    engine: cluster.engine,
    dbClusterIdentifier: cluster.dbClusterIdentifier,
    storageEncrypted: cluster.storageEncrypted,
    backupRetentionPeriod: 1,
    deletionProtection: false,
    enabledCloudwatchLogsExports: [],
    parameterGroups: [{ name: `default.${cluster.engine}`, arn: rdsArnOf('pg', `default.${cluster.engine}`, cluster.region), applyStatus: 'in-sync' }],
    ...overrides,
  });
}

export function anRdsSnapshot(id: string, overrides: Partial<RdsSnapshot> = {}): RdsSnapshot {
  const region = overrides.region ?? 'us-east-1';
  const snapshotOf = overrides.snapshotOf ?? 'instance';
  return {
    arn: rdsArnOf(snapshotOf === 'cluster' ? 'cluster-snapshot' : 'snapshot', id, region),
    region,
    snapshotId: id,
    snapshotOf,
    snapshotType: 'manual',
    sourceIdentifier: 'db-1',
    engine: 'postgres',
    encrypted: true,
    kmsKeyId: kmsKeyArnOf('key-1', region),
    tags: {},
    ...overrides,
  };
}

export function anRdsSharing(snapshot: RdsSnapshot, overrides: Partial<RdsSnapshotSharing> = {}): RdsSnapshotSharing {
  return { arn: snapshot.arn, region: snapshot.region, snapshotId: snapshot.snapshotId, snapshotOf: snapshot.snapshotOf, isPublic: false, accountIds: [], ...overrides };
}

export function anRdsParameterGroup(name: string, parameters: Record<string, string | null>, overrides: Partial<RdsParameterGroup> = {}): RdsParameterGroup {
  const region = overrides.region ?? 'us-east-1';
  const groupOf = overrides.groupOf ?? 'instance';
  return { arn: rdsArnOf(groupOf === 'cluster' ? 'cluster-pg' : 'pg', name, region), region, name, groupOf, parameters, ...overrides };
}
