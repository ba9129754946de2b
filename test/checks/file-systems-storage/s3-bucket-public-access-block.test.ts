import { describe, expect, it } from 'vitest';
import check from '../../../checks/file-systems-storage/s3-bucket-public-access-block.js';
import type { PublicAccessBlockSettings } from '../../../src/model/items/s3.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { ALL_OFF, ALL_ON, aBucketBlock, anAccountBlock } from '../../helpers/s3.js';

type Config = PublicAccessBlockSettings | null;

describe('s3-bucket-public-access-block', () => {
  it.each<[string, Config, Config, string]>([
    ['all four on the bucket, none on the account', ALL_ON, null, 'pass'],
    ['none on the bucket (NoSuchPublicAccessBlockConfiguration), all four on the account', null, ALL_ON, 'pass'],
    ['split across levels: bucket blocks ACLs, account blocks policies', { ...ALL_OFF, blockPublicAcls: true, ignorePublicAcls: true }, { ...ALL_OFF, blockPublicPolicy: true, restrictPublicBuckets: true }, 'pass'],
    ['none anywhere', null, null, 'fail'],
    ['partial on the bucket, none on the account', { ...ALL_ON, blockPublicPolicy: false }, null, 'fail'],
    ['all off on the bucket, three on the account', ALL_OFF, { ...ALL_ON, restrictPublicBuckets: false }, 'fail'],
  ])('%s → %s', (_name, bucket, account, expected) => {
    const results = run(check, { s3BucketPublicAccessBlock: [aBucketBlock('data', bucket)], s3AccountPublicAccessBlock: [anAccountBlock(account)] });
    expect(statuses(results)).toEqual([expected]);
  });

  it('names the settings effectively off', () => {
    const [result] = run(check, { s3BucketPublicAccessBlock: [aBucketBlock('data', { ...ALL_ON, ignorePublicAcls: false })], s3AccountPublicAccessBlock: [anAccountBlock(null)] });
    expect(result?.message).toMatch(/partial bucket-level configuration; effectively off: ignorePublicAcls/);
  });

  it('is not applicable with no buckets', () => {
    expect(statuses(run(check, { s3BucketPublicAccessBlock: [], s3AccountPublicAccessBlock: [anAccountBlock(ALL_ON)] }))).toEqual(['not_applicable']);
  });

  it('errors for a bucket without its own full block when the account setting is unreadable, but still passes a fully blocked bucket', () => {
    const accountArn = 'arn:aws:s3::123456789012:account';
    const results = run(check, {
      s3BucketPublicAccessBlock: [aBucketBlock('open', null), aBucketBlock('blocked', ALL_ON)],
      s3AccountPublicAccessBlock: { items: [], failures: [aFailure({ api: 's3control.GetPublicAccessBlock', resourceArn: accountArn })] },
    });
    expect(results.map((result) => [result.resourceArn, result.status])).toEqual([
      ['arn:aws:s3:::open', 'error'],
      ['arn:aws:s3:::blocked', 'pass'],
      [accountArn, 'error'],
    ]);
  });

  it('errors for a bucket whose own setting could not be read', () => {
    const results = run(check, {
      s3BucketPublicAccessBlock: { items: [], failures: [aFailure({ api: 's3.GetPublicAccessBlock', resourceArn: 'arn:aws:s3:::data' })] },
      s3AccountPublicAccessBlock: [anAccountBlock(ALL_ON)],
    });
    expect(statuses(results)).toEqual(['error']);
  });
});
