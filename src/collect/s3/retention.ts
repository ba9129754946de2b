import { GetBucketLifecycleConfigurationCommand, GetBucketTaggingCommand, GetBucketVersioningCommand, GetObjectLockConfigurationCommand, type LifecycleRule, ListObjectsV2Command, ListObjectVersionsCommand } from '@aws-sdk/client-s3';
import { attempt, type Attempt, attemptRequired, type CollectContext, defineCollector } from '../collector.js';
import { BUCKET_LIST_APIS, forEachBucket, fromAttempt } from './buckets.js';
import type { S3Bucket, S3BucketLifecycle, S3BucketObjectLock, S3BucketObjectPresence, S3BucketTags, S3BucketVersioning, S3LifecycleRule } from '../../model/items/s3.js';

/** Per-bucket calls shared between collectors go through the scan memo, so each is sent once per bucket. */
function bucketVersioning(context: CollectContext, bucket: S3Bucket): Promise<Attempt<S3BucketVersioning>> {
  return context.memo(`s3:versioning:${bucket.name}`, async () => {
    const response = await attemptRequired(
      context,
      { api: 's3.GetBucketVersioning', region: bucket.region, resourceArn: bucket.arn },
      () => context.clients.get('s3', bucket.region).send(new GetBucketVersioningCommand({ Bucket: bucket.name })),
    );
    if (!response.ok) return response;
    return {
      ok: true,
      value: {
        arn: bucket.arn,
        bucket: bucket.name,
        region: bucket.region,
        status: response.value.Status ?? null,
        mfaDelete: response.value.MFADelete ?? null,
      },
    };
  });
}

function bucketTags(context: CollectContext, bucket: S3Bucket): Promise<Attempt<S3BucketTags>> {
  return context.memo(`s3:tags:${bucket.name}`, async () => {
    const response = await attempt(
      context,
      { api: 's3.GetBucketTagging', region: bucket.region, resourceArn: bucket.arn, absentOn: ['NoSuchTagSet'] },
      () => context.clients.get('s3', bucket.region).send(new GetBucketTaggingCommand({ Bucket: bucket.name })),
    );
    if (!response.ok) return response;
    const tags: Record<string, string> = {};
    for (const tag of response.value?.TagSet ?? []) if (tag.Key) tags[tag.Key] = tag.Value ?? '';
    return { ok: true, value: { arn: bucket.arn, bucket: bucket.name, region: bucket.region, tags } };
  });
}

export function toLifecycleRule(rule: LifecycleRule): S3LifecycleRule {
  const filter = rule.Filter;
  const prefix = filter?.Prefix ?? filter?.And?.Prefix ?? rule.Prefix ?? '';
  const hasTagFilter = filter?.Tag !== undefined || (filter?.And?.Tags?.length ?? 0) > 0;
  const hasSizeFilter = [filter?.ObjectSizeGreaterThan, filter?.ObjectSizeLessThan, filter?.And?.ObjectSizeGreaterThan, filter?.And?.ObjectSizeLessThan].some(
    (value) => value !== undefined,
  );
  const mapped: S3LifecycleRule = {
    status: rule.Status ?? 'Disabled',
    appliesToWholeBucket: prefix === '' && !hasTagFilter && !hasSizeFilter,
    transitionCount: (rule.Transitions?.length ?? 0) + (rule.NoncurrentVersionTransitions?.length ?? 0),
  };
  if (rule.ID) mapped.id = rule.ID;
  if (prefix) mapped.prefix = prefix;
  if (rule.Expiration?.Days !== undefined) mapped.expirationDays = rule.Expiration.Days;
  if (rule.Expiration?.Date) mapped.expirationDate = new Date(rule.Expiration.Date).toISOString();
  if (rule.Expiration?.ExpiredObjectDeleteMarker !== undefined) mapped.expiredObjectDeleteMarker = rule.Expiration.ExpiredObjectDeleteMarker;
  if (rule.NoncurrentVersionExpiration?.NoncurrentDays !== undefined)
    mapped.noncurrentVersionExpirationDays = rule.NoncurrentVersionExpiration.NoncurrentDays;
  if (rule.NoncurrentVersionExpiration?.NewerNoncurrentVersions !== undefined)
    mapped.newerNoncurrentVersions = rule.NoncurrentVersionExpiration.NewerNoncurrentVersions;
  if (rule.AbortIncompleteMultipartUpload?.DaysAfterInitiation !== undefined)
    mapped.abortIncompleteMultipartUploadDays = rule.AbortIncompleteMultipartUpload.DaysAfterInitiation;
  return mapped;
}


export const s3BucketVersioningCollector = defineCollector({
  key: 's3BucketVersioning',
  scope: 'global',
  apis: [...BUCKET_LIST_APIS, 's3.GetBucketVersioning'],
  collect: async (context) => forEachBucket(context, async (bucket) => fromAttempt(await bucketVersioning(context, bucket))),
});

