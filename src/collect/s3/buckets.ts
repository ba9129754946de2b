import { type Bucket, GetBucketEncryptionCommand, GetBucketLocationCommand, GetBucketPolicyCommand, paginateListBuckets } from '@aws-sdk/client-s3';
import { attempt, attemptRequired, type Attempt, type CollectContext, defineCollector, parsePolicyText, wholeKey } from '../collector.js';
import { shareListing, type SharedListing } from '../paginate.js';
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

/** The APIs behind the bucket listing: every S3 collector declares them. */
export const BUCKET_LIST_APIS = ['s3.ListBuckets', 's3.GetBucketLocation'] as const;

/** ListBuckets once per scan, shared by every S3 key; each collector starts on a bucket as soon as it is listed. */
function listedBuckets(context: CollectContext): SharedListing<Bucket> {
  return context.memo('s3:buckets', () => {
    const region = context.homeRegion;
    const client = context.clients.get('s3', region);
    return shareListing({ api: 's3.ListBuckets', region }, () => paginateListBuckets({ client }, {}), (page) => page.Buckets);
  });
}

/**
 * One listed bucket with its region: ListBuckets' BucketRegion, else GetBucketLocation (once per bucket per scan).
 * A bucket whose region cannot be read keeps that failure and the home region.
 */
function resolveBucket(context: CollectContext, listed: Bucket): Promise<{ bucket: S3Bucket; failure?: CollectionFailure }> {
  const name = listed.Name ?? '';
  return context.memo(`s3:bucket:${name}`, async () => {
    const arn = bucketArn(context.account.partition, name);
    let bucketRegion = listed.BucketRegion;
    let failure: CollectionFailure | undefined;
    if (!bucketRegion) {
      const region = context.homeRegion;
      const location = await attemptRequired({ api: 's3.GetBucketLocation', region, resourceArn: arn }, () =>
        context.clients.get('s3', region).send(new GetBucketLocationCommand({ Bucket: name })),
      );
      if (location.ok) bucketRegion = normalizeBucketLocation(location.value.LocationConstraint);
      else failure = location.failure;
    }
    const bucket: S3Bucket = { arn, name, region: bucketRegion ?? context.homeRegion };
    if (listed.CreationDate) bucket.createdAt = new Date(listed.CreationDate).toISOString();
    return failure ? { bucket, failure } : { bucket };
  });
}

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
 * The one per-bucket helper: runs `build` for every bucket as soon as it is listed (each call goes to the bucket's
 * own region) and gathers items and failures, the listing's own failures included.
 */
export async function forEachBucket<T>(
  context: CollectContext,
  build: (bucket: S3Bucket) => Promise<BucketOutcome<T>>,
): Promise<{ items: T[]; failures: CollectionFailure[] }> {
  const outcomes = await listedBuckets(context).map(async (listed) => {
    const resolved = await resolveBucket(context, listed);
    const outcome = await build(resolved.bucket);
    return { outcome, locationFailure: resolved.failure };
  });
  // ListBuckets answers for the whole account: without it nothing is known about any bucket, in any region.
  if (!outcomes.ok) return { items: [], failures: [wholeKey(outcomes.failure)] };
  return {
    items: outcomes.value.flatMap(({ outcome }) => (outcome.item ? [outcome.item] : [])),
    failures: outcomes.value.flatMap(({ outcome, locationFailure }) => [
      ...(locationFailure ? [locationFailure] : []),
      ...(outcome.failure ? [outcome.failure] : []),
      ...(outcome.failures ?? []),
    ]),
  };
}

/** GetBucketPolicy once per bucket per scan: the policy key and the policy-status key share it. `null`: no policy. */
export function bucketPolicy(context: CollectContext, bucket: S3Bucket): Promise<Attempt<string | null>> {
  return context.memo(`s3:policy:${bucket.name}`, async (): Promise<Attempt<string | null>> => {
    const response = await attempt(
      { api: 's3.GetBucketPolicy', region: bucket.region, resourceArn: bucket.arn, absentOn: ['NoSuchBucketPolicy'] },
      () => context.clients.get('s3', bucket.region).send(new GetBucketPolicyCommand({ Bucket: bucket.name })),
    );
    if (!response.ok) return response;
    return { ok: true, value: response.value?.Policy ?? null };
  });
}

export const s3BucketsCollector = defineCollector({
  key: 's3Buckets',
  scope: 'global',
  apis: BUCKET_LIST_APIS,
  collect: (context) => forEachBucket(context, async (bucket) => ({ item: bucket })),
});

export const s3BucketPoliciesCollector = defineCollector({
  key: 's3BucketPolicies',
  scope: 'global',
  apis: [...BUCKET_LIST_APIS, 's3.GetBucketPolicy'],
  collect: (context) =>
    forEachBucket(context, async (bucket) => {
      const policy = await bucketPolicy(context, bucket);
      if (!policy.ok) return { failure: policy.failure };
      return { item: { arn: bucket.arn, bucket: bucket.name, region: bucket.region, policy: parsePolicyText(policy.value ?? undefined) } };
    }),
});

export const s3BucketEncryptionCollector = defineCollector({
  key: 's3BucketEncryption',
  scope: 'global',
  apis: [...BUCKET_LIST_APIS, 's3.GetBucketEncryption'],
  collect: (context) =>
    forEachBucket(context, async (bucket) => {
      const response = await attempt(
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
