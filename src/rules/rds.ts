/**
 * What the RDS engines mean for the checks: which parameter enforces TLS, which logs are the audit trail, and which
 * settings a DB instance takes from its cluster.
 */
import type { RdsCluster, RdsInstance, RdsSnapshot } from '../model/items/rds.js';
import type { Settings } from '../model/settings.js';
import { controlledDataReason } from './data-classification.js';

/** The backup retention floor AWS Security Hub control RDS.11 and the AWS Config rule db-instance-backup-enabled use by default. */
export const MIN_BACKUP_RETENTION_DAYS = 7;

/** The parameters that make an engine refuse unencrypted connections; the collector reads only these. */
export const TLS_PARAMETERS = ['rds.force_ssl', 'require_secure_transport'] as const;

export interface TlsRule {
  parameter: (typeof TLS_PARAMETERS)[number];
  /** Does this value enforce TLS? */
  enforces(value: string): boolean;
}

// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.html (rds.force_ssl=1)
// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/SQLServer.Concepts.General.SSL.Using.html (rds.force_ssl=1)
const FORCE_SSL: TlsRule = { parameter: 'rds.force_ssl', enforces: (value) => value.trim() === '1' };
// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mysql-ssl-connections.require-ssl.html and
// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mariadb-ssl-connections.require-ssl.html: ON or 1.
// https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Security.html (cluster parameter group)
const SECURE_TRANSPORT: TlsRule = { parameter: 'require_secure_transport', enforces: (value) => ['1', 'on'].includes(value.trim().toLowerCase()) };

/**
 * The parameter that enforces TLS on this engine, or null for engines that enforce it elsewhere (Oracle and Db2
 * through option groups or their own configuration, DocumentDB and Neptune through their own parameters).
 */
export function tlsRuleFor(engine: string): TlsRule | null {
  const name = engine.toLowerCase();
  if (name === 'postgres' || name === 'aurora-postgresql' || name.startsWith('sqlserver-')) return FORCE_SSL;
  if (name === 'mysql' || name === 'mariadb' || name === 'aurora-mysql' || name === 'aurora') return SECURE_TRANSPORT;
  return null;
}

/**
 * The CloudWatch Logs exports that make up an engine's audit and error trail; an engine not listed needs at least
 * one export. From "Publishing database logs to Amazon CloudWatch Logs" of each engine
 * (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html).
 */
export function requiredLogExports(engine: string): string[] {
  const name = engine.toLowerCase();
  if (name === 'postgres' || name === 'aurora-postgresql') return ['postgresql'];
  if (name === 'mysql' || name === 'mariadb' || name === 'aurora-mysql' || name === 'aurora') return ['audit', 'error'];
  if (name.startsWith('oracle-') || name.startsWith('custom-oracle')) return ['alert', 'audit'];
  if (name.startsWith('sqlserver-')) return ['error'];
  if (name === 'docdb' || name === 'neptune') return ['audit'];
  return [];
}

/** The product a resource of the RDS API belongs to (the API also manages DocumentDB and Neptune). */
export function serviceOfEngine(engine: string): string {
  const name = engine.toLowerCase();
  if (name === 'docdb') return 'Amazon DocumentDB';
  if (name === 'neptune') return 'Amazon Neptune';
  return name.startsWith('aurora') ? 'Amazon Aurora' : 'Amazon RDS';
}

const clusterKey = (region: string, id: string) => `${region} ${id}`;

/** The clusters by region and identifier. */
export function clusterIndex(clusters: readonly RdsCluster[]): Map<string, RdsCluster> {
  return new Map(clusters.map((cluster) => [clusterKey(cluster.region, cluster.dbClusterIdentifier), cluster]));
}

/**
 * The cluster whose storage, backups, deletion protection, log exports and TLS parameters a member instance has
 * (Aurora and Multi-AZ DB clusters keep them at cluster level), or undefined for a standalone instance, or a
 * member whose cluster is not in the inventory (then the instance is judged itself).
 */
