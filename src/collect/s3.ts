import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyStatusCommand,
  GetPublicAccessBlockCommand,
  type PublicAccessBlockConfiguration,
  GetBucketLocationCommand,
  GetBucketPolicyCommand,
  paginateListBuckets,
  type Bucket,
} from '@aws-sdk/client-s3';
import type { InventoryKey } from '../model/inventory.js';
import type { S3Bucket, S3BucketEncryption, S3BucketPolicy } from '../model/items/s3.js';
import type { PublicAccessBlockSettings, S3AccountPublicAccessBlock, S3BucketAcl, S3BucketOwnership, S3BucketPolicyStatus, S3BucketPublicAccessBlock } from '../model/items/s3.js';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import type { CollectionFailure } from '../model/failure.js';
import {
  attempt,
  attemptRequired,
  classifyError,
  defineCollector,
  toFailure,
  mapAll,
  parsePolicyText,
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
async function perBucket<T, K extends InventoryKey>(
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

/** Unset fields of a Block Public Access configuration are off. */
export function toPublicAccessBlock(configuration: PublicAccessBlockConfiguration | undefined): PublicAccessBlockSettings | null {
  if (!configuration) return null;
  return {
    blockPublicAcls: configuration.BlockPublicAcls ?? false,
    ignorePublicAcls: configuration.IgnorePublicAcls ?? false,
    blockPublicPolicy: configuration.BlockPublicPolicy ?? false,
    restrictPublicBuckets: configuration.RestrictPublicBuckets ?? false,
  };
}

/** The account's S3 settings as a resource: `arn:<partition>:s3::<account>:account`. */
export function s3AccountArn(partition: string, accountId: string): string {
  return `arn:${partition}:s3::${accountId}:account`;
}

export const s3AccountPublicAccessBlockCollector = defineCollector({
  key: 's3AccountPublicAccessBlock',
  scope: 'global',
  apis: ['s3control.GetPublicAccessBlock'],
  async collect(context) {
    const { id, partition } = context.account;
    const arn = s3AccountArn(partition, id);
    // Recorded against the account setting, so bucket checks can still evaluate buckets that block on their own.
    const response = await attempt(
      context,
      { api: 's3control.GetPublicAccessBlock', region: context.homeRegion, resourceArn: arn, absentOn: ['NoSuchPublicAccessBlockConfiguration'] },
      () => context.clients.get('s3control', context.homeRegion).send(new GetAccountPublicAccessBlockCommand({ AccountId: id })),
    );
    if (!response.ok) return { items: [], failures: [response.failure] };
    const item: S3AccountPublicAccessBlock = {
      arn,
      accountId: id,
      configuration: toPublicAccessBlock(response.value?.PublicAccessBlockConfiguration),
    };
    return { items: [item], failures: [] };
  },
});

export const s3BucketPublicAccessBlockCollector = defineCollector({
  key: 's3BucketPublicAccessBlock',
  scope: 'global',
  apis: [...LIST_APIS, 's3.GetPublicAccessBlock'],
  collect: (context) =>
    perBucket<S3BucketPublicAccessBlock, 's3BucketPublicAccessBlock'>(context, async (bucket) => {
      const response = await attempt(
        context,
        { api: 's3.GetPublicAccessBlock', region: bucket.region, resourceArn: bucket.arn, absentOn: ['NoSuchPublicAccessBlockConfiguration'] },
        () => context.clients.get('s3', bucket.region).send(new GetPublicAccessBlockCommand({ Bucket: bucket.name })),
      );
      if (!response.ok) return { failure: response.failure };
      return {
        item: {
          arn: bucket.arn,
          bucket: bucket.name,
          region: bucket.region,
          configuration: toPublicAccessBlock(response.value?.PublicAccessBlockConfiguration),
        },
      };
    }),
});

export const s3BucketPolicyStatusCollector = defineCollector({
  key: 's3BucketPolicyStatus',
  scope: 'global',
  apis: [...LIST_APIS, 's3.GetBucketPolicyStatus'],
  collect: (context) =>
    perBucket<S3BucketPolicyStatus, 's3BucketPolicyStatus'>(context, async (bucket) => {
      const base = { arn: bucket.arn, bucket: bucket.name, region: bucket.region };
      try {
        const response = await context.limit(() =>
          context.clients.get('s3', bucket.region).send(new GetBucketPolicyStatusCommand({ Bucket: bucket.name })),
        );
        const isPublic = response.PolicyStatus?.IsPublic;
        // AWS always answers with IsPublic; an answer without it came from an endpoint that does not implement the
        // API (some emulators route the request to another handler), so it is no evidence of "not public".
        if (isPublic === undefined) return { item: { ...base, status: 'unsupported' } };
        return { item: { ...base, status: isPublic ? 'public' : 'not-public' } };
      } catch (error) {
        const failure = toFailure(error, 's3.GetBucketPolicyStatus', { region: bucket.region, resourceArn: bucket.arn });
        if (failure.code === 'NoSuchBucketPolicy') return { item: { ...base, status: 'no-policy' } };
        // Emulators without this convenience API: the check falls back to reading the policy itself.
        if (classifyError(error) === 'not-available' || failure.code === 'NotImplemented') {
          return { item: { ...base, status: 'unsupported' } };
        }
        return { failure };
      }
    }),
});

export const s3BucketAclsCollector = defineCollector({
  key: 's3BucketAcls',
  scope: 'global',
  apis: [...LIST_APIS, 's3.GetBucketAcl'],
  collect: (context) =>
    perBucket<S3BucketAcl, 's3BucketAcls'>(context, async (bucket) => {
      const response = await attemptRequired(
        context,
        { api: 's3.GetBucketAcl', region: bucket.region, resourceArn: bucket.arn },
        () => context.clients.get('s3', bucket.region).send(new GetBucketAclCommand({ Bucket: bucket.name })),
      );
      if (!response.ok) return { failure: response.failure };
      const item: S3BucketAcl = {
        arn: bucket.arn,
        bucket: bucket.name,
        region: bucket.region,
        grants: (response.value.Grants ?? []).map((grant) => {
          const mapped: S3BucketAcl['grants'][number] = {
            granteeType: grant.Grantee?.Type ?? 'Unknown',
            permission: grant.Permission ?? 'Unknown',
          };
          if (grant.Grantee?.URI) mapped.granteeUri = grant.Grantee.URI;
          if (grant.Grantee?.ID) mapped.granteeId = grant.Grantee.ID;
          return mapped;
        }),
      };
      if (response.value.Owner?.ID) item.ownerId = response.value.Owner.ID;
      return { item };
    }),
});

export const s3BucketOwnershipCollector = defineCollector({
  key: 's3BucketOwnership',
  scope: 'global',
  apis: [...LIST_APIS, 's3.GetBucketOwnershipControls'],
  collect: (context) =>
    perBucket<S3BucketOwnership, 's3BucketOwnership'>(context, async (bucket) => {
      const response = await attempt(
        context,
        { api: 's3.GetBucketOwnershipControls', region: bucket.region, resourceArn: bucket.arn, absentOn: ['OwnershipControlsNotFoundError'] },
        () => context.clients.get('s3', bucket.region).send(new GetBucketOwnershipControlsCommand({ Bucket: bucket.name })),
      );
      if (!response.ok) return { failure: response.failure };
      const rule = response.value?.OwnershipControls?.Rules?.[0];
      return {
        item: { arn: bucket.arn, bucket: bucket.name, region: bucket.region, objectOwnership: rule?.ObjectOwnership ?? null },
      };
    }),
});
