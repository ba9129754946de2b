/** The S3 collectors, one per inventory key. Every bucket-level call goes to the bucket's own region. */
import { s3BucketEncryptionCollector, s3BucketPoliciesCollector, s3BucketsCollector } from './buckets.js';
import { s3BucketLoggingCollector, s3BucketReplicationCollector } from './configuration.js';
import {
  s3AccountPublicAccessBlockCollector,
  s3BucketAclsCollector,
  s3BucketOwnershipCollector,
  s3BucketPolicyStatusCollector,
  s3BucketPublicAccessBlockCollector,
} from './public-access.js';
import {
  s3BucketLifecycleCollector,
  s3BucketObjectLockCollector,
  s3BucketObjectPresenceCollector,
  s3BucketTagsCollector,
  s3BucketVersioningCollector,
} from './retention.js';

export const s3Collectors = {
  s3AccountPublicAccessBlock: s3AccountPublicAccessBlockCollector,
  s3BucketAcls: s3BucketAclsCollector,
  s3BucketEncryption: s3BucketEncryptionCollector,
  s3BucketLifecycle: s3BucketLifecycleCollector,
  s3BucketLogging: s3BucketLoggingCollector,
  s3BucketObjectLock: s3BucketObjectLockCollector,
  s3BucketObjectPresence: s3BucketObjectPresenceCollector,
  s3BucketOwnership: s3BucketOwnershipCollector,
  s3BucketPolicies: s3BucketPoliciesCollector,
  s3BucketPolicyStatus: s3BucketPolicyStatusCollector,
  s3BucketPublicAccessBlock: s3BucketPublicAccessBlockCollector,
  s3BucketReplication: s3BucketReplicationCollector,
  s3Buckets: s3BucketsCollector,
  s3BucketTags: s3BucketTagsCollector,
  s3BucketVersioning: s3BucketVersioningCollector,
} as const;
