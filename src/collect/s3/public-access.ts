import { GetBucketAclCommand, GetBucketOwnershipControlsCommand, GetBucketPolicyStatusCommand, GetPublicAccessBlockCommand, type PublicAccessBlockConfiguration } from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import { attempt, attemptRequired, type Attempt, type CollectContext, defineCollector } from '../collector.js';
import { BUCKET_LIST_APIS, bucketPolicy, forEachBucket, fromAttempt } from './buckets.js';
import type { PublicAccessBlockSettings, S3AccountPublicAccessBlock, S3Bucket, S3BucketAcl, S3BucketOwnership, S3BucketPolicyStatus, S3BucketPublicAccessBlock } from '../../model/items/s3.js';

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

/** The "not offered here" answers of GetBucketPolicyStatus (emulators): the check then reads the policy itself. */
const POLICY_STATUS_UNSUPPORTED = new Set(['not-available', 'unreadable']);

/**
 * AWS's own verdict on the bucket policy. Asked only for buckets that have a policy: without one, GetBucketPolicy
 * already answered NoSuchBucketPolicy, which is what GetBucketPolicyStatus would answer too. Where the endpoint does
 * not offer the API (an emulator answers "not implemented" or something that is not a PolicyStatus), the status is
 * `unsupported` and the check falls back to the policy document (read and validated by GetBucketPolicy).
 */
export const s3BucketPolicyStatusCollector = defineCollector({
  key: 's3BucketPolicyStatus',
  scope: 'global',
  apis: [...BUCKET_LIST_APIS, 's3.GetBucketPolicy', 's3.GetBucketPolicyStatus'],
  collect: (context) =>
    forEachBucket<S3BucketPolicyStatus>(context, async (bucket) => {
      const base = { arn: bucket.arn, bucket: bucket.name, region: bucket.region };
      const policy = await bucketPolicy(context, bucket);
      if (policy.ok && policy.value === null) return { item: { ...base, status: 'no-policy' } };
      const response = await attempt(
        { api: 's3.GetBucketPolicyStatus', region: bucket.region, resourceArn: bucket.arn, absentOn: ['NoSuchBucketPolicy'] },
        () => context.clients.get('s3', bucket.region).send(new GetBucketPolicyStatusCommand({ Bucket: bucket.name })),
      );
      if (!response.ok) {
        if (POLICY_STATUS_UNSUPPORTED.has(response.failure.kind)) return { item: { ...base, status: 'unsupported' } };
        return { failure: response.failure };
      }
      if (response.value === null) return { item: { ...base, status: 'no-policy' } };
      return { item: { ...base, status: response.value.PolicyStatus?.IsPublic ? 'public' : 'not-public' } };
    }),
});

/** GetBucketOwnershipControls once per bucket per scan: the ownership key and the ACL key share it. */
function bucketOwnership(context: CollectContext, bucket: S3Bucket): Promise<Attempt<S3BucketOwnership>> {
  return context.memo(`s3:ownership:${bucket.name}`, async (): Promise<Attempt<S3BucketOwnership>> => {
    const response = await attempt(
      { api: 's3.GetBucketOwnershipControls', region: bucket.region, resourceArn: bucket.arn, absentOn: ['OwnershipControlsNotFoundError'] },
      () => context.clients.get('s3', bucket.region).send(new GetBucketOwnershipControlsCommand({ Bucket: bucket.name })),
    );
    if (!response.ok) return response;
    const rule = response.value?.OwnershipControls?.Rules?.[0];
    return { ok: true, value: { arn: bucket.arn, bucket: bucket.name, region: bucket.region, objectOwnership: rule?.ObjectOwnership ?? null } };
  });
}

/**
 * Bucket ACLs, for buckets whose ACLs are in force. With Object Ownership `BucketOwnerEnforced` (the default for
 * every bucket created since April 2023) "ACLs are disabled and no longer affect permissions", so the ACL is not
 * asked for; the public-bucket check needs no ACL for such a bucket.
 */
export const s3BucketAclsCollector = defineCollector({
  key: 's3BucketAcls',
  scope: 'global',
  apis: [...BUCKET_LIST_APIS, 's3.GetBucketOwnershipControls', 's3.GetBucketAcl'],
  collect: (context) =>
    forEachBucket<S3BucketAcl>(context, async (bucket) => {
      const ownership = await bucketOwnership(context, bucket);
      if (ownership.ok && ownership.value.objectOwnership === 'BucketOwnerEnforced') return {};
      const response = await attemptRequired(
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
  collect: (context) => forEachBucket<S3BucketOwnership>(context, async (bucket) => fromAttempt(await bucketOwnership(context, bucket))),
});
