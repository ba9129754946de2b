/** Inventory item types of Amazon Redshift (provisioned clusters). */
import type { ResourceRef } from '../inventory.js';

export interface RedshiftCluster extends ResourceRef {
  region: string;
  clusterIdentifier: string;
  /** Absent Encrypted is read as false: AWS documents the default as not encrypted. */
  encrypted: boolean;
  kmsKeyId?: string;
  publiclyAccessible: boolean;
  /** The cluster's parameter groups (a cluster has one; the list keeps what AWS sends). */
  parameterGroupNames: string[];
  automatedSnapshotRetentionPeriod?: number;
  clusterStatus?: string;
  tags: Record<string, string>;
}

/** `require_ssl` of one cluster parameter group (DescribeClusterParameters). */
export interface RedshiftParameterGroup extends ResourceRef {
  region: string;
  name: string;
  /** The parameter's value as AWS sends it (`true`/`false`), or null when the group does not list it. */
  requireSsl: string | null;
}

/** Audit logging of one cluster (DescribeLoggingStatus); `arn` is the cluster's. */
export interface RedshiftClusterLogging extends ResourceRef {
  region: string;
  clusterIdentifier: string;
  loggingEnabled: boolean;
  /** `s3` or `cloudwatch` when enabled. */
  destinationType?: string;
  bucketName?: string;
}

/** One snapshot the account owns (DescribeClusterSnapshots, OwnerAccount = the account). */
export interface RedshiftSnapshot extends ResourceRef {
  region: string;
  snapshotIdentifier: string;
  clusterIdentifier: string;
  /** `manual` or `automated` (only manual snapshots can be shared). */
  snapshotType: string;
  encrypted: boolean;
  /** Accounts granted restore access (`all` would be every AWS account). */
  accountsWithRestoreAccess: string[];
  tags: Record<string, string>;
}
