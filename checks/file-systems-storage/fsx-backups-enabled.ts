import { defineCheck, fail, notApplicable, pass } from '../../src/model/check.js';
import { holdsControlledData, severityForStore } from '../../src/rules/data-classification.js';

export default defineCheck({
  id: 'fsx-backups-enabled',
  title: 'FSx file systems keep automatic daily backups',
  controlArea: 'file-systems-storage',
  severity: 'medium',
  nist: { sp800_53r5: ['CP-9', 'CP-10'], sp800_171r2: ['3.8.9'], sp800_171r3: ['03.08.09'] },
  needs: ['fsxFileSystems'],
  rationale:
    'Automatic daily backups are the file system’s own recovery point for deleted or corrupted analysis data. A retention of 0 days turns them off. Scratch Lustre file systems do not support backups at all: data there must be reproducible from its source.',
  remediation: {
    summary: 'Set an automatic backup retention of at least 7 days. A file system covered by an AWS Backup plan instead can be waived.',
    cli: 'aws fsx update-file-system --file-system-id FS_ID --lustre-configuration AutomaticBackupRetentionDays=7  # use --windows-configuration, --ontap-configuration or --open-zfs-configuration for the other types',
    docUrl: 'https://docs.aws.amazon.com/fsx/latest/LustreGuide/using-backups-fsx.html',
  },
  evaluate({ fsxFileSystems }, { settings }) {
    return fsxFileSystems.map((fileSystem) => {
      const dbgap = holdsControlledData({ kind: 'fsx-file-system', name: fileSystem.fileSystemId, tags: fileSystem.tags }, settings);
      const label = `FSx for ${fileSystem.fileSystemType} file system ${fileSystem.fileSystemId}${dbgap ? ' (dbGaP data)' : ''}`;
      // Scratch deployments do not support automatic backups (FSx for Lustre User Guide, "Working with backups").
      if (fileSystem.deploymentType?.startsWith('SCRATCH')) return notApplicable(fileSystem, `${label} is a ${fileSystem.deploymentType} file system, which does not support backups.`);
      const days = fileSystem.automaticBackupRetentionDays;
      if (days !== null && days > 0) return pass(fileSystem, `${label} keeps automatic backups for ${days} days.`);
      return fail(fileSystem, `${label} ${days === 0 ? 'has automatic backups turned off (retention 0 days)' : 'reports no automatic backup retention'}.`, severityForStore(dbgap, 'medium'));
    });
  },
});
