import type { RedshiftCluster, RedshiftClusterLogging, RedshiftParameterGroup, RedshiftSnapshot } from '../../src/model/items/redshift.js';
import { ACCOUNT } from './inventory.js';

export function aRedshiftCluster(id: string, overrides: Partial<RedshiftCluster> = {}): RedshiftCluster {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:redshift:${region}:${ACCOUNT.id}:cluster:${id}`,
    region,
    clusterIdentifier: id,
    encrypted: true,
    kmsKeyId: `arn:aws:kms:${region}:${ACCOUNT.id}:key/k1`,
    publiclyAccessible: false,
    parameterGroupNames: ['dbgap-ssl'],
    tags: { 'dbgap:project': 'phs000001' },
    ...overrides,
  };
}

export function aRedshiftParameterGroup(name: string, requireSsl: string | null, region = 'us-east-1'): RedshiftParameterGroup {
  return { arn: `arn:aws:redshift:${region}:${ACCOUNT.id}:parametergroup:${name}`, region, name, requireSsl };
}

export function aRedshiftLogging(id: string, overrides: Partial<RedshiftClusterLogging> = {}): RedshiftClusterLogging {
  const region = overrides.region ?? 'us-east-1';
  return { arn: `arn:aws:redshift:${region}:${ACCOUNT.id}:cluster:${id}`, region, clusterIdentifier: id, loggingEnabled: true, destinationType: 'cloudwatch', ...overrides };
}

export function aRedshiftSnapshot(id: string, overrides: Partial<RedshiftSnapshot> = {}): RedshiftSnapshot {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:redshift:${region}:${ACCOUNT.id}:snapshot:c1/${id}`,
    region,
    snapshotIdentifier: id,
    clusterIdentifier: 'c1',
    snapshotType: 'manual',
    encrypted: true,
    accountsWithRestoreAccess: [],
    tags: { 'dbgap:project': 'phs000001' },
    ...overrides,
  };
}
