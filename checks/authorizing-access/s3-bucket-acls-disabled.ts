import { defineCheck, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 's3-bucket-acls-disabled',
  title: 'S3 bucket ACLs are disabled (Object Ownership is BucketOwnerEnforced)',
  controlArea: 'authorizing-access',
  severity: 'medium',
  nist: { sp800_53r5: ['AC-3', 'AC-6'], sp800_171r2: ['3.1.1', '3.1.2'], sp800_171r3: ['03.01.02'] },
  needs: ['s3BucketOwnership'],
  rationale:
    'With ACLs enabled, access to individual objects can be granted outside the bucket policy and IAM, where access reviews against the DAC-approved user list never look. Enforcing bucket-owner ownership keeps every grant in reviewable policies.',
  remediation: {
    summary:
      'Set Object Ownership to BucketOwnerEnforced to disable ACLs. Move any ACL-based grants into the bucket policy first: ACLs stop granting access.',
    cli: 'aws s3api put-bucket-ownership-controls --bucket BUCKET --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]  # ACL grants stop working: move them into the bucket policy first',
    docUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
  },
  evaluate({ s3BucketOwnership }) {
    return s3BucketOwnership.map((bucket) => {
      if (bucket.objectOwnership === 'BucketOwnerEnforced') return pass(bucket, `Bucket ${bucket.bucket} has ACLs disabled (BucketOwnerEnforced).`);
      return bucket.objectOwnership === null
        ? fail(bucket, `Bucket ${bucket.bucket} has no ownership controls, so ACLs are enabled.`)
        : fail(bucket, `Bucket ${bucket.bucket} has Object Ownership ${bucket.objectOwnership}, so ACLs are still honoured.`);
    });
  },
});
