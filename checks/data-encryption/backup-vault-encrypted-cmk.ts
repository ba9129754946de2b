import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { vaultClassifier } from '../../src/rules/backup-vaults.js';
import { severityForStore } from '../../src/rules/data-classification.js';
import { keyKind } from '../../src/rules/kms-key-reference.js';

export default defineCheck({
  id: 'backup-vault-encrypted-cmk',
  title: 'AWS Backup vaults encrypt recovery points with a customer-managed KMS key',
  controlArea: 'data-encryption',
  severity: 'high',
  nist: { sp800_53r5: ['SC-28(1)', 'SC-12', 'CP-9(8)'], sp800_171r2: ['3.13.16', '3.8.9'], sp800_171r3: ['03.13.08', '03.08.09'] },
  needs: ['backupVaults', 'backupRecoveryPoints', 'kmsKeys', 's3BucketTags', 'ec2Volumes'],
  rationale:
    'Backups are full copies of controlled-access data that outlive the source. A vault under the AWS-managed key aws/backup (or an AWS-owned key) cannot be crypto-erased at close-out or fenced by a key policy the institution writes; a customer-managed key can. Vaults holding dbGaP recovery points fail at the check severity, other vaults at low.',
  remediation: {
    summary:
      'Keep dbGaP backups in a vault encrypted with a customer-managed key. A vault key cannot be changed: create a new vault with --encryption-key-arn, point the backup plans at it, and copy or let expire the recovery points of the old one.',
    cli: 'aws backup create-backup-vault --backup-vault-name NEW_VAULT --encryption-key-arn KEY_ARN  # then update the backup plan rules to target NEW_VAULT; the old vault and its recovery points are untouched',
    docUrl: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html',
  },
  evaluate({ backupVaults, backupRecoveryPoints, kmsKeys, s3BucketTags, ec2Volumes }, { account, settings }) {
    const classify = vaultClassifier(backupRecoveryPoints, { s3BucketTags, ec2Volumes }, settings);
    return backupVaults.map((vault) => {
      const { dbgap } = classify(vault);
      const label = `Backup vault ${vault.name}${dbgap === true ? ' (dbGaP data)' : ''}`;
      const weak = severityForStore(dbgap, 'high');
      if (vault.encryptionKeyType === 'AWS_OWNED_KMS_KEY') return fail(vault, `${label} is encrypted with an AWS-owned key, not a customer-managed key.`, weak);
      if (!vault.encryptionKeyArn) return error(vault, `${label}: ListBackupVaults named no encryption key, so how it is encrypted is unknown.`);
      const kind = keyKind(vault.encryptionKeyArn, vault.region, kmsKeys, account.id);
      switch (kind.kind) {
        case 'customer':
          if (kind.key.keyState !== 'Enabled') return fail(vault, `${label} uses customer-managed key ${kind.key.arn}, but the key is ${kind.key.keyState}: new backups fail and restores may too.`, 'high');
          return pass(vault, `${label} is encrypted with customer-managed key ${kind.key.arn}.`);
        case 'foreign':
          return pass(vault, `${label} is encrypted with a customer-managed key of account ${kind.owner}.`);
        case 'aws-managed':
          return fail(vault, `${label} is encrypted with the AWS-managed key ${kind.key.arn}${kind.key.aliases?.length ? ` (${kind.key.aliases.join(', ')})` : ''}.`, weak);
        default:
          return error(vault, `${label}: ${kind.why}.`);
      }
    });
  },
});
