/** Inventory items for S3 bucket configuration read by data-location and logging checks: replication, access logging. */
import type { ResourceRef } from '../inventory.js';

export interface S3ReplicationRule {
  id?: string;
  /** `Enabled` or `Disabled`. */
  status: string;
  /** Destination bucket ARN as configured (`arn:aws:s3:::name`). */
  destinationBucketArn: string;
  /** Destination account, when the rule names one (owner override / cross-account replication). */
  destinationAccount?: string;
}

export interface S3BucketReplication extends ResourceRef {
  bucket: string;
  region: string;
  /** null when the bucket has no replication configuration (ReplicationConfigurationNotFoundError). */
  rules: S3ReplicationRule[] | null;
}

export interface S3BucketLogging extends ResourceRef {
  bucket: string;
  region: string;
  /** Where server access logs go; null when access logging is off (no LoggingEnabled element). */
  targetBucket: string | null;
  targetPrefix?: string;
}

declare module '../inventory.js' {
  interface InventoryItems {
    s3BucketReplication: S3BucketReplication;
    s3BucketLogging: S3BucketLogging;
  }
}

/** The bucket name in an S3 bucket ARN (`arn:aws:s3:::name`); a bare name is returned as is. */
export function bucketNameFromArn(arn: string): string {
  const match = /^arn:[^:]+:s3:::([^/]+)/.exec(arn);
  return match?.[1] ?? arn;
}
