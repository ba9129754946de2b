import { describe, expect, it } from 'vitest';
import check from '../../../checks/portable-storage-media/redshift-snapshot-not-shared.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aRedshiftSnapshot } from '../../helpers/redshift.js';

// Redshift API Reference, Snapshot.AccountsWithRestoreAccess: the accounts authorized to restore the snapshot.
describe('redshift-snapshot-not-shared', () => {
  it('passes an unshared snapshot', () => {
    expect(statuses(run(check, { redshiftSnapshots: [aRedshiftSnapshot('s1')] }))).toEqual(['pass']);
  });

  it('passes a share to an allowed account', () => {
    const results = run(check, { redshiftSnapshots: [aRedshiftSnapshot('s1', { accountsWithRestoreAccess: ['111122223333'] })] }, { settings: { allowedAccounts: ['111122223333'] } });
    expect(statuses(results)).toEqual(['pass']);
  });

  it('fails a share to an account outside allowedAccounts', () => {
    const [result] = run(check, { redshiftSnapshots: [aRedshiftSnapshot('s1', { accountsWithRestoreAccess: ['111122223333', '444455556666'] })] }, { settings: { allowedAccounts: ['111122223333'] } });
    expect([result?.status, result?.severity]).toEqual(['fail', 'high']);
    expect(result?.message).toContain('444455556666');
    expect(result?.message).not.toContain('111122223333,');
  });

  it('fails a snapshot restorable by all accounts at critical severity, low when not dbGaP data', () => {
    const results = run(check, {
      redshiftSnapshots: [aRedshiftSnapshot('s1', { accountsWithRestoreAccess: ['all'] }), aRedshiftSnapshot('s2', { accountsWithRestoreAccess: ['all'], tags: {} })],
    });
    expect(results.map((result) => [result.status, result.severity])).toEqual([['fail', 'critical'], ['fail', 'low']]);
  });

  it('is an error when the snapshots could not be listed', () => {
    const results = run(check, { redshiftSnapshots: { items: [], failures: [aFailure({ api: 'redshift.DescribeClusterSnapshots', action: 'redshift:DescribeClusterSnapshots' })] } });
    expect(statuses(results)).toEqual(['error']);
  });

  it('is not applicable without snapshots', () => {
    expect(statuses(run(check, { redshiftSnapshots: [] }))).toEqual(['not_applicable']);
  });
});
