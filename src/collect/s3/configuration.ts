import { GetBucketLoggingCommand, GetBucketReplicationCommand } from '@aws-sdk/client-s3';
import { attempt, attemptRequired, defineCollector } from '../collector.js';
import { BUCKET_LIST_APIS, forEachBucket } from './buckets.js';
import type { S3BucketLogging, S3BucketReplication, S3ReplicationRule } from '../../model/items/s3.js';

export const s3BucketReplicationCollector = defineCollector({
  key: 's3BucketReplication',
  scope: 'global',
  apis: [...BUCKET_LIST_APIS, 's3.GetBucketReplication'],
  collect: (context) =>
    forEachBucket<S3BucketReplication>(context, async (bucket) => {
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
  apis: [...BUCKET_LIST_APIS, 's3.GetBucketLogging'],
  collect: (context) =>
    forEachBucket<S3BucketLogging>(context, async (bucket) => {
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
