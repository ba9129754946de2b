import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { isDbgapBucket } from '../../src/rules/data-classification.js';
import { describeAnswer, parsePolicy, type Outsider, type ParsedPolicy } from '../../src/rules/iam-policy/index.js';
import { bucketRequestsThrough } from '../../src/rules/s3-bucket-requests.js';

/**
 * Stolen credentials used from outside: a principal of the bucket's own account that the policy does not single out
 * (a named break-glass role may be exempted), calling from an address or through a VPC endpoint the policy does not
 * name. AWS service principals are not this caller, so exempting them (aws:PrincipalIsAWSService) is fine.
 */
const OUTSIDE_CALLER: Outsider = { kind: 'own-account', principals: 'ordinary', network: 'outside' };
const NETWORK_KEYS: Record<string, string> = { 'aws:sourceip': 'aws:SourceIp', 'aws:sourcevpce': 'aws:SourceVpce', 'aws:sourcevpc': 'aws:SourceVpc', 'aws:sourcevpcarn': 'aws:SourceVpcArn', 'aws:vpcsourceip': 'aws:VpcSourceIp' };

/** The network keys the policy's Deny statements read, for messages. */
function networkKeys(policy: ParsedPolicy): string[] {
  const keys = new Set(policy.statements.filter((statement) => statement.effect === 'Deny').flatMap((statement) => statement.keys));
  return Object.entries(NETWORK_KEYS).filter(([key]) => keys.has(key)).map(([, name]) => name);
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
  evaluate({ s3BucketTags, s3BucketPolicies }, { account, settings, now }) {
    const policies = new Map(s3BucketPolicies.map((entry) => [entry.arn, entry]));
    return s3BucketTags
      .filter((bucket) => isDbgapBucket(bucket.bucket, bucket.tags, settings))
      .map((bucket) => {
        const label = `dbGaP bucket ${bucket.bucket}`;
        const entry = policies.get(bucket.arn);
        if (!entry) return error(bucket, `${label}: its bucket policy was not collected.`);
        if (entry.policy === null) return fail(bucket, `${label} has no bucket policy, so requests are accepted from any network.`);
        const policy = parsePolicy(entry.policy);
        if (!policy) return error(bucket, `${label} has a bucket policy that could not be read as a policy document, so whether it restricts networks is unknown.`);
        const through = bucketRequestsThrough({ policy, bucketArn: bucket.arn, outsiders: [OUTSIDE_CALLER], account, trustedAccounts: settings.allowedAccounts, now });
        const keys = networkKeys(policy);
        if (!through) {
          return pass(bucket, `${label} denies requests from outside the networks it names (${keys.join(', ') || 'no network key'}) on the bucket and its objects.`);
        }
        const { answer } = through;
        if (answer.verdict === 'unknown') return error(bucket, `${label}: whether its policy stops requests from other networks is unknown: ${describeAnswer(answer)}.`);
        if (through.objectsProtected) {
          return fail(bucket, `${label} restricts the network for object requests only; bucket-level requests such as ListBucket (which reveal object keys) are accepted from any network: ${describeAnswer(answer)}.`, 'low');
        }
        const why = keys.length === 0 ? 'it has no Deny on aws:SourceIp, aws:SourceVpce or aws:SourceVpc' : `its Deny on ${keys.join(', ')} does not stop every request from elsewhere`;
        return fail(bucket, `${label} accepts requests from outside approved networks (${why}): ${describeAnswer(answer)}.`);
      });
  },
});
