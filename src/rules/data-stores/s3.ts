/**
 * S3 buckets in the data inventory. Classification by name or tag (src/rules/data-classification.ts); encryption
 * from the default-encryption rules; exposure as s3-bucket-not-public decides it (src/rules/s3-bucket-exposure.ts),
 * plus replication, which puts copies in other buckets; retention from lifecycle expiration and Object Lock.
 */
import type { S3Bucket, S3BucketEncryption, S3BucketLifecycle, S3BucketObjectLock, S3BucketReplication } from '../../model/items/s3.js';
import type { InventoryData } from '../../model/inventory.js';
import { bucketAccessFacts, bucketExposure } from '../s3-bucket-exposure.js';
import { classify, failureFor, unknownPhrase } from './facts.js';
import type { DataStoreRecord, DataStoreSource } from './index.js';
import { describeKmsKey } from './kms.js';

function byArn<T extends { arn: string }>(items: readonly T[] | undefined): Map<string, T> {
  return new Map((items ?? []).map((item) => [item.arn, item]));
}

function encryptionOf(inventory: InventoryData, bucket: S3Bucket, encryption: S3BucketEncryption | undefined): string {
  if (!encryption) return unknownPhrase(failureFor(inventory, 's3BucketEncryption', bucket.arn, bucket.region));
  const [rule] = encryption.rules ?? [];
  // Since January 2023 S3 encrypts every new object with SSE-S3 when no other default is set.
  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html
  if (!rule) return 'SSE-S3 (Amazon S3 managed keys, no default configured)';
  if (rule.algorithm === 'AES256') return 'SSE-S3 (Amazon S3 managed keys)';
  const dual = rule.algorithm === 'aws:kms:dsse' ? ' (dual-layer)' : '';
  return `${describeKmsKey(inventory, rule.kmsKeyId, bucket.region, 'aws/s3')}${dual}`;
}

function replicationOf(replication: S3BucketReplication | undefined): string | undefined {
  const destinations = (replication?.rules ?? []).filter((rule) => rule.status === 'Enabled').map((rule) => rule.destinationBucketArn.replace(/^arn:[^:]+:s3:::/, ''));
  return destinations.length > 0 ? `replicated to ${[...new Set(destinations)].join(', ')}` : undefined;
}

function exposureOf(inventory: InventoryData, bucket: S3Bucket, scope: Parameters<DataStoreSource>[2], replication: S3BucketReplication | undefined): string {
  const keys = ['s3BucketPolicyStatus', 's3BucketPolicies', 's3BucketAcls', 's3BucketOwnership', 's3BucketPublicAccessBlock', 's3AccountPublicAccessBlock'] as const;
  let access: string;
  if (keys.some((key) => !inventory[key])) access = 'unknown (not collected)';
  else {
    const facts = bucketAccessFacts({
      s3BucketPolicyStatus: inventory.s3BucketPolicyStatus?.items ?? [],
      s3BucketPolicies: inventory.s3BucketPolicies?.items ?? [],
      s3BucketAcls: inventory.s3BucketAcls?.items ?? [],
      s3BucketOwnership: inventory.s3BucketOwnership?.items ?? [],
      s3BucketPublicAccessBlock: inventory.s3BucketPublicAccessBlock?.items ?? [],
      s3AccountPublicAccessBlock: inventory.s3AccountPublicAccessBlock?.items ?? [],
    })(bucket);
    const exposure = bucketExposure(facts, scope);
    if (exposure.status === 'public') access = `public (${exposure.exposures.join('; ')})`;
    else if (exposure.status === 'private') access = 'private';
    else {
      const failure = keys.map((key) => failureFor(inventory, key, bucket.arn, bucket.region)).find((found) => found !== undefined);
      access = failure ? unknownPhrase(failure) : `unknown (${exposure.unknowns.join('; ')})`;
    }
  }
  if (!replication && !inventory.s3BucketReplication) return access;
  if (!replication) return `${access}; replication ${unknownPhrase(failureFor(inventory, 's3BucketReplication', bucket.arn, bucket.region))}`;
  const replicated = replicationOf(replication);
  return replicated ? `${access}; ${replicated}` : access;
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

function retentionOf(inventory: InventoryData, bucket: S3Bucket, lifecycle: S3BucketLifecycle | undefined, lock: S3BucketObjectLock | undefined): string {
  const parts: string[] = [];
  if (!lifecycle) parts.push(`lifecycle ${unknownPhrase(failureFor(inventory, 's3BucketLifecycle', bucket.arn, bucket.region))}`);
  else {
    for (const rule of (lifecycle.rules ?? []).filter((candidate) => candidate.status === 'Enabled')) {
      const where = rule.appliesToWholeBucket ? 'objects' : `objects under ${rule.prefix ? `${rule.prefix}` : 'a filter'}`;
      if (rule.expirationDays !== undefined) parts.push(`lifecycle expires ${where} after ${plural(rule.expirationDays, 'day')}`);
      else if (rule.expirationDate) parts.push(`lifecycle expires ${where} on ${rule.expirationDate.slice(0, 10)}`);
      if (rule.noncurrentVersionExpirationDays !== undefined) parts.push(`noncurrent versions after ${plural(rule.noncurrentVersionExpirationDays, 'day')}`);
    }
  }
  if (lock?.defaultRetention) {
    const { mode, days, years } = lock.defaultRetention;
    const period = days !== undefined ? plural(days, 'day') : years !== undefined ? plural(years, 'year') : 'with no default period';
    parts.push(`Object Lock ${mode} ${period}`);
  }
  return parts.length > 0 ? parts.join('; ') : 'none configured';
}

export const s3BucketStores: DataStoreSource = (inventory, settings, scope) => {
  const buckets = inventory.s3Buckets?.items ?? [];
  if (buckets.length === 0) return [];
  const tags = byArn(inventory.s3BucketTags?.items);
  const encryption = byArn(inventory.s3BucketEncryption?.items);
  const lifecycle = byArn(inventory.s3BucketLifecycle?.items);
  const locks = byArn(inventory.s3BucketObjectLock?.items);
  const replication = byArn(inventory.s3BucketReplication?.items);
  return buckets.map((bucket): DataStoreRecord => {
    const bucketTags = tags.get(bucket.arn)?.tags;
    const classification = classify({ kind: 's3-bucket', name: bucket.name, tags: bucketTags }, settings, unknownPhrase(failureFor(inventory, 's3BucketTags', bucket.arn, bucket.region)));
    return {
      arn: bucket.arn,
      kind: 's3-bucket',
      service: 'Amazon S3',
      region: bucket.region,
      name: bucket.name,
      ...classification,
      encryption: encryptionOf(inventory, bucket, encryption.get(bucket.arn)),
      exposure: exposureOf(inventory, bucket, scope, replication.get(bucket.arn)),
      retention: retentionOf(inventory, bucket, lifecycle.get(bucket.arn), locks.get(bucket.arn)),
    };
  });
};
