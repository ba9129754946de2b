import { defineCheck, fail, pass } from '../../src/model/check.js';
import {
  baseOperator,
  conditionValues,
  normalizePolicy,
  statementCoversResource,
  type PolicyStatement,
} from '../../src/model/policy.js';

/** Deny with Bool/BoolIfExists aws:SecureTransport = false (boolean, string or list; any case). */
function deniesInsecureTransport(statement: PolicyStatement): boolean {
  if (statement.effect !== 'Deny' || !statement.principal?.everyone) return false;
  const values = conditionValues(statement, 'aws:SecureTransport', (operator) => baseOperator(operator) === 'Bool');
  return values?.some((value) => value.toLowerCase() === 'false') ?? false;
}

/** `s3:*` or `*` (any case); a NotAction list that exempts any S3 action does not count. */
function coversAllS3Actions(statement: PolicyStatement): boolean {
  if (statement.actions) return statement.actions.some((action) => action === '*' || action.toLowerCase() === 's3:*');
  if (statement.notActions) {
    return !statement.notActions.some((action) => action === '*' || action.toLowerCase().startsWith('s3:'));
  }
  return false;
}

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
  evaluate({ s3BucketPolicies }) {
    return s3BucketPolicies.map((bucket) => {
      if (bucket.policy === null) return fail(bucket, `Bucket ${bucket.bucket} has no bucket policy, so plain-HTTP requests are allowed.`);
      const policy = normalizePolicy(bucket.policy);
      if (!policy) return fail(bucket, `Bucket ${bucket.bucket} has a policy that could not be read as a policy document.`);
      const denials = policy.statements.filter((statement) => deniesInsecureTransport(statement) && coversAllS3Actions(statement));
      const objectArn = `${bucket.arn}/*`;
      const full = denials.find(
        (statement) => statementCoversResource(statement, bucket.arn) && statementCoversResource(statement, objectArn),
      );
      if (full) return pass(bucket, `Bucket ${bucket.bucket} denies every S3 request made without TLS.`);
      // Decision: a Deny scoped to objects only protects object reads and writes but leaves bucket-level calls
      // (ListBucket, which exposes object keys) open over HTTP: a finding, one level below the check's severity.
      if (denials.some((statement) => statementCoversResource(statement, objectArn))) {
        return fail(
          bucket,
          `Bucket ${bucket.bucket} denies non-TLS requests for objects only (${objectArn}); bucket-level requests such as ListBucket may still use plain HTTP.`,
          'medium',
        );
      }
      return fail(bucket, `Bucket ${bucket.bucket} has no Deny on all S3 actions when aws:SecureTransport is false.`);
    });
  },
});
