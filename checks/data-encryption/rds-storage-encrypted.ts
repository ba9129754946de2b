import { defineCheck, error, fail, pass, unknownError } from '../../src/model/check.js';
import type { KmsKey } from '../../src/model/items/kms.js';
import { isCustomerManaged } from '../../src/rules/kms.js';
import { rdsDataReason, rdsDatabases, rdsLabel } from '../../src/rules/rds.js';

const accountOfArn = (arn: string) => (arn.startsWith('arn:') ? arn.split(':')[4] : undefined);

export default defineCheck({
  id: 'rds-storage-encrypted',
  title: 'RDS and Aurora storage is encrypted, with a customer-managed key for dbGaP data',
  controlArea: 'data-encryption',
  severity: 'high',
  nist: { sp800_53r5: ['SC-28(1)', 'SC-13', 'SC-12'], sp800_171r2: ['3.13.16', '3.13.11'], sp800_171r3: ['03.13.08', '03.13.11'] },
  needs: ['rdsInstances', 'rdsClusters', 'kmsKeys'],
  // The key manager only matters for dbGaP databases; a KMS listing failure must not turn every other database into an error.
  judgesFailuresOf: ['kmsKeys'],
  rationale:
    'Phenotype tables, sample manifests and variant databases loaded into RDS or Aurora are controlled-access data at rest: the storage, its automated backups, read replicas and snapshots must be encrypted. For dbGaP data a customer-managed KMS key keeps decryption behind a key policy the institution controls, logs every use and allows crypto-erasure at close-out. Aurora instances inherit their cluster\'s encryption, so clusters are judged once, not per instance.',
  remediation: {
    summary:
      'Restore an encrypted copy: encryption cannot be turned on in place. Snapshot the database, copy the snapshot with a customer-managed KMS key, restore a new encrypted instance or cluster from the copy and move clients to it; delete the old one only after verifying the new one.',
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier SNAPSHOT_ID --target-db-snapshot-identifier SNAPSHOT_ID-encrypted --kms-key-id KEY_ARN  # creates an encrypted copy; the database and original snapshot are untouched',
    docUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
  },
  evaluate({ rdsInstances, rdsClusters, kmsKeys }, { settings, account, failures }) {
    const keysByArn = new Map(kmsKeys.map((key): [string, KmsKey] => [key.arn, key]));
    const kmsFailures = failures.kmsKeys ?? [];
    return rdsDatabases(rdsInstances, rdsClusters).map((database) => {
      const reason = rdsDataReason(database, settings);
      const label = `${rdsLabel(database)}${reason ? ` (dbGaP data: ${reason})` : ''}`;
      if (!database.storageEncrypted) return fail(database, `${label} does not encrypt its storage, backups or snapshots.`);
      const keyArn = database.kmsKeyId;
      if (!reason) return pass(database, `${label} encrypts its storage${keyArn ? ` with KMS key ${keyArn}` : ''}.`);
      // dbGaP data: the key must be one the institution controls (https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-mgmt).
      if (!keyArn) return error(database, `${label} is encrypted, but RDS did not report its KMS key, so whether it is customer managed is unknown.`);
      const owner = accountOfArn(keyArn);
      // AWS managed keys cannot be used across accounts, so another account's key is customer managed by its owner.
      if (owner && owner !== account.id) return pass(database, `${label} encrypts its storage with a customer-managed key of account ${owner} (${keyArn}).`);
      const key = keysByArn.get(keyArn);
      if (!key) {
        const causes = kmsFailures.filter((failure) => !failure.region || failure.region === database.region);
        return causes.length > 0
          ? unknownError(database, `whether KMS key ${keyArn} of ${label} is customer managed`, causes)
          : error(database, `${label} uses KMS key ${keyArn}, which is not in the inventory (its region may not have been scanned), so whether it is customer managed is unknown.`);
      }
      if (!isCustomerManaged(key)) return fail(database, `${label} is encrypted with the AWS managed key ${key.aliases?.[0] ?? key.arn}, not a customer-managed key.`);
      if (key.keyState !== 'Enabled') return fail(database, `${label} uses customer-managed key ${key.arn}, but the key is ${key.keyState}: the database becomes inaccessible when RDS next needs the key.`);
      return pass(database, `${label} encrypts its storage with customer-managed key ${key.arn}.`);
    });
  },
});
