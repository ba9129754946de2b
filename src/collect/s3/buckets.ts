import { type Bucket, GetBucketEncryptionCommand, GetBucketLocationCommand, GetBucketPolicyCommand, paginateListBuckets } from '@aws-sdk/client-s3';
import { attempt, attemptRequired, type Attempt, type CollectContext, defineCollector, mapAll, parsePolicyText } from '../collector.js';
import { collectPages } from '../paginate.js';
import type { CollectionFailure } from '../../model/failure.js';
import type { S3Bucket } from '../../model/items/s3.js';

export function bucketArn(partition: string, name: string): string {
  return `arn:${partition}:s3:::${name}`;
}

/** GetBucketLocation answers empty for us-east-1 and the legacy `EU` for eu-west-1. */
export function normalizeBucketLocation(location: string | undefined | null): string {
  if (!location) return 'us-east-1';
  if (location === 'EU') return 'eu-west-1';
  return location;
}

interface BucketListing {
  buckets: S3Bucket[];
  failures: CollectionFailure[];
}

/** The APIs behind listBuckets(): every S3 collector declares them. */
export const BUCKET_LIST_APIS = ['s3.ListBuckets', 's3.GetBucketLocation'] as const;

/** ListBuckets once per scan; every S3 key builds on it. A bucket whose region is unknown keeps a failure. */
export function listBuckets(context: CollectContext): Promise<BucketListing> {
  return context.memo('s3:buckets', async () => {
    const region = context.homeRegion;
    const client = context.clients.get('s3', region);
    const listed = await attemptRequired(context, { api: 's3.ListBuckets', region }, async () => {
      return collectPages(paginateListBuckets({ client }, {}), (page) => page.Buckets);
    });
    if (!listed.ok) return { buckets: [], failures: [listed.failure] };
    const failures: CollectionFailure[] = [];
    const buckets = await mapAll(listed.value, async (bucket): Promise<S3Bucket> => {
      const name = bucket.Name ?? '';
      const arn = bucketArn(context.account.partition, name);
      let bucketRegion = bucket.BucketRegion;
      if (!bucketRegion) {
        const location = await attemptRequired(
          context,
          { api: 's3.GetBucketLocation', region, resourceArn: arn },
          () => client.send(new GetBucketLocationCommand({ Bucket: name })),
        );
        if (location.ok) bucketRegion = normalizeBucketLocation(location.value.LocationConstraint);
        else failures.push(location.failure);
      }
      const item: S3Bucket = { arn, name, region: bucketRegion ?? region };
      if (bucket.CreationDate) item.createdAt = new Date(bucket.CreationDate).toISOString();
      return item;
    });
    return { buckets, failures };
  });
}

/** Runs one per-bucket call for every bucket, in the bucket's own region. */
/** What one per-bucket call yields: the item, and the failure(s) met building it. */
export interface BucketOutcome<T> {
  item?: T;
  failure?: CollectionFailure;
  failures?: CollectionFailure[];
}

/** An API call's attempt as a bucket outcome. */
export function fromAttempt<T>(result: Attempt<T>): BucketOutcome<T> {
  return result.ok ? { item: result.value } : { failure: result.failure };
}

/**
 * The one per-bucket helper: runs `build` for every listed bucket (each call goes to the bucket's own region) and
 * gathers items and failures, the listing's own failures included.
 */
export async function forEachBucket<T>(
  context: CollectContext,
  build: (bucket: S3Bucket) => Promise<BucketOutcome<T>>,
): Promise<{ items: T[]; failures: CollectionFailure[] }> {
  const listing = await listBuckets(context);
  const outcomes = await mapAll(listing.buckets, build);
  return {
    items: outcomes.flatMap((outcome) => (outcome.item ? [outcome.item] : [])),
    failures: [
      ...listing.failures,
      ...outcomes.flatMap((outcome) => [...(outcome.failure ? [outcome.failure] : []), ...(outcome.failures ?? [])]),
    ],
  };
}

export const s3BucketsCollector = defineCollector({
  key: 's3Buckets',
  scope: 'global',
  apis: BUCKET_LIST_APIS,
  async collect(context) {
    const listing = await listBuckets(context);
    return { items: listing.buckets, failures: listing.failures };
  },
});

export const s3BucketPoliciesCollector = defineCollector({
  key: 's3BucketPolicies',
  scope: 'global',
  apis: [...BUCKET_LIST_APIS, 's3.GetBucketPolicy'],
  collect: (context) =>
    forEachBucket(context, async (bucket) => {
      const response = await attempt(
        context,
        { api: 's3.GetBucketPolicy', region: bucket.region, resourceArn: bucket.arn, absentOn: ['NoSuchBucketPolicy'] },
        () => context.clients.get('s3', bucket.region).send(new GetBucketPolicyCommand({ Bucket: bucket.name })),
      );
      if (!response.ok) return { failure: response.failure };
      return {
        item: { arn: bucket.arn, bucket: bucket.name, region: bucket.region, policy: parsePolicyText(response.value?.Policy) },
      };
    }),
});

export const s3BucketEncryptionCollector = defineCollector({
  key: 's3BucketEncryption',
  scope: 'global',
  apis: [...BUCKET_LIST_APIS, 's3.GetBucketEncryption'],
  collect: (context) =>
    forEachBucket(context, async (bucket) => {
      const response = await attempt(
        context,
        {
          api: 's3.GetBucketEncryption',
          region: bucket.region,
          resourceArn: bucket.arn,
          absentOn: ['ServerSideEncryptionConfigurationNotFoundError'],
        },
        () => context.clients.get('s3', bucket.region).send(new GetBucketEncryptionCommand({ Bucket: bucket.name })),
      );
      if (!response.ok) return { failure: response.failure };
      const rules = response.value?.ServerSideEncryptionConfiguration?.Rules;
      return {
        item: {
          arn: bucket.arn,
          bucket: bucket.name,
          region: bucket.region,
          rules: rules
            ? rules.map((rule) => {
                const defaults = rule.ApplyServerSideEncryptionByDefault;
                const mapped: { algorithm: string; kmsKeyId?: string; bucketKeyEnabled?: boolean } = {
                  algorithm: defaults?.SSEAlgorithm ?? 'NONE',
                };
                if (defaults?.KMSMasterKeyID) mapped.kmsKeyId = defaults.KMSMasterKeyID;
                if (rule.BucketKeyEnabled !== undefined) mapped.bucketKeyEnabled = rule.BucketKeyEnabled;
                return mapped;
              })
            : null,
        },
      };
    }),
});
