import { defineCheck, fail, pass } from '../../src/model/check.js';
import { rdsLabel } from '../../src/rules/rds.js';

export default defineCheck({
  id: 'rds-snapshot-encrypted',
  title: 'Every RDS and Aurora snapshot the account owns is encrypted',
  controlArea: 'portable-storage-media',
  severity: 'high',
  nist: { sp800_53r5: ['SC-28(1)', 'MP-5'], sp800_171r2: ['3.13.16', '3.8.6'], sp800_171r3: ['03.13.08'] },
  needs: ['rdsSnapshots'],
  rationale:
    'DB snapshots are copied across regions and accounts and outlive the database they came from. An unencrypted snapshot carries the whole database in the clear wherever it goes; encrypting the database later leaves existing snapshots as they were.',
  remediation: {
    summary:
      'Copy the snapshot under a customer-managed KMS key; retire the original. Verify the copy before deleting the unencrypted snapshot.',
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier SNAPSHOT_ID --target-db-snapshot-identifier SNAPSHOT_ID-encrypted --kms-key-id KEY_ARN  # creates an encrypted copy; the original is untouched (copy-db-cluster-snapshot for Aurora)',
    docUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_CopySnapshot.html',
  },
  evaluate({ rdsSnapshots }) {
    return rdsSnapshots.map((snapshot) => {
      const label = `${rdsLabel(snapshot)}, ${snapshot.snapshotType}, of ${snapshot.sourceIdentifier}`;
      return snapshot.encrypted
        ? pass(snapshot, `${label} is encrypted${snapshot.kmsKeyId ? ` with KMS key ${snapshot.kmsKeyId}` : ''}.`)
        : fail(snapshot, `${label} is not encrypted.`);
    });
  },
});
