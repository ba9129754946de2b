import { describe, expect, it } from 'vitest';
import datasyncCheck from '../../../checks/data-location/datasync-destination-allowed.js';
import ramCheck from '../../../checks/authorizing-access/ram-shares-within-organization.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aDataSyncTask } from '../../helpers/datasync.js';
import { aShare } from '../../helpers/ram.js';
import { aBucket } from '../../helpers/s3.js';

describe('datasync-destination-allowed', () => {
  const buckets = [aBucket('lab-east'), aBucket('lab-west', 'us-west-2')];
  it.each([
    ['an own bucket', aDataSyncTask('a', 's3://lab-east/exports/'), 'pass'],
    ['another account’s bucket', aDataSyncTask('b', 's3://partner-copy/in/'), 'fail'],
    ['an own bucket outside the allowed regions', aDataSyncTask('c', 's3://lab-west/'), 'fail'],
    ['an NFS share', aDataSyncTask('d', 'nfs://10.0.0.5/data/'), 'not_applicable'],
    ['a destination not among the listed locations', aDataSyncTask('e', undefined), 'error'],
  ])('%s → %s', (_name, task, expected) => {
    expect(statuses(run(datasyncCheck, { datasyncTasks: [task], s3Buckets: buckets }, { settings: { allowedRegions: ['us-east-1'] } }))).toEqual([expected]);
  });

  it('is an error naming datasync:DescribeTask when a task could not be described', () => {
    const results = run(datasyncCheck, { datasyncTasks: { items: [], failures: [aFailure({ api: 'datasync.DescribeTask', action: 'datasync:DescribeTask' })] }, s3Buckets: buckets });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toContain('datasync:DescribeTask');
  });
});

describe('ram-shares-within-organization', () => {
  it.each([
    ['an organization-only share', aShare('a', false, [{ id: 'arn:aws:organizations::111111111111:organization/o-1', external: false }]), 'pass'],
    ['an external account', aShare('b', true, [{ id: '999999999999', external: true }]), 'fail'],
    ['an external role ARN', aShare('c', true, [{ id: 'arn:aws:iam::999999999999:role/x', external: true }]), 'fail'],
    ['an allow-listed external account', aShare('d', true, [{ id: '222222222222', external: true }]), 'pass'],
    ['external sharing on, but no external principal', aShare('e', true, [{ id: '333333333333', external: false }]), 'pass'],
  ])('%s → %s', (_name, share, expected) => {
    expect(statuses(run(ramCheck, { ramResourceShares: [share] }, { settings: { allowedAccounts: ['222222222222'] } }))).toEqual([expected]);
  });

  it('is an error naming ram:ListPrincipals when principals could not be listed', () => {
    const results = run(ramCheck, { ramResourceShares: { items: [], failures: [aFailure({ api: 'ram.ListPrincipals', action: 'ram:ListPrincipals' })] } });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toContain('ram:ListPrincipals');
  });
});
