/** Where Athena writes query results, and whether that bucket holds dbGaP data. */
import type { CollectionFailure } from '../model/failure.js';
import type { S3BucketTags } from '../model/items/s3.js';
import type { Settings } from '../model/settings.js';
import { bucketNameFromArn } from './arn.js';
import { isDbgapBucket } from './data-classification.js';

/** The bucket of an `s3://bucket/prefix` location; undefined when it is not one. */
export function bucketOfLocation(location: string | undefined): string | undefined {
  const match = /^s3:\/\/([^/]+)/.exec(location ?? '');
  return match?.[1];
}

export interface ResultsBucketClass {
  /** true: dbGaP by name or tag; false: not, or not a bucket of this account; 'unknown': its tags could not be read. */
  controlledData: boolean | 'unknown';
  /** The s3BucketTags failures that leave it unknown. */
  failures: CollectionFailure[];
  /** false when the bucket is not among the account's buckets (another account's, or a region not scanned). */
  inAccount: boolean;
}

/**
 * Classifies a results bucket from the settings and the collected bucket tags. A tag failure for the bucket, or one
 * for the whole key (ListBuckets denied), leaves a bucket its name does not classify 'unknown'.
 */
export function classifyResultsBucket(bucket: string, bucketTags: readonly S3BucketTags[], tagFailures: readonly CollectionFailure[], settings: Settings): ResultsBucketClass {
  const entry = bucketTags.find((candidate) => candidate.bucket === bucket);
  if (isDbgapBucket(bucket, entry?.tags, settings)) return { controlledData: true, failures: [], inAccount: entry !== undefined };
  const failures = tagFailures.filter((failure) => (failure.resourceArn ? bucketNameFromArn(failure.resourceArn) === bucket : !failure.region));
  if (failures.length > 0) return { controlledData: 'unknown', failures, inAccount: true };
  return { controlledData: false, failures: [], inAccount: entry !== undefined };
}
