/** Builders for S3 public-access fixture items. */
import type { S3Bucket } from '../../src/model/items/s3.js';
import type { PublicAccessBlockSettings, S3AccountPublicAccessBlock, S3BucketAcl, S3BucketOwnership, S3BucketPolicyStatus, S3BucketPublicAccessBlock } from '../../src/model/items/s3.js';
import { ACCOUNT } from './inventory.js';

export const ALL_ON: PublicAccessBlockSettings = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true };
export const ALL_OFF: PublicAccessBlockSettings = { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false };
export const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
export const AUTHENTICATED_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';

const base = (name: string, region = 'us-east-1') => ({ arn: `arn:aws:s3:::${name}`, bucket: name, region });

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
