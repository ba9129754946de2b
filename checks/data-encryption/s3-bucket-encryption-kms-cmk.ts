import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { isDbgapBucket, severityForStore } from '../../src/rules/data-classification.js';
import type { KmsKey } from '../../src/model/items/kms.js';

/**
 * Resolve a bucket's KMSMasterKeyID (key id, key ARN, alias name or alias ARN) against the keys we collected.
 * Indexed once per evaluation: a linear search per bucket is quadratic in large accounts. An alias ARN names its
 * own region; bare ids and alias names resolve in the bucket's region.
 */
function keyFinder(keys: readonly KmsKey[]): (reference: string, bucketRegion: string) => KmsKey | undefined {
  const byArn = new Map<string, KmsKey>();
  const byRegionalName = new Map<string, KmsKey>();
  for (const key of keys) {
    if (!byArn.has(key.arn)) byArn.set(key.arn, key);
    for (const name of [key.keyId, ...(key.aliases ?? [])]) {
      const regional = `${key.region} ${name}`;
      if (!byRegionalName.has(regional)) byRegionalName.set(regional, key);
    }
  }
  return (reference, bucketRegion) => {
    const isAliasArn = reference.startsWith('arn:') && reference.includes(':alias/');
    const aliasName = isAliasArn ? reference.slice(reference.indexOf('alias/')) : reference;
    const region = isAliasArn ? (reference.split(':')[3] ?? bucketRegion) : bucketRegion;
    return byArn.get(reference) ?? byRegionalName.get(`${region} ${aliasName}`);
  };
}

function accountOfArn(arn: string): string | undefined {
  return arn.startsWith('arn:') ? arn.split(':')[4] : undefined;
}

export default defineCheck({
  id: 's3-bucket-encryption-kms-cmk',
  title: 'S3 buckets encrypt by default with a customer-managed KMS key',
  controlArea: 'data-encryption',
  severity: 'high',
  nist: { sp800_53r5: ['SC-28(1)', 'SC-13', 'SC-12'], sp800_171r2: ['3.13.16', '3.13.11'], sp800_171r3: ['03.13.08', '03.13.11'] },
  needs: ['s3BucketEncryption', 'kmsKeys', 's3BucketTags'],
  rationale:
    'Since January 2023 every bucket has SSE-S3 by default, so "encryption on" proves little. A customer-managed KMS key puts decryption behind a key policy the institution controls, logs every use in CloudTrail and allows crypto-erasure at project close-out.',
  remediation: {
    summary:
      'Set default encryption to SSE-KMS with a customer-managed key. Enable S3 Bucket Keys to limit KMS cost; writers and readers need permission on the key.',
    cli: `aws s3api put-bucket-encryption --bucket BUCKET --server-side-encryption-configuration '{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"arn:aws:kms:REGION:ACCOUNT:key/KEY_ID"},"BucketKeyEnabled":true}]}'  # applies to new objects; existing ones keep their encryption until rewritten`,
    docUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html',
  },
  evaluate({ s3BucketEncryption, kmsKeys, s3BucketTags }, { settings, account }) {
    const tagsByArn = new Map(s3BucketTags.map((entry) => [entry.arn, entry.tags]));
    const findKey = keyFinder(kmsKeys);
    return s3BucketEncryption.map((bucket) => {
      // dbGaP buckets are named in the settings or carry the dbGaP tag.
      const dbgap = isDbgapBucket(bucket.bucket, tagsByArn.get(bucket.arn), settings);
      // Decision (catalog): weaker-than-CMK encryption is a high finding on dbGaP buckets, a low one elsewhere.
      const weakSeverity = severityForStore(dbgap, 'high');
      const label = `Bucket ${bucket.bucket}${dbgap ? ' (dbGaP data)' : ''}`;
      const rule = bucket.rules?.find((candidate) => candidate.algorithm !== 'NONE');
      if (!rule) return fail(bucket, `${label} has no default encryption configured.`, 'high');
      if (rule.algorithm === 'AES256') return fail(bucket, `${label} uses SSE-S3 (AES256), not a customer-managed KMS key.`, weakSeverity);
      if (!rule.algorithm.startsWith('aws:kms')) return fail(bucket, `${label} uses ${rule.algorithm}, not SSE-KMS.`, weakSeverity);
      const reference = rule.kmsKeyId;
      if (!reference || reference.endsWith('alias/aws/s3')) {
        return fail(bucket, `${label} uses SSE-KMS with the AWS-managed key aws/s3, not a customer-managed key.`, weakSeverity);
      }
      const owner = accountOfArn(reference);
      if (owner && owner !== account.id) {
        // AWS-managed keys cannot be used across accounts, so a foreign key is customer-managed by its owner.
        return pass(bucket, `${label} uses SSE-KMS with a customer-managed key owned by account ${owner}.`);
      }
      const key = findKey(reference, bucket.region);
      if (!key) return error(bucket, `${label} uses KMS key ${reference}, which is not in the inventory (its region may not have been scanned).`);
      if (key.keyManager !== 'CUSTOMER') return fail(bucket, `${label} uses the AWS-managed KMS key ${key.arn}.`, weakSeverity);
      if (key.keyState !== 'Enabled') {
        return fail(bucket, `${label} uses customer-managed key ${key.arn}, but the key is ${key.keyState}: new writes fail and data may become unreadable.`, 'high');
      }
      return pass(bucket, `${label} uses SSE-KMS with customer-managed key ${key.arn}.`);
    });
  },
});
