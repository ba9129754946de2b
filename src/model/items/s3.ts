/** Inventory item types of S3 buckets and the account-level S3 settings. */
import type { ResourceRef } from '../inventory.js';

// ---------- S3 ----------
export interface S3Bucket extends ResourceRef {
  name: string;
  region: string;
  createdAt?: string;
}

export interface S3BucketPolicy extends ResourceRef {
  bucket: string;
  region: string;
  /** The parsed bucket policy, or null when the bucket has none (NoSuchBucketPolicy). */
  policy: unknown;
}

export interface S3EncryptionRule {
  algorithm: string;
  kmsKeyId?: string;
  bucketKeyEnabled?: boolean;
}

export interface S3BucketEncryption extends ResourceRef {
  bucket: string;
  region: string;
  /** Default-encryption rules, or null when none is configured. */
  rules: S3EncryptionRule[] | null;
}

export interface S3BucketVersioning extends ResourceRef {
  bucket: string;
  region: string;
  /** `Enabled` or `Suspended`; null when versioning was never turned on. */
  status: string | null;
  /** `Enabled` or `Disabled`; null when AWS did not report it. */
  mfaDelete: string | null;
}

export interface S3BucketTags extends ResourceRef {
  bucket: string;
  region: string;
  /** Empty when the bucket has no tags (NoSuchTagSet). */
  tags: Record<string, string>;
}

export interface S3LifecycleRule {
  id?: string;
  /** `Enabled` or `Disabled`. */
  status: string;
  /** False when a prefix, tag or object-size filter limits the rule to part of the bucket. */
  appliesToWholeBucket: boolean;
  prefix?: string;
  expirationDays?: number;
  /** ISO date. */
  expirationDate?: string;
  expiredObjectDeleteMarker?: boolean;
  noncurrentVersionExpirationDays?: number;
  newerNoncurrentVersions?: number;
  abortIncompleteMultipartUploadDays?: number;
  /** Number of storage-class transitions (moving data is not deleting it). */
  transitionCount: number;
}

export interface S3BucketLifecycle extends ResourceRef {
  bucket: string;
  region: string;
  /** null when the bucket has no lifecycle configuration (NoSuchLifecycleConfiguration). */
  rules: S3LifecycleRule[] | null;
}

/**
 * Whether a bucket still holds data: booleans only, never object keys (they can embed sample ids).
 * Collected for buckets that carry the expiry tag.
 */
export interface S3BucketObjectPresence extends ResourceRef {
  bucket: string;
  region: string;
  hasCurrentObjects: boolean;
  /**
   * Object versions or delete markers exist (data hidden behind delete markers). null when not asked: the bucket
   * was never versioned, or current objects were already found.
   */
  hasVersionsOrDeleteMarkers: boolean | null;
}

export interface S3BucketObjectLock extends ResourceRef {
  bucket: string;
  region: string;
  /** False when the bucket has no Object Lock configuration (ObjectLockConfigurationNotFoundError). */
  enabled: boolean;
  /** The default retention new objects get; null when none is set. */
  defaultRetention: { mode: string; days?: number; years?: number } | null;
}

export interface PublicAccessBlockSettings {
  blockPublicAcls: boolean;
  ignorePublicAcls: boolean;
  blockPublicPolicy: boolean;
  restrictPublicBuckets: boolean;
}

export interface S3AccountPublicAccessBlock extends ResourceRef {
  accountId: string;
  /** null when the account has no configuration (NoSuchPublicAccessBlockConfiguration). */
  configuration: PublicAccessBlockSettings | null;
}

export interface S3BucketPublicAccessBlock extends ResourceRef {
  bucket: string;
  region: string;
  /** null when the bucket has no configuration of its own. */
  configuration: PublicAccessBlockSettings | null;
}

export interface S3BucketPolicyStatus extends ResourceRef {
  bucket: string;
  region: string;
  /**
   * AWS's own verdict: `public`, `not-public`, `no-policy` (NoSuchBucketPolicy), or `unsupported` when the endpoint
   * does not implement GetBucketPolicyStatus (some emulators): then the policy itself must be evaluated.
   */
  status: 'public' | 'not-public' | 'no-policy' | 'unsupported';
}

export interface S3AclGrant {
  /** CanonicalUser | Group | AmazonCustomerByEmail */
  granteeType: string;
  granteeUri?: string;
  granteeId?: string;
  permission: string;
}

export interface S3BucketAcl extends ResourceRef {
  bucket: string;
  region: string;
  ownerId?: string;
  grants: S3AclGrant[];
}

export interface S3BucketOwnership extends ResourceRef {
  bucket: string;
  region: string;
  /** BucketOwnerEnforced | BucketOwnerPreferred | ObjectWriter, or null when none is set (OwnershipControlsNotFoundError). */
  objectOwnership: string | null;
}

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