export function clusterOf(instance: RdsInstance, clusters: ReadonlyMap<string, RdsCluster>): RdsCluster | undefined {
  return instance.dbClusterIdentifier ? clusters.get(clusterKey(instance.region, instance.dbClusterIdentifier)) : undefined;
}

/** Instances judged on their own: those not judged through their cluster. */
export function standaloneInstances(instances: readonly RdsInstance[], clusters: readonly RdsCluster[]): RdsInstance[] {
  const index = clusterIndex(clusters);
  return instances.filter((instance) => clusterOf(instance, index) === undefined);
}

/** How a resource is named in messages. */
export function rdsLabel(resource: RdsInstance | RdsCluster | RdsSnapshot): string {
  if ('snapshotId' in resource) return `${resource.snapshotOf === 'cluster' ? 'DB cluster snapshot' : 'DB snapshot'} ${resource.snapshotId} (${resource.region})`;
  if ('members' in resource) return `DB cluster ${resource.dbClusterIdentifier} (${resource.engine}, ${resource.region})`;
  return `DB instance ${resource.dbInstanceIdentifier} (${resource.engine}, ${resource.region})`;
}

/** Why an instance or cluster holds dbGaP data, or null (src/rules/data-classification.ts decides). */
export function rdsDataReason(resource: RdsInstance | RdsCluster, settings: Settings): string | null {
  return 'members' in resource
    ? controlledDataReason({ kind: 'rds-cluster', name: resource.dbClusterIdentifier, tags: resource.tags }, settings)
    : controlledDataReason({ kind: 'rds-instance', name: resource.dbInstanceIdentifier, tags: resource.tags }, settings);
}

/**
 * Why a snapshot holds dbGaP data: by its own tags, or by those of the instance or cluster it was taken from (a
 * snapshot carries its source's tags only when CopyTagsToSnapshot is on), or null. Sources are indexed once.
 */
export function rdsSnapshotClassifier(instances: readonly RdsInstance[], clusters: readonly RdsCluster[], settings: Settings): (snapshot: RdsSnapshot) => string | null {
  const sources = new Map<string, RdsInstance | RdsCluster>();
  for (const instance of instances) sources.set(`instance ${instance.region} ${instance.dbInstanceIdentifier}`, instance);
  for (const cluster of clusters) sources.set(`cluster ${cluster.region} ${cluster.dbClusterIdentifier}`, cluster);
  return (snapshot) => {
    const kind = snapshot.snapshotOf === 'cluster' ? 'rds-cluster-snapshot' : 'rds-snapshot';
    const own = controlledDataReason({ kind, name: snapshot.snapshotId, tags: snapshot.tags }, settings);
    if (own) return own;
    const source = sources.get(`${snapshot.snapshotOf} ${snapshot.region} ${snapshot.sourceIdentifier}`);
    const inherited = source ? rdsDataReason(source, settings) : null;
    return inherited ? `its source ${snapshot.sourceIdentifier} is ${inherited}` : null;
  };
}

/** Why an instance holds dbGaP data: its own tags, or those of the cluster it belongs to. */
export function rdsInstanceDataReason(instance: RdsInstance, clusters: ReadonlyMap<string, RdsCluster>, settings: Settings): string | null {
  const own = rdsDataReason(instance, settings);
  if (own) return own;
  const cluster = clusterOf(instance, clusters);
  const inherited = cluster ? rdsDataReason(cluster, settings) : null;
  return inherited ? `its cluster ${cluster?.dbClusterIdentifier} is ${inherited}` : null;
}

/** The instances judged on their own and every cluster: what owns storage, backups, log exports and TLS settings. */
export function rdsDatabases(instances: readonly RdsInstance[], clusters: readonly RdsCluster[]): Array<RdsInstance | RdsCluster> {
  return [...standaloneInstances(instances, clusters), ...clusters];
}
