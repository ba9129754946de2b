import { describe, expect, it } from 'vitest';
import check from '../../../checks/portable-storage-media/ebs-snapshot-block-public-access.js';
import { aSnapshotBlock, ec2AccountArn } from '../../helpers/ec2.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

describe('ebs-snapshot-block-public-access', () => {
  it.each([
    ['block-all-sharing', undefined, 'pass', /block-all-sharing/],
    ['block-all-sharing', 'declarative-policy', 'pass', /declarative policy/],
    ['block-new-sharing', undefined, 'fail', /already public stay public/],
    ['unblocked', undefined, 'fail', /can be made public/],
  ])('%s (managed by %s) → %s', (state, managedBy, expected, message) => {
    const results = run(check, { ec2SnapshotBlockPublicAccess: [aSnapshotBlock(state, 'us-east-1', managedBy)] });
    expect(statuses(results)).toEqual([expected]);
    expect(results[0]?.resourceArn).toBe(ec2AccountArn('us-east-1'));
    expect(results[0]?.message).toMatch(message);
  });

  it('evaluates every region, including regions without snapshots', () => {
    const results = run(check, {
      ec2SnapshotBlockPublicAccess: [aSnapshotBlock('block-all-sharing', 'us-east-1'), aSnapshotBlock('unblocked', 'eu-west-1')],
    }, { regions: ['us-east-1', 'eu-west-1'] });
    expect(results.map((r) => [r.region, r.status])).toEqual([
      ['us-east-1', 'pass'],
      ['eu-west-1', 'fail'],
    ]);
  });

  it('is not applicable with no regions collected', () => {
    expect(statuses(run(check, { ec2SnapshotBlockPublicAccess: [] }))).toEqual(['not_applicable']);
  });

  it('reports a denied GetSnapshotBlockPublicAccessState as an error for that region', () => {
    const results = run(check, {
      ec2SnapshotBlockPublicAccess: {
        items: [aSnapshotBlock('block-all-sharing', 'us-east-1')],
        failures: [aFailure({ api: 'ec2.GetSnapshotBlockPublicAccessState', action: 'ec2:GetSnapshotBlockPublicAccessState', code: 'UnauthorizedOperation', region: 'us-west-2' })],
      },
    });
    expect(results.map((r) => [r.region, r.status])).toEqual([
      ['us-east-1', 'pass'],
      ['us-west-2', 'error'],
    ]);
    expect(results[1]?.message).toMatch(/ec2:GetSnapshotBlockPublicAccessState/);
  });
});
