import { defineCheck, fail, pass } from '../../src/model/check.js';
import { holdsControlledData, severityForStore } from '../../src/rules/data-classification.js';

export default defineCheck({
  id: 'efs-backup-enabled',
  title: 'EFS file systems have automatic backups turned on',
  controlArea: 'file-systems-storage',
  severity: 'medium',
  nist: { sp800_53r5: ['CP-9', 'CP-10'], sp800_171r2: ['3.8.9'], sp800_171r3: ['03.08.09'] },
  needs: ['efsFileSystems', 'efsBackupPolicies'],
  rationale:
    'A deleted directory or an overwritten result file on a shared file system cannot be recovered without a backup. EFS automatic backups (AWS Backup’s default plan) keep daily recovery points.',
  remediation: {
    summary: 'Turn on automatic backups. A file system covered by an AWS Backup plan of your own instead can be waived.',
    cli: 'aws efs put-backup-policy --file-system-id FS_ID --backup-policy Status=ENABLED  # starts daily backups to the default backup vault',
    docUrl: 'https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html',
  },
  evaluate({ efsFileSystems, efsBackupPolicies }, { settings }) {
    const tagsByArn = new Map(efsFileSystems.map((fileSystem) => [fileSystem.arn, fileSystem.tags]));
    return efsBackupPolicies.map((entry) => {
      const tags = tagsByArn.get(entry.arn);
      const classified = holdsControlledData({ kind: 'efs-file-system', name: entry.fileSystemId, tags }, settings);
      const dbgap = classified || tags !== undefined ? classified : 'unknown';
      const label = `EFS file system ${entry.fileSystemId}${dbgap === true ? ' (dbGaP data)' : ''}`;
      if (entry.status === 'ENABLED') return pass(entry, `${label} has automatic backups turned on.`);
      const state = entry.status === null ? 'has no backup policy' : `has automatic backups ${entry.status}`;
      return fail(entry, `${label} ${state}.`, severityForStore(dbgap, 'medium'));
    });
  },
});
