import { z } from 'zod';
import type {
  S3AccountPublicAccessBlock,
  S3Bucket,
  S3BucketAcl,
  S3BucketEncryption,
  S3BucketLifecycle,
  S3BucketLogging,
  S3BucketObjectLock,
  S3BucketObjectPresence,
  S3BucketOwnership,
  S3BucketPolicy,
  S3BucketPolicyStatus,
  S3BucketPublicAccessBlock,
  S3BucketReplication,
  S3BucketTags,
  S3BucketVersioning,
} from '../../model/items/s3.js';
import { document, itemSchema, tags } from './common.js';

const bucket = { bucket: z.string(), region: z.string() };

export const s3Bucket = itemSchema<S3Bucket>()({ name: z.string(), region: z.string(), createdAt: z.string().optional() });
export const s3BucketPolicy = itemSchema<S3BucketPolicy>()({ ...bucket, policy: document });

export const s3BucketEncryption = itemSchema<S3BucketEncryption>()({
  ...bucket,
  rules: z.array(z.looseObject({ algorithm: z.string(), kmsKeyId: z.string().optional(), bucketKeyEnabled: z.boolean().optional() })).nullable(),
});

export const s3BucketVersioning = itemSchema<S3BucketVersioning>()({ ...bucket, status: z.string().nullable(), mfaDelete: z.string().nullable() });
export const s3BucketTags = itemSchema<S3BucketTags>()({ ...bucket, tags });

const lifecycleRule = z.looseObject({
  id: z.string().optional(),
  status: z.string(),
  appliesToWholeBucket: z.boolean(),
  prefix: z.string().optional(),
  expirationDays: z.number().optional(),
  expirationDate: z.string().optional(),
  expiredObjectDeleteMarker: z.boolean().optional(),
  noncurrentVersionExpirationDays: z.number().optional(),
  newerNoncurrentVersions: z.number().optional(),
  abortIncompleteMultipartUploadDays: z.number().optional(),
  transitionCount: z.number(),
});

export const s3BucketLifecycle = itemSchema<S3BucketLifecycle>()({ ...bucket, rules: z.array(lifecycleRule).nullable() });

export const s3BucketObjectPresence = itemSchema<S3BucketObjectPresence>()({
  ...bucket,
  hasCurrentObjects: z.boolean(),
  hasVersionsOrDeleteMarkers: z.boolean().nullable(),
});

export const s3BucketObjectLock = itemSchema<S3BucketObjectLock>()({
  ...bucket,
  enabled: z.boolean(),
  defaultRetention: z.looseObject({ mode: z.string(), days: z.number().optional(), years: z.number().optional() }).nullable(),
});

const publicAccessBlock = z
  .looseObject({ blockPublicAcls: z.boolean(), ignorePublicAcls: z.boolean(), blockPublicPolicy: z.boolean(), restrictPublicBuckets: z.boolean() })
  .nullable();

export const s3AccountPublicAccessBlock = itemSchema<S3AccountPublicAccessBlock>()({ accountId: z.string(), configuration: publicAccessBlock });
export const s3BucketPublicAccessBlock = itemSchema<S3BucketPublicAccessBlock>()({ ...bucket, configuration: publicAccessBlock });
export const s3BucketPolicyStatus = itemSchema<S3BucketPolicyStatus>()({ ...bucket, status: z.enum(['public', 'not-public', 'no-policy', 'unsupported']) });

export const s3BucketAcl = itemSchema<S3BucketAcl>()({
  ...bucket,
  ownerId: z.string().optional(),
  grants: z.array(z.looseObject({ granteeType: z.string(), granteeUri: z.string().optional(), granteeId: z.string().optional(), permission: z.string() })),
});

export const s3BucketOwnership = itemSchema<S3BucketOwnership>()({ ...bucket, objectOwnership: z.string().nullable() });

export const s3BucketReplication = itemSchema<S3BucketReplication>()({
  ...bucket,
  rules: z
    .array(z.looseObject({ id: z.string().optional(), status: z.string(), destinationBucketArn: z.string(), destinationAccount: z.string().optional() }))
    .nullable(),
});

export const s3BucketLogging = itemSchema<S3BucketLogging>()({ ...bucket, targetBucket: z.string().nullable(), targetPrefix: z.string().optional() });
