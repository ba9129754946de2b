import { defineCheck } from '../../src/model/check.js';
import { holdsControlledData } from '../../src/rules/data-classification.js';
import { atRestFinding, keyResolver } from '../../src/rules/kms-key-reference.js';

export default defineCheck({
  id: 'efs-encrypted-at-rest',
  title: 'EFS file systems are encrypted at rest, with a customer managed key for dbGaP data',
  controlArea: 'data-encryption',
  severity: 'high',
  nist: { sp800_53r5: ['SC-28(1)', 'SC-13', 'SC-12'], sp800_171r2: ['3.13.16', '3.13.11'], sp800_171r3: ['03.13.08', '03.13.11'] },
  needs: ['efsFileSystems', 'kmsKeys'],
  rationale:
    'Shared analysis directories on EFS hold working copies of genotype and phenotype files. Encryption at rest can only be chosen when the file system is created; for dbGaP data the key should be customer managed so that access is governed and revocable.',
  remediation: {
    summary:
      'Copy the data to a new file system encrypted under a customer key. Use AWS DataSync or an AWS Backup restore. Encryption at rest cannot be turned on for an existing file system; delete the old one only after the copy is verified.',
    cli: 'aws efs create-file-system --encrypted --kms-key-id KEY_ARN --tags Key=Name,Value=NAME  # creates a new, empty encrypted file system; the old one is untouched',
    docUrl: 'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html',
  },
  evaluate({ efsFileSystems, kmsKeys }, { settings, account }) {
    const resolve = keyResolver(kmsKeys, account.id);
    return efsFileSystems
      .filter((fileSystem) => fileSystem.lifeCycleState !== 'deleted')
      .map((fileSystem) => {
        const dbgap = holdsControlledData({ kind: 'efs-file-system', name: fileSystem.fileSystemId, tags: fileSystem.tags }, settings);
        return atRestFinding(
          {
            target: fileSystem,
            label: `EFS file system ${fileSystem.fileSystemId}${fileSystem.name ? ` (${fileSystem.name})` : ''}${dbgap ? ' (dbGaP data)' : ''}`,
            encrypted: fileSystem.encrypted,
            reference: fileSystem.kmsKeyId,
            withoutReference: 'no KMS key named',
            dbgap,
            severity: 'high',
          },
          resolve,
        );
      });
  },
});
