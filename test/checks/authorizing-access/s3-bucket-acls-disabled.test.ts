import { describe, expect, it } from 'vitest';
import check from '../../../checks/authorizing-access/s3-bucket-acls-disabled.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { anOwnership } from '../../helpers/s3.js';

describe('s3-bucket-acls-disabled', () => {
  it.each([
    ['BucketOwnerEnforced', 'BucketOwnerEnforced', 'pass'],
    ['BucketOwnerPreferred', 'BucketOwnerPreferred', 'fail'],
    ['ObjectWriter', 'ObjectWriter', 'fail'],
    ['no ownership controls (OwnershipControlsNotFoundError)', null, 'fail'],
  ])('%s → %s', (_name, ownership, expected) => {
    expect(statuses(run(check, { s3BucketOwnership: [anOwnership('data', ownership)] }))).toEqual([expected]);
  });

  it('is not applicable with no buckets', () => {
    expect(statuses(run(check, { s3BucketOwnership: [] }))).toEqual(['not_applicable']);
  });

  it('errors for a bucket whose ownership controls could not be read', () => {
    const results = run(check, {
      s3BucketOwnership: { items: [anOwnership('ok', 'BucketOwnerEnforced')], failures: [aFailure({ api: 's3.GetBucketOwnershipControls', resourceArn: 'arn:aws:s3:::denied' })] },
    });
    expect(results.map((result) => [result.resourceArn, result.status])).toEqual([
      ['arn:aws:s3:::ok', 'pass'],
      ['arn:aws:s3:::denied', 'error'],
    ]);
  });
});
