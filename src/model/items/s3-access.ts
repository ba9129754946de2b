/** Inventory items for S3 public exposure: Block Public Access, policy status, ACLs, object ownership. */
import type { ResourceRef } from '../inventory.js';

export interface PublicAccessBlockSettings {
  blockPublicAcls: boolean;
  ignorePublicAcls: boolean;
  blockPublicPolicy: boolean;
  restrictPublicBuckets: boolean;
}

export interface S3AccountPublicAccessBlock extends ResourceRef {
  accountId: string;
  /** null when the account has no configuration (NoSuchPublicAccessBlockConfiguration). */
  configuration: PublicAccessBlockSettings | null;
}

export interface S3BucketPublicAccessBlock extends ResourceRef {
  bucket: string;
  region: string;
  /** null when the bucket has no configuration of its own. */
  configuration: PublicAccessBlockSettings | null;
}

export interface S3BucketPolicyStatus extends ResourceRef {
  bucket: string;
  region: string;
  /**
   * AWS's own verdict: `public`, `not-public`, `no-policy` (NoSuchBucketPolicy), or `unsupported` when the endpoint
   * does not implement GetBucketPolicyStatus (some emulators): then the policy itself must be evaluated.
   */
  status: 'public' | 'not-public' | 'no-policy' | 'unsupported';
}

export interface S3AclGrant {
  /** CanonicalUser | Group | AmazonCustomerByEmail */
  granteeType: string;
  granteeUri?: string;
  granteeId?: string;
  permission: string;
}

export interface S3BucketAcl extends ResourceRef {
  bucket: string;
  region: string;
  ownerId?: string;
  grants: S3AclGrant[];
}

export interface S3BucketOwnership extends ResourceRef {
  bucket: string;
  region: string;
  /** BucketOwnerEnforced | BucketOwnerPreferred | ObjectWriter, or null when none is set (OwnershipControlsNotFoundError). */
  objectOwnership: string | null;
}

declare module '../inventory.js' {
  interface InventoryItems {
    s3AccountPublicAccessBlock: S3AccountPublicAccessBlock;
    s3BucketPublicAccessBlock: S3BucketPublicAccessBlock;
    s3BucketPolicyStatus: S3BucketPolicyStatus;
    s3BucketAcls: S3BucketAcl;
    s3BucketOwnership: S3BucketOwnership;
  }
}

export const BLOCK_SETTING_NAMES = ['blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets'] as const;

export function hasAllFourBlocks(settings: PublicAccessBlockSettings | null | undefined): boolean {
  return !!settings && BLOCK_SETTING_NAMES.every((name) => settings[name]);
}

/** S3 applies the more restrictive of the bucket and account settings, one setting at a time. */
export function effectiveBlocks(
  bucket: PublicAccessBlockSettings | null | undefined,
  account: PublicAccessBlockSettings | null | undefined,
): PublicAccessBlockSettings {
  const on = (name: (typeof BLOCK_SETTING_NAMES)[number]) => Boolean(bucket?.[name]) || Boolean(account?.[name]);
  return {
    blockPublicAcls: on('blockPublicAcls'),
    ignorePublicAcls: on('ignorePublicAcls'),
    blockPublicPolicy: on('blockPublicPolicy'),
    restrictPublicBuckets: on('restrictPublicBuckets'),
  };
}

export const PUBLIC_GRANTEE_URIS = [
  'http://acs.amazonaws.com/groups/global/AllUsers',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
];
