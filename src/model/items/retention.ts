/** Inventory items for storage versioning and data clean-up / retention (control areas 8 and 12). */
import type { ResourceRef } from '../inventory.js';

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

declare module '../inventory.js' {
  interface InventoryItems {
    s3BucketVersioning: S3BucketVersioning;
    s3BucketTags: S3BucketTags;
    s3BucketLifecycle: S3BucketLifecycle;
    s3BucketObjectPresence: S3BucketObjectPresence;
  }
}
