import { type Bucket, GetBucketAclCommand, GetBucketOwnershipControlsCommand, GetBucketPolicyStatusCommand, GetPublicAccessBlockCommand, type PublicAccessBlockConfiguration } from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import { attempt, attemptRequired, classifyError, defineCollector, toFailure } from '../collector.js';
import { BUCKET_LIST_APIS, forEachBucket } from './buckets.js';
import type { PublicAccessBlockSettings, S3AccountPublicAccessBlock, S3BucketAcl, S3BucketOwnership, S3BucketPolicyStatus, S3BucketPublicAccessBlock } from '../../model/items/s3.js';

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
  apis: [...BUCKET_LIST_APIS, 's3.GetPublicAccessBlock'],
  collect: (context) =>
    forEachBucket<S3BucketPublicAccessBlock>(context, async (bucket) => {
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
  apis: [...BUCKET_LIST_APIS, 's3.GetBucketPolicyStatus'],
  collect: (context) =>
    forEachBucket<S3BucketPolicyStatus>(context, async (bucket) => {
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
  apis: [...BUCKET_LIST_APIS, 's3.GetBucketAcl'],
  collect: (context) =>
    forEachBucket<S3BucketAcl>(context, async (bucket) => {
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
  apis: [...BUCKET_LIST_APIS, 's3.GetBucketOwnershipControls'],
  collect: (context) =>
    forEachBucket<S3BucketOwnership>(context, async (bucket) => {
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
