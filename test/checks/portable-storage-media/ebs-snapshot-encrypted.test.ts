import { describe, expect, it } from 'vitest';
import check from '../../../checks/portable-storage-media/ebs-snapshot-encrypted.js';
import { aSnapshot, snapshotArnOf } from '../../helpers/ec2.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

describe('ebs-snapshot-encrypted', () => {
  it.each([
    ['encrypted with a customer key', { encrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k1' }, 'pass'],
    ['encrypted without a key id reported', { encrypted: true }, 'pass'],
    ['unencrypted (taken before default encryption was on)', { encrypted: false }, 'fail'],
  ])('%s → %s', (_name, overrides, expected) => {
    const results = run(check, { ec2Snapshots: [aSnapshot('snap-1', overrides)] });
    expect(statuses(results)).toEqual([expected]);
    expect(results[0]?.message).toContain('snap-1');
  });

  it('gives one result per snapshot across regions', () => {
    const results = run(check, {
      ec2Snapshots: [aSnapshot('snap-a'), aSnapshot('snap-b', { region: 'us-west-2', encrypted: false })],
    });
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([
      [snapshotArnOf('snap-a'), 'pass'],
      [snapshotArnOf('snap-b', 'us-west-2'), 'fail'],
    ]);
  });

  it('is not applicable when the account owns no snapshots', () => {
    expect(statuses(run(check, { ec2Snapshots: [] }))).toEqual(['not_applicable']);
  });

  it('errors, never passes, in a region where DescribeSnapshots was denied', () => {
    const results = run(check, {
      ec2Snapshots: {
        items: [aSnapshot('snap-a', { region: 'us-west-2' })],
        failures: [aFailure({ api: 'ec2.DescribeSnapshots', action: 'ec2:DescribeSnapshots', code: 'UnauthorizedOperation', region: 'us-west-2' })],
      },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/ec2:DescribeSnapshots/);
  });
});
