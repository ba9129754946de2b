import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { describeAnswer, parsePolicy, type Outsider } from '../../src/rules/iam-policy/index.js';
import { bucketRequestsThrough } from '../../src/rules/s3-bucket-requests.js';

/**
 * Who might send a plain-HTTP request: any principal of the bucket's own account (an identity policy can allow it),
 * and the outsiders the bucket policy itself may admit.
 */
const HTTP_CALLERS: readonly Outsider[] = [
  { kind: 'own-account', principals: 'any', network: 'anywhere' },
  { kind: 'anonymous' },
  { kind: 'any-account' },
];

export default defineCheck({
  id: 's3-bucket-ssl-only',
  title: 'S3 buckets deny requests that do not use TLS',
  controlArea: 'data-encryption',
  severity: 'high',
  nist: { sp800_53r5: ['SC-8', 'SC-8(1)', 'AC-17(2)', 'SC-13'], sp800_171r2: ['3.13.8', '3.1.13', '3.13.11'], sp800_171r3: ['03.13.08', '03.13.11'] },
  needs: ['s3BucketPolicies'],
  rationale:
    'Controlled-access genomic data must be encrypted in transit. S3 still answers plain-HTTP requests unless the bucket policy denies them, so one misconfigured client can move data in clear text.',
  remediation: {
    summary:
      'Deny requests without TLS (aws:SecureTransport false) in the policy. Add the statement for all principals and all S3 actions on the bucket and its objects, merged into the existing bucket policy.',
    cli: `aws s3api get-bucket-policy --bucket BUCKET --query Policy --output text > policy.json && jq '.Statement += [{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::BUCKET","arn:aws:s3:::BUCKET/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]' policy.json > merged.json && aws s3api put-bucket-policy --bucket BUCKET --policy file://merged.json  # merges into the existing policy (put-bucket-policy replaces it whole); with none yet (NoSuchBucketPolicy) start policy.json from {"Version":"2012-10-17","Statement":[]}`,
    docUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
  },
  evaluate({ s3BucketPolicies }, { account, settings, now }) {
    return s3BucketPolicies.map((bucket) => {
      const label = `Bucket ${bucket.bucket}`;
      if (bucket.policy === null) return fail(bucket, `${label} has no bucket policy, so plain-HTTP requests are allowed.`);
      const policy = parsePolicy(bucket.policy);
      if (!policy) return error(bucket, `${label} has a bucket policy that could not be read as a policy document, so whether it denies plain HTTP is unknown.`);
      const through = bucketRequestsThrough({
        policy,
        bucketArn: bucket.arn,
        outsiders: HTTP_CALLERS,
        account,
        trustedAccounts: settings.allowedAccounts,
        now,
        transport: 'http',
      });
      if (!through) return pass(bucket, `${label} denies every S3 request made without TLS, whoever sends it.`);
      const { answer } = through;
      if (answer.verdict === 'unknown') return error(bucket, `${label}: whether its policy denies every plain-HTTP request is unknown: ${describeAnswer(answer)}.`);
      // Decision: a Deny that covers the objects but not the bucket leaves bucket-level calls (ListBucket, which exposes
      // object keys) open over HTTP: a finding one level below the check's severity.
      if (through.objectsProtected) {
        return fail(bucket, `${label} denies plain HTTP for its objects only: ${describeAnswer(answer)}.`, 'medium');
      }
      return fail(bucket, `${label} does not deny every plain-HTTP request: ${describeAnswer(answer)}.`);
    });
  },
});
