import {
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketPolicyCommand,
  paginateListBuckets,
  type Bucket,
} from '@aws-sdk/client-s3';
import type { S3Bucket, S3BucketEncryption, S3BucketPolicy } from '../model/inventory.js';
import type { CollectionFailure } from '../model/failure.js';
import {
  attempt,
  attemptRequired,
  defineCollector,
  mapAll,
  type CollectContext,
  type KeyResult,
} from './collector.js';

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

const LIST_APIS = ['s3.ListBuckets', 's3.GetBucketLocation'] as const;

/** ListBuckets once per scan; every S3 key builds on it. A bucket whose region is unknown keeps a failure. */
export function listBuckets(context: CollectContext): Promise<BucketListing> {
  return context.memo('s3:buckets', async () => {
    const region = context.homeRegion;
    const client = context.clients.get('s3', region);
    const listed = await attemptRequired(context, { api: 's3.ListBuckets', region }, async () => {
      const all: Bucket[] = [];
      for await (const page of paginateListBuckets({ client }, {})) all.push(...(page.Buckets ?? []));
      return all;
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
async function perBucket<T, K extends 's3BucketPolicies' | 's3BucketEncryption'>(
  context: CollectContext,
  build: (bucket: S3Bucket, context: CollectContext) => Promise<{ item?: T; failure?: CollectionFailure }>,
): Promise<KeyResult<K>> {
  const listing = await listBuckets(context);
  const results = await mapAll(listing.buckets, (bucket) => build(bucket, context));
  return {
    items: results.flatMap((result) => (result.item ? [result.item] : [])) as KeyResult<K>['items'],
    failures: [...listing.failures, ...results.flatMap((result) => (result.failure ? [result.failure] : []))],
  };
}

function parsePolicyText(text: string | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text; // keep what AWS returned; the policy normalizer decides what it means
  }
}

export const s3BucketsCollector = defineCollector({
  key: 's3Buckets',
  scope: 'global',
  apis: LIST_APIS,
  async collect(context) {
    const listing = await listBuckets(context);
    return { items: listing.buckets, failures: listing.failures };
  },
});

export const s3BucketPoliciesCollector = defineCollector({
  key: 's3BucketPolicies',
  scope: 'global',
  apis: [...LIST_APIS, 's3.GetBucketPolicy'],
  collect: (context) =>
    perBucket<S3BucketPolicy, 's3BucketPolicies'>(context, async (bucket) => {
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
  apis: [...LIST_APIS, 's3.GetBucketEncryption'],
  collect: (context) =>
    perBucket<S3BucketEncryption, 's3BucketEncryption'>(context, async (bucket) => {
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
