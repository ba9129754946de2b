import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { bucketAccessFacts, bucketExposure } from '../../src/rules/s3-bucket-exposure.js';
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
  evaluate(items, { account, now }) {
    const factsOf = bucketAccessFacts(items);
    return items.s3Buckets.map((bucket) => {
      const name = `Bucket ${bucket.name}`;
      const exposure = bucketExposure(factsOf(bucket), { account, now });
      if (exposure.status === 'public') return fail(bucket, `${name} is public: ${exposure.exposures.join('; ')}.`);
      if (exposure.status === 'unknown') return error(bucket, `${name} may be public: ${exposure.unknowns.join('; ')}.`);
      return pass(bucket, `${name} is not public through its policy or ACL.`);
    });
  },
});
