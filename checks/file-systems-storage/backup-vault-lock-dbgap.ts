import { defineCheck, fail, pass } from '../../src/model/check.js';
import { vaultClassifier } from '../../src/rules/backup-vaults.js';

export default defineCheck({
  id: 'backup-vault-lock-dbgap',
  title: 'AWS Backup vaults holding dbGaP recovery points have Vault Lock',
  controlArea: 'file-systems-storage',
  severity: 'medium',
  nist: { sp800_53r5: ['CP-9', 'CP-9(8)', 'SI-12'], sp800_171r2: ['3.8.9'], sp800_171r3: ['03.08.09'] },
  needs: ['backupVaults', 'backupRecoveryPoints', 's3BucketTags', 'ec2Volumes'],
  rationale:
    'Without Vault Lock, anyone with backup:DeleteRecoveryPoint or a changed lifecycle can remove the backups of controlled-access data, and nothing bounds how long they are kept. A lock with a minimum retention protects them against deletion (ransomware, mistakes); a maximum retention no later than the data use end makes sure the copies are destroyed on time. A vault holds dbGaP data when its tags say so or when it holds recovery points of a dbGaP bucket or volume.',
  remediation: {
    summary:
      'Turn on Vault Lock with a minimum and maximum retention. Governance mode can be removed by privileged users; compliance mode becomes immutable after the grace time, so start in governance mode and choose the maximum retention from the data use agreement.',
    cli: 'aws backup put-backup-vault-lock-configuration --backup-vault-name VAULT --min-retention-days 7 --max-retention-days DAYS_UNTIL_EXPIRY  # governance mode (no --changeable-for-days): it can still be removed',
    docUrl: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html',
  },
  evaluate({ backupVaults, backupRecoveryPoints, s3BucketTags, ec2Volumes }, { settings }) {
    const classify = vaultClassifier(backupRecoveryPoints, { s3BucketTags, ec2Volumes }, settings);
    return backupVaults.flatMap((vault) => {
      const { dbgap, reason } = classify(vault);
      if (dbgap === false) return [];
      const label = dbgap === true ? `Backup vault ${vault.name} (dbGaP: ${reason})` : `Backup vault ${vault.name} (its tags could not be read, so it may hold dbGaP data)`;
      if (!vault.locked) return [fail(vault, `${label} has no Vault Lock: its recovery points can be deleted at any time and their retention is unbounded.`)];
      const bounds = [
        vault.minRetentionDays !== undefined ? `minimum retention ${vault.minRetentionDays} days` : 'no minimum retention',
        vault.maxRetentionDays !== undefined ? `maximum retention ${vault.maxRetentionDays} days` : 'no maximum retention',
      ].join(', ');
      const mode = vault.lockDate ? `compliance mode (immutable from ${vault.lockDate})` : 'governance mode';
      return [pass(vault, `${label} has Vault Lock in ${mode}: ${bounds}.`)];
    });
  },
});
