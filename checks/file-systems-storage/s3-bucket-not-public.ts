import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { effectiveBlocks, PUBLIC_GRANTEE_URIS } from '../../src/rules/s3-public-access.js';
import { normalizePolicy, publicStatements } from '../../src/model/policy.js';

function granteeName(uri: string): string {
  return uri.endsWith('/AllUsers') ? 'AllUsers' : 'AuthenticatedUsers';
}

export default defineCheck({
  id: 's3-bucket-not-public',
  title: 'No S3 bucket is public through its bucket policy or its ACL',
  controlArea: 'file-systems-storage',
  severity: 'critical',
  nist: {
    sp800_53r5: ['AC-3', 'AC-6', 'SC-7', 'AC-21'],
    sp800_171r2: ['3.1.1', '3.1.3', '3.13.5', '3.1.22'],
    sp800_171r3: ['03.01.01', '03.01.03', '03.01.22', '03.13.01'],
  },
  needs: ['s3Buckets', 's3BucketPolicyStatus', 's3BucketPolicies', 's3BucketAcls', 's3BucketOwnership', 's3BucketPublicAccessBlock', 's3AccountPublicAccessBlock'],
  rationale:
    'A bucket readable by anyone on the internet (or by any AWS customer) is a reportable breach of controlled-access data. Exposure can come from the bucket policy or from an ACL grant, and is only neutralized by Block Public Access or by disabling ACLs.',
  remediation: {
    summary:
      'Remove public bucket policy statements and public ACL grants. Then enable Block Public Access and set Object Ownership to BucketOwnerEnforced.',
    cli: 'aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true  # blocks public access whatever the policy and ACLs say',
    docUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  },
  evaluate(items) {
    const byArn = <T extends { arn: string }>(list: T[]) => new Map(list.map((entry) => [entry.arn, entry]));
    const statuses = byArn(items.s3BucketPolicyStatus);
    const policies = byArn(items.s3BucketPolicies);
    const acls = byArn(items.s3BucketAcls);
    const ownership = byArn(items.s3BucketOwnership);
    const blocks = byArn(items.s3BucketPublicAccessBlock);
    const account = items.s3AccountPublicAccessBlock[0];
    return items.s3Buckets.map((bucket) => {
      const name = `Bucket ${bucket.name}`;
      const status = statuses.get(bucket.arn);
      const policy = policies.get(bucket.arn);
      const acl = acls.get(bucket.arn);
      const owner = ownership.get(bucket.arn);
      const block = blocks.get(bucket.arn);
      if (!status || !acl || !owner || !block || (status.status === 'unsupported' && !policy)) {
        return error(bucket, `${name} could not be evaluated: part of its access configuration was not collected.`);
      }
      if (status.status === 'unsupported' && policy?.policy != null && !normalizePolicy(policy.policy)) {
        return error(bucket, `${name}: GetBucketPolicyStatus is not available here and the bucket policy could not be read as a policy document.`);
      }
      const effective = effectiveBlocks(block.configuration, account?.configuration);
      const exposures: string[] = [];
      const unknowns: string[] = [];

      // Policy: AWS's own verdict when available; otherwise the policy document itself.
      const policyIsPublic =
        status.status === 'public' ||
        (status.status === 'unsupported' && publicStatements(policy?.policy ?? null).length > 0);
      if (policyIsPublic) {
        if (effective.restrictPublicBuckets) {
          // Neutralized: RestrictPublicBuckets limits access to AWS principals of this account and service principals.
        } else if (!account && !block.configuration?.restrictPublicBuckets) {
          unknowns.push('its policy is public and the account-level RestrictPublicBuckets could not be read');
        } else {
          exposures.push('its bucket policy grants public access');
        }
      }

      const publicGrants = acl.grants.filter((grant) => grant.granteeUri && PUBLIC_GRANTEE_URIS.includes(grant.granteeUri));
      const aclsEnabled = owner.objectOwnership !== 'BucketOwnerEnforced';
      if (publicGrants.length > 0 && aclsEnabled) {
        const grants = publicGrants.map((grant) => `${granteeName(grant.granteeUri ?? '')}:${grant.permission}`).join(', ');
        if (effective.ignorePublicAcls) {
          // Neutralized by IgnorePublicAcls.
        } else if (!account && !block.configuration?.ignorePublicAcls) {
          unknowns.push(`its ACL grants ${grants} and the account-level IgnorePublicAcls could not be read`);
        } else {
          exposures.push(`its ACL grants ${grants}`);
        }
      }

      if (exposures.length > 0) return fail(bucket, `${name} is public: ${exposures.join('; ')}.`);
      if (unknowns.length > 0) return error(bucket, `${name} may be public: ${unknowns.join('; ')}.`);
      return pass(bucket, `${name} is not public through its policy or ACL.`);
    });
  },
});