export const s3BucketTagsCollector = defineCollector({
  key: 's3BucketTags',
  scope: 'global',
  apis: [...BUCKET_LIST_APIS, 's3.GetBucketTagging'],
  collect: async (context) => forEachBucket(context, async (bucket) => fromAttempt(await bucketTags(context, bucket))),
});

export const s3BucketLifecycleCollector = defineCollector({
  key: 's3BucketLifecycle',
  scope: 'global',
  apis: [...BUCKET_LIST_APIS, 's3.GetBucketLifecycleConfiguration'],
  collect: async (context) =>
    forEachBucket<S3BucketLifecycle>(context, async (bucket) => {
      const response = await attempt(
        context,
        {
          api: 's3.GetBucketLifecycleConfiguration',
          region: bucket.region,
          resourceArn: bucket.arn,
          absentOn: ['NoSuchLifecycleConfiguration'],
        },
        () => context.clients.get('s3', bucket.region).send(new GetBucketLifecycleConfigurationCommand({ Bucket: bucket.name })),
      );
      if (!response.ok) return { failures: [response.failure] };
      const rules = response.value?.Rules;
      return {
        item: { arn: bucket.arn, bucket: bucket.name, region: bucket.region, rules: rules ? rules.map(toLifecycleRule) : null },
        failures: [],
      };
    }),
});

/**
 * For every bucket carrying the expiry tag: does it still hold objects, or versions / delete markers?
 * MaxKeys 1 and booleans only: the scanner never keeps object keys. Whether the expiry date has passed is the
 * check's business (collectors do not read the clock).
 */
export const s3BucketObjectPresenceCollector = defineCollector({
  key: 's3BucketObjectPresence',
  scope: 'global',
  apis: [...BUCKET_LIST_APIS, 's3.GetBucketTagging', 's3.GetBucketVersioning', 's3.ListObjectsV2', 's3.ListObjectVersions'],
  collect: async (context) =>
    forEachBucket<S3BucketObjectPresence>(context, async (bucket) => {
      const tags = await bucketTags(context, bucket);
      if (!tags.ok) return { failures: [tags.failure] };
      if (!(context.settings.dbgapTags.expiry in tags.value.tags)) return { failures: [] };
      const client = context.clients.get('s3', bucket.region);
      const where = { region: bucket.region, resourceArn: bucket.arn };
      const current = await attemptRequired(context, { api: 's3.ListObjectsV2', ...where }, () =>
        client.send(new ListObjectsV2Command({ Bucket: bucket.name, MaxKeys: 1 })),
      );
      if (!current.ok) return { failures: [current.failure] };
      const hasCurrentObjects = (current.value.KeyCount ?? current.value.Contents?.length ?? 0) > 0;
      const item: S3BucketObjectPresence = { arn: bucket.arn, bucket: bucket.name, region: bucket.region, hasCurrentObjects, hasVersionsOrDeleteMarkers: null };
      if (hasCurrentObjects) return { item, failures: [] };
      // Suspended buckets keep their old versions; unknown versioning is treated as possibly versioned.
      const versioning = await bucketVersioning(context, bucket);
      if (versioning.ok && versioning.value.status === null) return { item, failures: [] };
      const versions = await attemptRequired(context, { api: 's3.ListObjectVersions', ...where }, () =>
        client.send(new ListObjectVersionsCommand({ Bucket: bucket.name, MaxKeys: 1 })),
      );
      if (!versions.ok) return { failures: [versions.failure] };
      item.hasVersionsOrDeleteMarkers =
        (versions.value.Versions?.length ?? 0) + (versions.value.DeleteMarkers?.length ?? 0) > 0 || versions.value.IsTruncated === true;
      return { item, failures: [] };
    }),
});

export const s3BucketObjectLockCollector = defineCollector({
  key: 's3BucketObjectLock',
  scope: 'global',
  apis: [...BUCKET_LIST_APIS, 's3.GetObjectLockConfiguration'],
  collect: async (context) =>
    forEachBucket<S3BucketObjectLock>(context, async (bucket) => {
      const response = await attempt(
        context,
        {
          api: 's3.GetObjectLockConfiguration',
          region: bucket.region,
          resourceArn: bucket.arn,
          absentOn: ['ObjectLockConfigurationNotFoundError'],
        },
        () => context.clients.get('s3', bucket.region).send(new GetObjectLockConfigurationCommand({ Bucket: bucket.name })),
      );
      if (!response.ok) return { failures: [response.failure] };
      const configuration = response.value?.ObjectLockConfiguration;
      const retention = configuration?.Rule?.DefaultRetention;
      let defaultRetention: S3BucketObjectLock['defaultRetention'] = null;
      if (retention?.Mode) {
        defaultRetention = { mode: retention.Mode };
        if (retention.Days !== undefined) defaultRetention.days = retention.Days;
        if (retention.Years !== undefined) defaultRetention.years = retention.Years;
      }
      return {
        item: {
          arn: bucket.arn,
          bucket: bucket.name,
          region: bucket.region,
          enabled: configuration?.ObjectLockEnabled === 'Enabled',
          defaultRetention,
        },
        failures: [],
      };
    }),
});
