import { defineCheck, fail, pass } from '../../src/model/check.js';
import { holdsControlledData, severityForStore } from '../../src/rules/data-classification.js';

export default defineCheck({
  id: 'redshift-snapshot-not-shared',
  title: 'Redshift snapshots are shared only with allowed accounts',
  controlArea: 'portable-storage-media',
  severity: 'critical',
  nist: { sp800_53r5: ['AC-3', 'AC-4', 'MP-2', 'AC-21'], sp800_171r2: ['3.1.1', '3.1.3', '3.8.2'], sp800_171r3: ['03.01.01', '03.01.03', '03.08.02'] },
  needs: ['redshiftSnapshots'],
  rationale:
    'A shared snapshot lets another account restore a full copy of the warehouse, outside the institution’s controls and logs. Sharing is allowed only with accounts the security plan names (settings.allowedAccounts); `all` would let any AWS account restore it.',
  remediation: {
    summary: 'Revoke restore access from accounts that are not approved. The snapshot and the approved shares stay as they are.',
    cli: 'aws redshift revoke-snapshot-access --snapshot-identifier SNAPSHOT --snapshot-cluster-identifier CLUSTER --account-with-restore-access ACCOUNT_ID  # removes one account’s access; nothing is deleted',
    docUrl: 'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-snapshots-console.html',
  },
  evaluate({ redshiftSnapshots }, { settings, account }) {
    const allowed = new Set([account.id, ...settings.allowedAccounts]);
    return redshiftSnapshots.map((snapshot) => {
      const dbgap = holdsControlledData({ kind: 'redshift-snapshot', name: snapshot.snapshotIdentifier, tags: snapshot.tags }, settings);
      const label = `Redshift snapshot ${snapshot.snapshotIdentifier} of ${snapshot.clusterIdentifier}${dbgap ? ' (dbGaP data)' : ''}`;
      const shares = snapshot.accountsWithRestoreAccess;
      // AccountsWithRestoreAccess lists `all` when the snapshot is shared with every AWS account.
      if (shares.some((entry) => entry.toLowerCase() === 'all')) return fail(snapshot, `${label} can be restored by any AWS account (restore access: all).`, severityForStore(dbgap, 'critical'));
      const outside = shares.filter((entry) => !allowed.has(entry));
      if (outside.length > 0) {
        return fail(snapshot, `${label} is shared with ${outside.join(', ')}, not in allowedAccounts.`, severityForStore(dbgap, 'high'));
      }
      return pass(snapshot, shares.length > 0 ? `${label} is shared only with allowed accounts (${shares.join(', ')}).` : `${label} is not shared with another account.`);
    });
  },
});
