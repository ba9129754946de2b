import { describe, expect, it } from 'vitest';
import check from '../../../checks/logging-monitoring/cloudtrail-kms-encrypted.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aTrail } from '../../helpers/cloudtrail.js';

describe('cloudtrail-kms-encrypted', () => {
  it.each([
    ['a KMS key ARN', { kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k' }, 'pass'],
    ['no KMS key', {}, 'fail'],
  ])('%s → %s', (_name, overrides, expected) => {
    const results = run(check, { cloudtrailTrails: [aTrail('main', overrides)] });
    expect(statuses(results)).toEqual([expected]);
    expect(results[0]?.resourceArn).toBe('arn:aws:cloudtrail:us-east-1:123456789012:trail/main');
  });

  it('is not applicable without trails', () => {
    expect(statuses(run(check, { cloudtrailTrails: [] }))).toEqual(['not_applicable']);
  });

  it('is an error when the trail listing failed in its region', () => {
    const results = run(check, {
      cloudtrailTrails: { items: [aTrail('main')], failures: [aFailure({ api: 'cloudtrail.DescribeTrails', action: 'cloudtrail:DescribeTrails', region: 'us-east-1' })] },
    });
    expect(statuses(results)).toEqual(['error']);
  });
});
