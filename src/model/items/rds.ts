/**
 * Inventory item types of Amazon RDS and Aurora: DB instances, DB clusters (Aurora and Multi-AZ DB clusters), their
 * snapshots, who may restore those snapshots, and the TLS parameters of the parameter groups in use. The RDS API
 * also lists Amazon DocumentDB and Neptune resources; they are kept, with their engine, so no data store is missed.
 */
import type { ResourceRef } from '../inventory.js';

/** The parameter group an instance or cluster uses, as DescribeDBInstances/DescribeDBClusters report it. */
export interface RdsParameterGroupRef {
  name: string;
  /** The group's ARN, the key of its `rdsParameterGroups` item. */
  arn: string;
  /** in-sync | pending-reboot | applying (instances only). */
  applyStatus?: string;
}

/** One DB instance (DescribeDBInstances). */
export interface RdsInstance extends ResourceRef {
  region: string;
  dbInstanceIdentifier: string;
  /** mysql | mariadb | postgres | oracle-ee | sqlserver-se | aurora-mysql | aurora-postgresql | docdb | neptune … */
  engine: string;
  engineVersion?: string;
  /** available | stopped | creating … */
  status?: string;
  /** Set on Aurora and Multi-AZ DB cluster members: storage, backups and TLS parameters are the cluster's. */
  dbClusterIdentifier?: string;
  storageEncrypted: boolean;
  /** The KMS key ARN (RDS always reports the full ARN). */
  kmsKeyId?: string;
  publiclyAccessible: boolean;
  /** Days automated backups are kept; 0 means automated backups are off. */
  backupRetentionPeriod: number;
  deletionProtection: boolean;
  /** Log types published to CloudWatch Logs (audit, error, general, slowquery, postgresql, upgrade…). */
  enabledCloudwatchLogsExports: string[];
  parameterGroups: RdsParameterGroupRef[];
  /** The source of a read replica (an identifier in the same region, or an ARN for a cross-region replica). */
  readReplicaSource?: string;
  createTime?: string;
  tags: Record<string, string>;
}

/** One DB cluster (DescribeDBClusters): Aurora, or a Multi-AZ DB cluster of MySQL/PostgreSQL. */
export interface RdsCluster extends ResourceRef {
  region: string;
  dbClusterIdentifier: string;
  engine: string;
  engineVersion?: string;
  /** provisioned | serverless | parallelquery | global | multimaster. */
  engineMode?: string;
  status?: string;
  storageEncrypted: boolean;
  kmsKeyId?: string;
  /** Multi-AZ DB clusters only; Aurora decides public access per member instance. */
  publiclyAccessible?: boolean;
  backupRetentionPeriod: number;
  deletionProtection: boolean;
  enabledCloudwatchLogsExports: string[];
  /** The DB cluster parameter group (where Aurora keeps rds.force_ssl and require_secure_transport). */
  parameterGroup?: RdsParameterGroupRef;
  members: Array<{ dbInstanceIdentifier: string; isWriter: boolean }>;
  /** The source of a cross-region or binlog replica cluster. */
  replicationSource?: string;
  createTime?: string;
  tags: Record<string, string>;
}

/** A DB snapshot or DB cluster snapshot the account owns (manual or automated). */
export interface RdsSnapshot extends ResourceRef {
  region: string;
  snapshotId: string;
  /** `instance` (DescribeDBSnapshots) or `cluster` (DescribeDBClusterSnapshots). */
  snapshotOf: 'instance' | 'cluster';
  /** manual | automated | awsbackup … */
  snapshotType: string;
  /** The DB instance or cluster it was taken from. */
  sourceIdentifier: string;
  engine: string;
  encrypted: boolean;
  kmsKeyId?: string;
  /** The region it was copied from, for a cross-region copy. */
  sourceRegion?: string;
  createTime?: string;
  status?: string;
  tags: Record<string, string>;
}

/** Who may restore a manual snapshot (the `restore` attribute of DescribeDB(Cluster)SnapshotAttributes). */
export interface RdsSnapshotSharing extends ResourceRef {
  region: string;
  snapshotId: string;
  snapshotOf: 'instance' | 'cluster';
  /** `all` among the restore values: any AWS account can copy or restore it. */
  isPublic: boolean;
  /** The other AWS accounts it is shared with. */
  accountIds: string[];
}

/** The TLS-enforcing parameters of one DB (cluster) parameter group in use (DescribeDB(Cluster)Parameters). */
export interface RdsParameterGroup extends ResourceRef {
  region: string;
  name: string;
  /** `instance` (DB parameter group) or `cluster` (DB cluster parameter group). */
  groupOf: 'instance' | 'cluster';
  /**
   * Only `rds.force_ssl` and `require_secure_transport`, when the group has them: the value, or null when the
   * parameter exists without a value (the engine default applies). A parameter the group lacks is absent.
   */
  parameters: Record<string, string | null>;
}
