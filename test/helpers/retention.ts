/** Fixture builders for the S3 retention inventory keys. */
import type { S3BucketLifecycle, S3BucketObjectLock, S3BucketObjectPresence, S3BucketTags, S3BucketVersioning, S3LifecycleRule } from '../../src/model/items/s3.js';

const ref = (bucket: string, region: string) => ({ arn: `arn:aws:s3:::${bucket}`, bucket, region });

export function aBucketTags(bucket: string, tags: Record<string, string>, region = 'us-east-1'): S3BucketTags {
  return { ...ref(bucket, region), tags };
}

export function aBucketVersioning(bucket: string, status: string | null, mfaDelete: string | null = null, region = 'us-east-1'): S3BucketVersioning {
  return { ...ref(bucket, region), status, mfaDelete };
}

export function aLifecycleRule(overrides: Partial<S3LifecycleRule> = {}): S3LifecycleRule {
  return { id: 'closeout', status: 'Enabled', appliesToWholeBucket: true, expirationDays: 365, transitionCount: 0, ...overrides };
}

export function aBucketLifecycle(bucket: string, rules: S3LifecycleRule[] | null, region = 'us-east-1'): S3BucketLifecycle {
  return { ...ref(bucket, region), rules };
}

export function anObjectPresence(bucket: string, hasCurrentObjects: boolean, hasVersionsOrDeleteMarkers: boolean | null, region = 'us-east-1'): S3BucketObjectPresence {
  return { ...ref(bucket, region), hasCurrentObjects, hasVersionsOrDeleteMarkers };
}

export function anObjectLock(
  bucket: string,
  enabled: boolean,
  defaultRetention: { mode: string; days?: number; years?: number } | null = null,
  region = 'us-east-1',
): S3BucketObjectLock {
  return { ...ref(bucket, region), enabled, defaultRetention };
}
