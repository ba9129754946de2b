import { describe, expect, it } from 'vitest';
import check from '../../../checks/portable-storage-media/ebs-snapshot-not-public.js';
import { aSnapshotBlock, aSnapshotPermissions, snapshotArnOf } from '../../helpers/ec2.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

describe('ebs-snapshot-not-public', () => {
  it.each([
    ['a private snapshot', { isPublic: false }, 'unblocked', 'pass', 'critical'],
    ['a snapshot shared with one account only', { accountIds: ['210987654321'] }, 'unblocked', 'pass', 'critical'],
    ['a public snapshot with the block off', { isPublic: true }, 'unblocked', 'fail', 'critical'],
    ['a public snapshot under block-new-sharing (existing shares stay public)', { isPublic: true }, 'block-new-sharing', 'fail', 'critical'],
    ['a public snapshot under block-all-sharing ("public but blocked")', { isPublic: true }, 'block-all-sharing', 'fail', 'medium'],
  ])('%s → %s', (_name, permissions, blockState, expected, severity) => {
    const results = run(check, {
      ec2SnapshotPermissions: [aSnapshotPermissions('snap-1', permissions)],
      ec2SnapshotBlockPublicAccess: [aSnapshotBlock(blockState)],
    });
    expect(results.map((r) => [r.resourceArn, r.status, r.severity])).toEqual([[snapshotArnOf('snap-1'), expected, severity]]);
  });

  it('says "public but blocked" when block-all-sharing hides a public grant', () => {
    const [result] = run(check, {
      ec2SnapshotPermissions: [aSnapshotPermissions('snap-1', { isPublic: true })],
      ec2SnapshotBlockPublicAccess: [aSnapshotBlock('block-all-sharing')],
    });
    expect(result?.message).toMatch(/public but blocked/);
  });

  it('uses the block state of the snapshot’s own region', () => {
    const results = run(check, {
      ec2SnapshotPermissions: [aSnapshotPermissions('snap-west', { isPublic: true, region: 'us-west-2' })],
      ec2SnapshotBlockPublicAccess: [aSnapshotBlock('block-all-sharing', 'us-east-1'), aSnapshotBlock('unblocked', 'us-west-2')],
    });
    expect(results.map((r) => r.severity)).toEqual(['critical']);
  });

  it('is not applicable when the account owns no snapshots', () => {
    expect(statuses(run(check, { ec2SnapshotPermissions: [], ec2SnapshotBlockPublicAccess: [aSnapshotBlock('unblocked')] }))).toEqual(['not_applicable']);
  });

  it('turns an unreadable createVolumePermission into an error for that snapshot, never a pass', () => {
    const results = run(check, {
      ec2SnapshotPermissions: {
        items: [aSnapshotPermissions('snap-ok')],
        failures: [aFailure({ api: 'ec2.DescribeSnapshotAttribute', action: 'ec2:DescribeSnapshotAttribute', code: 'UnauthorizedOperation', resourceArn: snapshotArnOf('snap-denied') })],
      },
      ec2SnapshotBlockPublicAccess: [aSnapshotBlock('unblocked')],
    });
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([
      [snapshotArnOf('snap-ok'), 'pass'],
      [snapshotArnOf('snap-denied'), 'error'],
    ]);
    expect(results[1]?.message).toMatch(/ec2:DescribeSnapshotAttribute/);
  });

  it('errors for a region whose snapshot listing failed', () => {
    const results = run(check, {
      ec2SnapshotPermissions: { items: [], failures: [aFailure({ api: 'ec2.DescribeSnapshots', action: 'ec2:DescribeSnapshots', code: 'UnauthorizedOperation', region: 'us-west-2' })] },
      ec2SnapshotBlockPublicAccess: [aSnapshotBlock('unblocked')],
    });
    expect(results.map((r) => [r.status, r.region])).toEqual([['error', 'us-west-2']]);
  });
});
