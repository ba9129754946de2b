import { describe, expect, it } from 'vitest';
import check from '../../../checks/file-systems-storage/s3-bucket-versioning-enabled.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aBucketVersioning } from '../../helpers/s3.js';

describe('s3-bucket-versioning-enabled', () => {
  it.each([
    ['Enabled', 'Enabled', null, 'pass', 'versioning enabled'],
    ['Enabled with MFA delete', 'Enabled', 'Enabled', 'pass', 'MFA delete'],
    ['Suspended', 'Suspended', null, 'fail', 'suspended'],
    ['never enabled', null, null, 'fail', 'never'],
  ])('%s → %s', (_name, status, mfaDelete, expected, messagePart) => {
    const results = run(check, { s3BucketVersioning: [aBucketVersioning('data', status, mfaDelete)] });
    expect(statuses(results)).toEqual([expected]);
    expect(results[0]?.resourceArn).toBe('arn:aws:s3:::data');
    expect(results[0]?.message).toContain(messagePart);
  });

  it('is not applicable without buckets', () => {
    expect(statuses(run(check, { s3BucketVersioning: [] }))).toEqual(['not_applicable']);
  });

  it('turns a denied GetBucketVersioning into error for that bucket', () => {
    const results = run(check, {
      s3BucketVersioning: { items: [aBucketVersioning('ok', 'Enabled')], failures: [aFailure({ api: 's3.GetBucketVersioning', resourceArn: 'arn:aws:s3:::denied' })] },
    });
    expect(results.map((result) => [result.resourceArn, result.status])).toEqual([
      ['arn:aws:s3:::ok', 'pass'],
      ['arn:aws:s3:::denied', 'error'],
    ]);
  });
});
