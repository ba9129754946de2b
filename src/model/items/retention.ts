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

export interface S3BucketObjectLock extends ResourceRef {
  bucket: string;
  region: string;
  /** False when the bucket has no Object Lock configuration (ObjectLockConfigurationNotFoundError). */
  enabled: boolean;
  /** The default retention new objects get; null when none is set. */
  defaultRetention: { mode: string; days?: number; years?: number } | null;
}

declare module '../inventory.js' {
  interface InventoryItems {
    s3BucketObjectLock: S3BucketObjectLock;
    s3BucketVersioning: S3BucketVersioning;
    s3BucketTags: S3BucketTags;
    s3BucketLifecycle: S3BucketLifecycle;
    s3BucketObjectPresence: S3BucketObjectPresence;
  }
}

/**
 * The day (YYYY-MM-DD) an expiry tag names, or null when the value is not an ISO date. A full ISO timestamp is
 * accepted and read as its UTC day.
 */
export function expiryDay(value: string | undefined): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value?.trim() ?? '');
  if (!match?.[1]) return null;
  const parsed = new Date(`${match[1]}T00:00:00.000Z`);
  // Reject impossible days such as 2026-02-30, which Date silently rolls over.
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== match[1] ? null : match[1];
}

/** The data use ends at the end of the expiry day: data is past expiry from the next UTC day on. */
export function isPastExpiry(day: string, now: Date): boolean {
  return day < now.toISOString().slice(0, 10);
}

/** Default retention length in days (a year counts as 365 days, as S3 does). */
export function retentionDays(retention: { days?: number; years?: number }): number {
  return (retention.days ?? 0) + (retention.years ?? 0) * 365;
}
