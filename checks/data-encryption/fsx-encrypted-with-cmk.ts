import { defineCheck } from '../../src/model/check.js';
import { holdsControlledData } from '../../src/rules/data-classification.js';
import { atRestFinding, keyResolver } from '../../src/rules/kms-key-reference.js';

export default defineCheck({
  id: 'fsx-encrypted-with-cmk',
  title: 'FSx file systems holding dbGaP data are encrypted with a customer managed key',
  controlArea: 'data-encryption',
  severity: 'high',
  nist: { sp800_53r5: ['SC-28(1)', 'SC-13', 'SC-12'], sp800_171r2: ['3.13.16', '3.13.11'], sp800_171r3: ['03.13.08', '03.13.11'] },
  needs: ['fsxFileSystems', 'kmsKeys'],
  rationale:
    'Every FSx file system is encrypted at rest, by default with the AWS managed key aws/fsx (scratch Lustre with an FSx-managed key). For controlled-access data the key should be customer managed, so that its policy, its CloudTrail record and crypto-erasure at close-out are the institution’s.',
  remediation: {
    summary:
      'Restore a backup into a new file system under a customer managed key. The key cannot be changed in place: move clients over, and delete the old file system after verification.',
    cli: 'aws fsx create-file-system-from-backup --backup-id BACKUP_ID --subnet-ids SUBNET_ID --kms-key-id KEY_ARN  # creates a new file system; the original and its backup are untouched',
    docUrl: 'https://docs.aws.amazon.com/fsx/latest/LustreGuide/encryption-at-rest.html',
  },
  evaluate({ fsxFileSystems, kmsKeys }, { settings, account }) {
    const resolve = keyResolver(kmsKeys, account.id);
    return fsxFileSystems
      .filter((fileSystem) => fileSystem.lifecycle !== 'DELETING')
      .map((fileSystem) => {
        const dbgap = holdsControlledData({ kind: 'fsx-file-system', name: fileSystem.fileSystemId, tags: fileSystem.tags }, settings);
        return atRestFinding(
          {
            target: fileSystem,
            label: `FSx for ${fileSystem.fileSystemType} file system ${fileSystem.fileSystemId}${dbgap ? ' (dbGaP data)' : ''}`,
            // FSx encrypts every file system at rest (FSx user guides, "Encryption at rest").
            encrypted: true,
            reference: fileSystem.kmsKeyId,
            withoutReference: 'a key managed by FSx (no KmsKeyId)',
            dbgap,
            severity: 'high',
          },
          resolve,
        );
      });
  },
});
