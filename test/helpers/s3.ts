import type { PublicAccessBlockSettings, S3AccountPublicAccessBlock, S3Bucket, S3BucketAcl, S3BucketLifecycle, S3BucketLogging, S3BucketObjectLock, S3BucketObjectPresence, S3BucketOwnership, S3BucketPolicy, S3BucketPolicyStatus, S3BucketPublicAccessBlock, S3BucketReplication, S3BucketTags, S3BucketVersioning, S3LifecycleRule, S3ReplicationRule } from '../../src/model/items/s3.js';
import { ACCOUNT } from './inventory.js';

/** The identity fields every per-bucket item shares. */
const ref = (bucket: string, region: string) => ({ arn: `arn:aws:s3:::${bucket}`, bucket, region });

export const ALL_ON: PublicAccessBlockSettings = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true };

export const ALL_OFF: PublicAccessBlockSettings = { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false };

export const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';

const base = (name: string, region = 'us-east-1') => ({ arn: `arn:aws:s3:::${name}`, bucket: name, region });

export const AUTHENTICATED_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';

export function aBucket(name: string, region = 'us-east-1'): S3Bucket {
  return { arn: `arn:aws:s3:::${name}`, name, region };
}

export function anAccountBlock(configuration: PublicAccessBlockSettings | null): S3AccountPublicAccessBlock {
  return { arn: `arn:aws:s3::${ACCOUNT.id}:account`, accountId: ACCOUNT.id, configuration };
}

export function aBucketBlock(name: string, configuration: PublicAccessBlockSettings | null): S3BucketPublicAccessBlock {
  return { ...base(name), configuration };
}

export function aPolicyStatus(name: string, status: S3BucketPolicyStatus['status']): S3BucketPolicyStatus {
  return { ...base(name), status };
}

export function anAcl(name: string, publicUris: string[] = [], permission = 'READ'): S3BucketAcl {
  return {
    ...base(name),
    ownerId: 'owner-canonical-id',
    grants: [
      { granteeType: 'CanonicalUser', granteeId: 'owner-canonical-id', permission: 'FULL_CONTROL' },
      ...publicUris.map((uri) => ({ granteeType: 'Group', granteeUri: uri, permission })),
    ],
  };
}

export function anOwnership(name: string, objectOwnership: string | null): S3BucketOwnership {
  return { ...base(name), objectOwnership };
}

export function aBucketPolicy(bucket: string, policy: unknown, region = 'us-east-1'): S3BucketPolicy {
  return { arn: `arn:aws:s3:::${bucket}`, bucket, region, policy };
}

export function aBucketTags(bucket: string, tags: Record<string, string>, region = 'us-east-1'): S3BucketTags {
  return { ...ref(bucket, region), tags };
}

export function aBucketVersioning(bucket: string, status: string | null, mfaDelete: string | null = null, region = 'us-east-1'): S3BucketVersioning {
  return { ...ref(bucket, region), status, mfaDelete };
}

export function aLifecycleRule(overrides: Partial<S3LifecycleRule> = {}): S3LifecycleRule {
  return { id: 'closeout', status: 'Enabled', appliesToWholeBucket: true, expirationDays: 365, transitionCount: 0, ...overrides };
}

export function aBucketLifecycle(bucket: string, rules: S3LifecycleRule[] | null, region = 'us-east-1'): S3BucketLifecycle {
  return { ...ref(bucket, region), rules };
}

export function anObjectPresence(bucket: string, hasCurrentObjects: boolean, hasVersionsOrDeleteMarkers: boolean | null, region = 'us-east-1'): S3BucketObjectPresence {
  return { ...ref(bucket, region), hasCurrentObjects, hasVersionsOrDeleteMarkers };
}

export function anObjectLock(
  bucket: string,
  enabled: boolean,
  defaultRetention: { mode: string; days?: number; years?: number } | null = null,
  region = 'us-east-1',
): S3BucketObjectLock {
  return { ...ref(bucket, region), enabled, defaultRetention };
}

export function aReplicationRule(destination: string, overrides: Partial<S3ReplicationRule> = {}): S3ReplicationRule {
  return { id: `to-${destination}`, status: 'Enabled', destinationBucketArn: `arn:aws:s3:::${destination}`, ...overrides };
}

export function aReplication(bucket: string, rules: S3ReplicationRule[] | null, region = 'us-east-1'): S3BucketReplication {
  return { ...ref(bucket, region), rules };
}

export function aLogging(bucket: string, targetBucket: string | null, region = 'us-east-1'): S3BucketLogging {
  return { ...ref(bucket, region), targetBucket };
}
