import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/s3-bucket-encryption-kms-cmk.js';
import type { KmsKey } from '../../../src/model/items/kms.js';
import type { S3BucketEncryption, S3EncryptionRule } from '../../../src/model/items/s3.js';
import { ACCOUNT, aFailure, run, statuses } from '../../helpers/inventory.js';
import { aKmsKey } from '../../helpers/kms.js';
import { aBucketTags } from '../../helpers/s3.js';

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT.id}:key/${KEY_ID}`;
const customerKey = aKmsKey(KEY_ID, { aliases: ['alias/genomics'] });
const awsManagedKey = aKmsKey('aws-s3-key', { keyManager: 'AWS', aliases: ['alias/aws/s3'] });

function encryption(bucket: string, rules: S3EncryptionRule[] | null, region = 'us-east-1'): S3BucketEncryption {
  return { arn: `arn:aws:s3:::${bucket}`, bucket, region, rules };
}
const kms = (kmsKeyId?: string): S3EncryptionRule[] => [{ algorithm: 'aws:kms', ...(kmsKeyId ? { kmsKeyId } : {}) }];

describe('s3-bucket-encryption-kms-cmk', () => {
  it.each<[string, S3EncryptionRule[] | null, KmsKey[], string, string | undefined]>([
    ['customer key by key id', kms(KEY_ID), [customerKey], 'pass', undefined],
    ['customer key by key ARN', kms(KEY_ARN), [customerKey], 'pass', undefined],
    ['customer key by alias name', kms('alias/genomics'), [customerKey], 'pass', undefined],
    ['customer key by alias ARN', kms(`arn:aws:kms:us-east-1:${ACCOUNT.id}:alias/genomics`), [customerKey], 'pass', undefined],
    ['DSSE-KMS with a customer key', [{ algorithm: 'aws:kms:dsse', kmsKeyId: KEY_ARN }], [customerKey], 'pass', undefined],
    ['a cross-account key ARN', kms('arn:aws:kms:us-east-1:210987654321:key/other'), [], 'pass', undefined],
    ['SSE-S3 (AES256)', [{ algorithm: 'AES256' }], [customerKey], 'fail', 'low'],
    ['aws:kms with no key id (AWS-managed aws/s3)', kms(), [customerKey], 'fail', 'low'],
    ['aws:kms with alias/aws/s3', kms('alias/aws/s3'), [awsManagedKey], 'fail', 'low'],
    ['aws:kms with the alias ARN of aws/s3', kms(`arn:aws:kms:us-east-1:${ACCOUNT.id}:alias/aws/s3`), [], 'fail', 'low'],
    ['the AWS-managed key by its key id', kms('aws-s3-key'), [awsManagedKey], 'fail', 'low'],
    ['a disabled customer key', kms(KEY_ARN), [aKmsKey(KEY_ID, { keyState: 'Disabled' })], 'fail', 'high'],
    ['a customer key pending deletion', kms(KEY_ARN), [aKmsKey(KEY_ID, { keyState: 'PendingDeletion' })], 'fail', 'high'],
    ['no default encryption at all', null, [], 'fail', 'high'],
    ['a key that is not in the inventory', kms(KEY_ID), [], 'error', undefined],
    ['a key id that only exists in another region', kms(KEY_ID), [aKmsKey(KEY_ID, { region: 'us-west-2' })], 'error', undefined],
  ])('%s → %s', (_name, rules, keys, expected, severity) => {
    const results = run(check, { s3BucketEncryption: [encryption('lab-data', rules)], kmsKeys: keys, s3BucketTags: [aBucketTags('lab-data', {})] });
    expect(statuses(results)).toEqual([expected]);
    expect(results[0]?.resourceArn).toBe('arn:aws:s3:::lab-data');
    if (severity) expect(results[0]?.severity).toBe(severity);
  });

  it.each([
    ['SSE-S3', [{ algorithm: 'AES256' }]],
    ['the AWS-managed key', kms('alias/aws/s3')],
  ])('raises %s to high on a dbGaP bucket named in the settings', (_name, rules) => {
    const results = run(check, { s3BucketEncryption: [encryption('dbgap-raw', rules)], kmsKeys: [], s3BucketTags: [] }, {
      settings: { dbgapBuckets: { names: ['dbgap-raw'], tag: { key: 'dbgap:project' } } },
    });
    expect(results).toEqual([expect.objectContaining({ status: 'fail', severity: 'high' })]);
    expect(results[0]?.message).toContain('dbGaP');
  });

  it('raises SSE-S3 to high on a bucket that carries the dbGaP tag', () => {
    const results = run(check, {
      s3BucketEncryption: [encryption('scratch', [{ algorithm: 'AES256' }])],
      kmsKeys: [],
      s3BucketTags: [aBucketTags('scratch', { 'dbgap:project': 'phs000001' })],
    });
    expect(results).toEqual([expect.objectContaining({ status: 'fail', severity: 'high' })]);
  });

  it('turns a denied GetBucketTagging into error, since the severity depends on the tags', () => {
    const results = run(check, {
      s3BucketEncryption: [encryption('scratch', [{ algorithm: 'AES256' }])],
      kmsKeys: [],
      s3BucketTags: { items: [], failures: [aFailure({ api: 's3.GetBucketTagging', resourceArn: 'arn:aws:s3:::scratch' })] },
    });
    expect(statuses(results)).toEqual(['error']);
  });

  it('is not applicable without buckets', () => {
    expect(statuses(run(check, { s3BucketEncryption: [], kmsKeys: [], s3BucketTags: [] }))).toEqual(['not_applicable']);
  });

  it('turns a GetBucketEncryption failure on one bucket into error, not pass', () => {
    const results = run(check, {
      s3BucketEncryption: { items: [encryption('ok', kms(KEY_ARN))], failures: [aFailure({ api: 's3.GetBucketEncryption', resourceArn: 'arn:aws:s3:::denied' })] },
      kmsKeys: [customerKey],
      s3BucketTags: [],
    });
    expect(results.map((result) => [result.resourceArn, result.status])).toEqual([
      ['arn:aws:s3:::ok', 'pass'],
      ['arn:aws:s3:::denied', 'error'],
    ]);
  });

  it('turns a failed KMS listing in the bucket region into error for buckets there', () => {
    const results = run(check, {
      s3BucketEncryption: [encryption('lab-data', kms(KEY_ARN))],
      kmsKeys: { items: [], failures: [aFailure({ api: 'kms.ListKeys', code: 'AccessDeniedException' })] },
      s3BucketTags: [],
    });
    expect(statuses(results)).toEqual(['error']);
  });
});
