/**
 * Is a bucket public, through its policy or its ACL, once Block Public Access is taken into account? Shared by
 * s3-bucket-not-public and cloudtrail-bucket-protected (a check never imports another check).
 *
 * The policy: S3's own verdict (GetBucketPolicyStatus) where the endpoint answers it; otherwise the policy document
 * asked through the IAM policy engine with S3's documented meaning of "public" (iam-policy/public-access.ts). The ACL:
 * grants to AllUsers or AuthenticatedUsers, unless ACLs are disabled (BucketOwnerEnforced). Block Public Access:
 * RestrictPublicBuckets neutralizes a public policy, IgnorePublicAcls a public ACL; S3 applies the more restrictive of
 * the bucket's and the account's settings, one setting at a time.
 */
import type {
  S3AccountPublicAccessBlock,
  S3Bucket,
  S3BucketAcl,
  S3BucketOwnership,
  S3BucketPolicy,
  S3BucketPolicyStatus,
  S3BucketPublicAccessBlock,
} from '../model/items/s3.js';
import { effectiveBlocks, PUBLIC_GRANTEE_URIS } from './s3-public-access.js';
import { bucketPolicyPublicAccess, describeAnswer, parsePolicy } from './iam-policy/index.js';

export interface BucketAccessFacts {
  readonly bucket: S3Bucket;
  readonly status: S3BucketPolicyStatus | undefined;
  readonly policy: S3BucketPolicy | undefined;
  readonly acl: S3BucketAcl | undefined;
  readonly ownership: S3BucketOwnership | undefined;
  readonly block: S3BucketPublicAccessBlock | undefined;
  /** undefined when the account-level settings could not be read. */
  readonly accountBlock: S3AccountPublicAccessBlock | undefined;
}

/** The keys a bucket's exposure reads. */
export interface BucketAccessItems {
  readonly s3BucketPolicyStatus: readonly S3BucketPolicyStatus[];
  readonly s3BucketPolicies: readonly S3BucketPolicy[];
  readonly s3BucketAcls: readonly S3BucketAcl[];
  readonly s3BucketOwnership: readonly S3BucketOwnership[];
  readonly s3BucketPublicAccessBlock: readonly S3BucketPublicAccessBlock[];
  readonly s3AccountPublicAccessBlock: readonly S3AccountPublicAccessBlock[];
}

/** Looks up each bucket's access facts in the inventory items (indexed once). */
export function bucketAccessFacts(items: BucketAccessItems): (bucket: S3Bucket) => BucketAccessFacts {
  const byArn = <T extends { arn: string }>(list: readonly T[]) => new Map(list.map((entry) => [entry.arn, entry]));
  const statuses = byArn(items.s3BucketPolicyStatus);
  const policies = byArn(items.s3BucketPolicies);
  const acls = byArn(items.s3BucketAcls);
  const ownership = byArn(items.s3BucketOwnership);
  const blocks = byArn(items.s3BucketPublicAccessBlock);
  const accountBlock = items.s3AccountPublicAccessBlock[0];
  return (bucket) => ({
    bucket,
    status: statuses.get(bucket.arn),
    policy: policies.get(bucket.arn),
    acl: acls.get(bucket.arn),
    ownership: ownership.get(bucket.arn),
    block: blocks.get(bucket.arn),
    accountBlock,
  });
}

export type BucketExposure =
  | { readonly status: 'public'; readonly exposures: readonly string[]; readonly unknowns: readonly string[] }
  | { readonly status: 'private' }
  | { readonly status: 'unknown'; readonly unknowns: readonly string[] };

export interface ExposureScope {
  readonly account: { readonly id: string; readonly partition: string };
  readonly now: Date;
}

function granteeName(uri: string): string {
  return uri.endsWith('/AllUsers') ? 'AllUsers' : 'AuthenticatedUsers';
}

/** Every fact must have been collected; a fact that is missing is never read as "not public". */
export function bucketExposure(facts: BucketAccessFacts, scope: ExposureScope): BucketExposure {
  const { status, policy, acl, ownership, block, accountBlock } = facts;
  // With ACLs disabled (BucketOwnerEnforced) the ACL grants nothing, so it is not collected and not needed.
  const aclsEnabled = ownership?.objectOwnership !== 'BucketOwnerEnforced';
  if (!status || !ownership || !block || (aclsEnabled && !acl) || (status.status === 'unsupported' && !policy)) {
    return { status: 'unknown', unknowns: ['part of its access configuration was not collected'] };
  }
  const exposures: string[] = [];
  const unknowns: string[] = [];
  const effective = effectiveBlocks(block.configuration, accountBlock?.configuration);

  let policyExposure: string | undefined;
  let policyUnknown: string | undefined;
  if (status.status === 'public') {
    const parsed = parsePolicy(policy?.policy ?? null);
    const found = parsed ? bucketPolicyPublicAccess(parsed, facts.bucket.arn, scope) : undefined;
    policyExposure =
      found?.answer.verdict === 'allowed'
        ? `its bucket policy grants public access: ${describeAnswer(found.answer)}`
        : 'its bucket policy grants public access (GetBucketPolicyStatus)';
  } else if (status.status === 'unsupported' && policy?.policy != null) {
    const parsed = parsePolicy(policy.policy);
    if (!parsed) return { status: 'unknown', unknowns: ['GetBucketPolicyStatus is not available here and the bucket policy could not be read as a policy document'] };
    const found = bucketPolicyPublicAccess(parsed, facts.bucket.arn, scope);
    if (found.answer.verdict === 'allowed') policyExposure = `its bucket policy grants public access: ${describeAnswer(found.answer)}`;
    else if (found.answer.verdict === 'unknown') policyUnknown = `its bucket policy may grant public access: ${describeAnswer(found.answer)}`;
  }
  if (policyExposure || policyUnknown) {
    if (effective.restrictPublicBuckets) {
      // Neutralized: RestrictPublicBuckets limits a public policy to AWS service principals and this account's principals.
    } else if (!accountBlock && !block.configuration?.restrictPublicBuckets) {
      unknowns.push(`${policyExposure ?? policyUnknown} and the account-level RestrictPublicBuckets could not be read`);
    } else if (policyExposure) exposures.push(policyExposure);
    else unknowns.push(policyUnknown as string);
  }

  const publicGrants = (acl?.grants ?? []).filter((grant) => grant.granteeUri && PUBLIC_GRANTEE_URIS.includes(grant.granteeUri));
  if (publicGrants.length > 0 && aclsEnabled) {
    const grants = publicGrants.map((grant) => `${granteeName(grant.granteeUri ?? '')}:${grant.permission}`).join(', ');
    if (effective.ignorePublicAcls) {
      // Neutralized by IgnorePublicAcls.
    } else if (!accountBlock && !block.configuration?.ignorePublicAcls) {
      unknowns.push(`its ACL grants ${grants} and the account-level IgnorePublicAcls could not be read`);
    } else {
      exposures.push(`its ACL grants ${grants}`);
    }
  }
  if (exposures.length > 0) return { status: 'public', exposures, unknowns };
  if (unknowns.length > 0) return { status: 'unknown', unknowns };
  return { status: 'private' };
}
