/** Inventory item types of AWS Glue. */
import type { ResourceRef } from '../inventory.js';

/** The Data Catalog encryption settings of one region (GetDataCatalogEncryptionSettings). */
export interface GlueDataCatalogEncryption extends ResourceRef {
  region: string;
  /** DISABLED | SSE-KMS | SSE-KMS-WITH-SERVICE-ROLE; DISABLED when AWS leaves EncryptionAtRest out. */
  catalogEncryptionMode: string;
  sseKmsKeyId?: string;
  returnConnectionPasswordEncrypted: boolean;
  connectionPasswordKmsKeyId?: string;
}

/**
 * One Glue security configuration (GetSecurityConfigurations). They have no ARN of their own; `arn` is
 * `arn:<partition>:glue:<region>:<account>:security-configuration/<name>`.
 */
export interface GlueSecurityConfiguration extends ResourceRef {
  region: string;
  name: string;
  /** DISABLED | SSE-KMS | SSE-S3 per S3 encryption entry; empty when none is configured. */
  s3EncryptionModes: string[];
  /** DISABLED | SSE-KMS; DISABLED when absent. */
  cloudWatchEncryptionMode: string;
  /** DISABLED | CSE-KMS; DISABLED when absent. */
  jobBookmarksEncryptionMode: string;
}
