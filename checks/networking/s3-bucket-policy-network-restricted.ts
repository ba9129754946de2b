import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { isDbgapBucket } from '../../src/rules/data-classification.js';
import {
  baseOperator,
  normalizePolicy,
  statementCoversAction,
  statementCoversResource,
  type PolicyCondition,
  type PolicyStatement,
} from '../../src/model/policy.js';

const NETWORK_KEYS = new Set(['aws:sourceip', 'aws:sourcevpce', 'aws:sourcevpc']);
/** Representative data-path actions a network Deny must cover: reading and writing objects, listing keys. */
const OBJECT_ACTIONS = ['s3:GetObject', 's3:PutObject'];
const BUCKET_ACTIONS = ['s3:ListBucket'];

/** NotIpAddress on aws:SourceIp, StringNotEquals/StringNotLike on aws:SourceVpce or aws:SourceVpc, with real values. */
function isNetworkCondition(condition: PolicyCondition): boolean {
  if (!NETWORK_KEYS.has(condition.key) || condition.values.length === 0) return false;
  const operator = baseOperator(condition.operator);
  if (condition.key === 'aws:sourceip') {
    // "not in 0.0.0.0/0" is never true, so such a Deny never applies.
    return operator === 'NotIpAddress' && !condition.values.some((value) => /\/0$/.test(value.trim()));
  }
  return (operator === 'StringNotEquals' || operator === 'StringNotLike') && !condition.values.some((value) => value.trim() === '*');
}

/**
 * Conditions besides the network ones may only exempt callers (negated operators: "deny unless the caller is the
 * break-glass role"), or exempt AWS services (`aws:PrincipalIsAWSService`/`aws:ViaAWSService` = false), which the
 * whitepaper pattern needs for CloudTrail and replication. A positive condition on anything else narrows the Deny
 * to some requests only (e.g. `aws:SecureTransport` = false), so the statement no longer restricts the network.
 */
function isExemption(condition: PolicyCondition): boolean {
  const operator = baseOperator(condition.operator);
  if (operator.includes('Not')) return true;
  return (
    operator === 'Bool' &&
    (condition.key === 'aws:principalisawsservice' || condition.key === 'aws:viaawsservice') &&
    condition.values.every((value) => value.toLowerCase() === 'false')
  );
}

function restrictsNetwork(statement: PolicyStatement): boolean {
  if (statement.effect !== 'Deny' || !statement.principal?.everyone) return false;
  const network = statement.conditions.filter(isNetworkCondition);
  return network.length > 0 && statement.conditions.every((condition) => isNetworkCondition(condition) || isExemption(condition));
}

function coversAll(statement: PolicyStatement, arn: string, actions: readonly string[]): boolean {
  return statementCoversResource(statement, arn) && actions.every((action) => statementCoversAction(statement, action));
}

function describeConditions(statements: PolicyStatement[]): string {
  const keys = new Set(statements.flatMap((statement) => statement.conditions.filter(isNetworkCondition).map((condition) => condition.key)));
  return [...keys].sort().join(' / ');
}

export default defineCheck({
  id: 's3-bucket-policy-network-restricted',
  title: 'dbGaP bucket policies deny requests from outside approved networks',
  controlArea: 'networking',
  severity: 'medium',
  nist: { sp800_53r5: ['AC-3', 'AC-4', 'AC-17', 'SC-7'], sp800_171r2: ['3.1.3', '3.13.1'], sp800_171r3: ['03.01.03', '03.13.01'] },
  needs: ['s3BucketTags', 's3BucketPolicies'],
  rationale:
    'Stolen or leaked credentials work from anywhere on the internet unless the bucket itself refuses requests that do not come from the institution\'s network or VPC endpoints. A Deny on source IP or VPC endpoint turns the network perimeter into a second factor for controlled-access data. Requests through a VPC endpoint carry no public source IP, so IP and endpoint conditions are usually combined, and AWS service principals need an exemption.',
  remediation: {
    summary:
      'Deny access to the bucket from outside approved networks. Add a Deny for all principals and all S3 actions unless aws:SourceIp is an approved CIDR or aws:SourceVpce an approved VPC endpoint (exempting AWS service principals). Check the values first: a wrong Deny locks out every principal, you included (the root user can still delete the policy).',
    cli: `aws s3api get-bucket-policy --bucket BUCKET --query Policy --output text > policy.json && jq '.Statement += [{"Sid":"DenyOutsideApprovedNetworks","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::BUCKET","arn:aws:s3:::BUCKET/*"],"Condition":{"NotIpAddress":{"aws:SourceIp":["203.0.113.0/24"]},"StringNotEquals":{"aws:SourceVpce":["vpce-0123456789abcdef0"]},"Bool":{"aws:PrincipalIsAWSService":"false"}}}]' policy.json > merged.json && aws s3api put-bucket-policy --bucket BUCKET --policy file://merged.json  # merges into the existing policy (put-bucket-policy replaces it whole); with none yet (NoSuchBucketPolicy) start policy.json from {"Version":"2012-10-17","Statement":[]}`,
    docUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies-vpc-endpoint.html',
  },
  evaluate({ s3BucketTags, s3BucketPolicies }, { settings }) {
    const policies = new Map(s3BucketPolicies.map((entry) => [entry.arn, entry]));
    return s3BucketTags
      .filter((bucket) => isDbgapBucket(bucket.bucket, bucket.tags, settings))
      .map((bucket) => {
        const label = `dbGaP bucket ${bucket.bucket}`;
        const entry = policies.get(bucket.arn);
        if (!entry) return error(bucket, `${label}: its bucket policy was not collected.`);
        if (entry.policy === null) return fail(bucket, `${label} has no bucket policy, so requests are accepted from any network.`);
        const policy = normalizePolicy(entry.policy);
        if (!policy) return fail(bucket, `${label} has a bucket policy that could not be read as a policy document.`);
        const restricting = policy.statements.filter(restrictsNetwork);
        const objectArn = `${bucket.arn}/*`;
        const onObjects = restricting.filter((statement) => coversAll(statement, objectArn, OBJECT_ACTIONS));
        const onBucket = restricting.filter((statement) => coversAll(statement, bucket.arn, BUCKET_ACTIONS));
        if (onObjects.length > 0 && onBucket.length > 0) {
          return pass(bucket, `${label} denies requests from outside approved networks (${describeConditions([...onObjects, ...onBucket])}) on the bucket and its objects.`);
        }
        if (onObjects.length > 0) {
          return fail(bucket, `${label} restricts the network for object reads and writes only; bucket-level requests such as ListBucket (which reveal object keys) are accepted from any network.`, 'low');
        }
        if (restricting.length > 0) {
          return fail(bucket, `${label} has a network-restricting Deny that does not cover reading and writing its objects (s3:GetObject, s3:PutObject on ${objectArn}).`);
        }
        const narrowed = policy.statements.some(
          (statement) => statement.effect === 'Deny' && statement.conditions.some(isNetworkCondition) && !restrictsNetwork(statement),
        );
        return narrowed
          ? fail(bucket, `${label} has a source-network Deny that applies only to some principals or requests (a non-"*" principal or an extra narrowing condition).`)
          : fail(bucket, `${label} has no Deny on aws:SourceIp, aws:SourceVpce or aws:SourceVpc: requests are accepted from any network.`);
      });
  },
});
