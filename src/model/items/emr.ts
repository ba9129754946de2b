/** Inventory item types of Amazon EMR. */
import type { ResourceRef } from '../inventory.js';

/**
 * One EMR security configuration (ListSecurityConfigurations + DescribeSecurityConfiguration). Security
 * configurations have no ARN of their own; `arn` is `arn:<partition>:elasticmapreduce:<region>:<account>:security-configuration/<name>`.
 */
export interface EmrSecurityConfiguration extends ResourceRef {
  region: string;
  name: string;
  /** EncryptionConfiguration.EnableAtRestEncryption; false when the document leaves it out. */
  atRestEncryption: boolean;
  /** EncryptionConfiguration.EnableInTransitEncryption; false when the document leaves it out. */
  inTransitEncryption: boolean;
  /** AtRestEncryptionConfiguration.S3EncryptionConfiguration.EncryptionMode (SSE-S3, SSE-KMS, CSE-KMS, CSE-Custom). */
  s3EncryptionMode?: string;
  /** AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration.EncryptionKeyProviderType (AwsKms, Custom). */
  localDiskKeyProvider?: string;
  /** LocalDiskEncryptionConfiguration.EnableEbsEncryption. */
  ebsEncryption?: boolean;
}

/** One active EMR cluster (ListClusters in STARTING/BOOTSTRAPPING/RUNNING/WAITING + DescribeCluster). */
export interface EmrCluster extends ResourceRef {
  region: string;
  clusterId: string;
  name: string;
  state: string;
  /** Name of the security configuration the cluster was launched with; absent: none. */
  securityConfiguration?: string;
  subnetId?: string;
  tags: Record<string, string>;
}

/** The account's EMR block public access configuration in one region. */
export interface EmrBlockPublicAccess extends ResourceRef {
  region: string;
  blockPublicSecurityGroupRules: boolean;
  /** Port ranges open to 0.0.0.0/0 or ::/0 that the block still permits (AWS's default: port 22). */
  permittedPortRanges: Array<{ from: number; to: number }>;
}
