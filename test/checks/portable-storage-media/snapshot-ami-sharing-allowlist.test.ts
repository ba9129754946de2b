import { describe, expect, it } from 'vitest';
import check from '../../../checks/portable-storage-media/snapshot-ami-sharing-allowlist.js';
import { aMembership, STANDALONE } from '../../helpers/account.js';
import { anImagePermissions, aSnapshotPermissions, imageArnOf, snapshotArnOf } from '../../helpers/ec2.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

const PARTNER = '210987654321';
const STRANGER = '555555555555';

describe('snapshot-ami-sharing-allowlist', () => {
  it.each([
    ['not shared', {}, 'pass', /not shared/],
    ['shared with an allow-listed account', { accountIds: [PARTNER] }, 'pass', /allow-listed/],
    ['shared with its own account id', { accountIds: ['123456789012'] }, 'pass', /allow-listed/],
    ['shared with an account not on the list', { accountIds: [PARTNER, STRANGER] }, 'fail', new RegExp(`${STRANGER} not in allowedAccounts`)],
    ['public', { isPublic: true }, 'fail', /everyone/],
  ])('snapshot %s → %s', (_name, overrides: { accountIds?: string[]; isPublic?: boolean }, expected, message) => {
    const results = run(
      check,
      { ec2SnapshotPermissions: [aSnapshotPermissions('snap-1', overrides)], ec2ImagePermissions: [], organization: [aMembership()] },
      { settings: { allowedAccounts: [PARTNER] } },
    );
    expect(statuses(results)).toEqual([expected]);
    expect(results[0]?.message).toMatch(message);
  });

  it.each([
    ['its own organization', { organizationArns: ['arn:aws:organizations::999999999999:organization/o-abc123'] }, [aMembership()], 'pass'],
    ['an OU of its own organization', { organizationalUnitArns: ['arn:aws:organizations::999999999999:ou/o-abc123/ou-ab12-cdef'] }, [aMembership()], 'pass'],
    ['another organization', { organizationArns: ['arn:aws:organizations::888888888888:organization/o-other'] }, [aMembership()], 'fail'],
    ['an organization, from a standalone account', { organizationArns: ['arn:aws:organizations::999999999999:organization/o-abc123'] }, [STANDALONE], 'fail'],
    ['an account not on an empty allow-list', { accountIds: [PARTNER] }, [aMembership()], 'fail'],
  ])('AMI shared with %s → %s', (_name, overrides, organization, expected) => {
    const results = run(check, { ec2SnapshotPermissions: [], ec2ImagePermissions: [anImagePermissions('ami-1', overrides)], organization });
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([[imageArnOf('ami-1'), expected]]);
  });

  it('is not applicable with no snapshots and no AMIs', () => {
    expect(statuses(run(check, { ec2SnapshotPermissions: [], ec2ImagePermissions: [], organization: [aMembership()] }))).toEqual(['not_applicable']);
  });

  it('errors for a snapshot whose permissions could not be read', () => {
    const results = run(check, {
      ec2SnapshotPermissions: {
        items: [],
        failures: [aFailure({ api: 'ec2.DescribeSnapshotAttribute', action: 'ec2:DescribeSnapshotAttribute', code: 'UnauthorizedOperation', resourceArn: snapshotArnOf('snap-x') })],
      },
      ec2ImagePermissions: [],
      organization: [aMembership()],
    });
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([[snapshotArnOf('snap-x'), 'error']]);
  });
});
