import { defineCheck, fail, pass } from '../../src/model/check.js';
import { severityForStore } from '../../src/rules/data-classification.js';
import { rdsLabel, rdsSnapshotClassifier } from '../../src/rules/rds.js';

export default defineCheck({
  id: 'rds-snapshot-not-public',
  title: 'No RDS or Aurora snapshot is public or shared with an unapproved account',
  controlArea: 'portable-storage-media',
  severity: 'critical',
  nist: {
    sp800_53r5: ['AC-3', 'AC-4(21)', 'AC-6', 'MP-2', 'SC-7'],
    sp800_171r2: ['3.1.1', '3.1.3', '3.13.5'],
    sp800_171r3: ['03.01.01', '03.01.03', '03.13.01', '03.01.22'],
  },
  needs: ['rdsSnapshotSharing', 'rdsSnapshots', 'rdsInstances', 'rdsClusters'],
  // Instances and clusters only classify a snapshot by its source's tags: an unreadable listing leaves that
  // unknown (the finding keeps its full severity), it does not make the snapshot's sharing unknown.
  judgesFailuresOf: ['rdsInstances', 'rdsClusters'],
  rationale:
    'A manual DB snapshot is a complete copy of the database. With `all` in its restore attribute any AWS customer can copy or restore it; shared with an account, that account can restore it outside the institution\'s controls. Only accounts the data use agreement covers (allowedAccounts) may receive one.',
  remediation: {
    summary:
      'Remove `all` and unapproved accounts from the restore attribute. List the accounts the data use agreement approves in allowedAccounts.',
    cli: 'aws rds modify-db-snapshot-attribute --db-snapshot-identifier SNAPSHOT_ID --attribute-name restore --values-to-remove all  # stops public restores; shares with named accounts are kept (use modify-db-cluster-snapshot-attribute for Aurora)',
    docUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/share-snapshot.html',
  },
  evaluate({ rdsSnapshotSharing, rdsSnapshots, rdsInstances, rdsClusters }, { settings, failures }) {
    const classify = rdsSnapshotClassifier(rdsInstances, rdsClusters, settings);
    const snapshots = new Map(rdsSnapshots.map((snapshot) => [snapshot.arn, snapshot]));
    const unreadRegions = new Set([...(failures.rdsInstances ?? []), ...(failures.rdsClusters ?? [])].map((failure) => failure.region ?? '*'));
    const allowed = new Set(settings.allowedAccounts);
    return rdsSnapshotSharing.map((sharing) => {
      const snapshot = snapshots.get(sharing.arn);
      const reason = snapshot ? classify(snapshot) : null;
      const classified = reason !== null ? true : unreadRegions.has(sharing.region) || unreadRegions.has('*') || !snapshot ? 'unknown' : false;
      const label = `${snapshot ? rdsLabel(snapshot) : `DB snapshot ${sharing.snapshotId} (${sharing.region})`}${reason ? ` (dbGaP data: ${reason})` : ''}`;
      // `all` among the restore values makes it public, whatever accounts are listed beside it.
      if (sharing.isPublic) return fail(sharing, `${label} is public: its restore attribute includes \`all\`, so any AWS account can copy or restore it.`);
      const unapproved = sharing.accountIds.filter((accountId) => !allowed.has(accountId));
      if (unapproved.length > 0) {
        return fail(sharing, `${label} is shared with account(s) not in allowedAccounts: ${unapproved.join(', ')}.`, severityForStore(classified, 'high'));
      }
      if (sharing.accountIds.length > 0) return pass(sharing, `${label} is shared only with allowed account(s) ${sharing.accountIds.join(', ')}.`);
      return pass(sharing, `${label} is private.`);
    });
  },
});
