import { GetBucketLoggingCommand, GetBucketReplicationCommand } from '@aws-sdk/client-s3';
import type { CollectionFailure } from '../model/failure.js';
import type { S3Bucket } from '../model/items/s3.js';
import type { S3BucketLogging, S3BucketReplication, S3ReplicationRule } from '../model/items/s3.js';
import { attempt, attemptRequired, defineCollector, mapAll, type CollectContext } from './collector.js';
import { listBuckets } from './s3.js';

const LIST_APIS = ['s3.ListBuckets', 's3.GetBucketLocation'] as const;

type BucketOutcome<T> = { item: T } | { failure: CollectionFailure };

/** One call per bucket, sent through a client in the bucket's own region. */
async function eachBucket<T>(
  context: CollectContext,
  build: (bucket: S3Bucket) => Promise<BucketOutcome<T>>,
): Promise<{ items: T[]; failures: CollectionFailure[] }> {
  const listing = await listBuckets(context);
  const outcomes = await mapAll(listing.buckets, build);
  return {
    items: outcomes.flatMap((outcome) => ('item' in outcome ? [outcome.item] : [])),
    failures: [...listing.failures, ...outcomes.flatMap((outcome) => ('failure' in outcome ? [outcome.failure] : []))],
  };
}

export const s3BucketReplicationCollector = defineCollector({
  key: 's3BucketReplication',
  scope: 'global',
  apis: [...LIST_APIS, 's3.GetBucketReplication'],
  collect: (context) =>
    eachBucket<S3BucketReplication>(context, async (bucket) => {
      const response = await attempt(
        context,
        { api: 's3.GetBucketReplication', region: bucket.region, resourceArn: bucket.arn, absentOn: ['ReplicationConfigurationNotFoundError'] },
        () => context.clients.get('s3', bucket.region).send(new GetBucketReplicationCommand({ Bucket: bucket.name })),
      );
      if (!response.ok) return { failure: response.failure };
      const rules = response.value?.ReplicationConfiguration?.Rules;
      return {
        item: {
          arn: bucket.arn,
          bucket: bucket.name,
          region: bucket.region,
          rules: rules
            ? rules.map((rule) => {
                const mapped: S3ReplicationRule = { status: rule.Status ?? 'Disabled', destinationBucketArn: rule.Destination?.Bucket ?? '' };
                if (rule.ID) mapped.id = rule.ID;
                if (rule.Destination?.Account) mapped.destinationAccount = rule.Destination.Account;
                return mapped;
              })
            : null,
        },
      };
    }),
});

export const s3BucketLoggingCollector = defineCollector({
  key: 's3BucketLogging',
  scope: 'global',
  apis: [...LIST_APIS, 's3.GetBucketLogging'],
  collect: (context) =>
    eachBucket<S3BucketLogging>(context, async (bucket) => {
      // Logging off is an empty answer, not an error.
      const response = await attemptRequired(
        context,
        { api: 's3.GetBucketLogging', region: bucket.region, resourceArn: bucket.arn },
        () => context.clients.get('s3', bucket.region).send(new GetBucketLoggingCommand({ Bucket: bucket.name })),
      );
      if (!response.ok) return { failure: response.failure };
      const enabled = response.value.LoggingEnabled;
      const item: S3BucketLogging = { arn: bucket.arn, bucket: bucket.name, region: bucket.region, targetBucket: enabled?.TargetBucket ?? null };
      if (enabled?.TargetPrefix) item.targetPrefix = enabled.TargetPrefix;
      return { item };
    }),
});
