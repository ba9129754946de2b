/** EFS file systems in the data inventory. */
import type { InventoryData } from '../../model/inventory.js';
import type { Settings } from '../../model/settings.js';
import { controlledDataReason } from '../data-classification.js';
import { describeResolution, keyResolver } from '../kms-key-reference.js';
import type { DataStoreRecord } from './index.js';
import { accountOfArn, unreadPhrase } from './unread-phrase.js';

export function efsStores(inventory: InventoryData, settings: Settings): DataStoreRecord[] {
  const fileSystems = (inventory.efsFileSystems?.items ?? []).filter((fileSystem) => fileSystem.lifeCycleState !== 'deleted');
  const resolve = keyResolver(inventory.kmsKeys?.items ?? [], accountOfArn(fileSystems[0]?.arn));
  const mounts = new Map((inventory.efsMountTargets?.items ?? []).map((entry) => [entry.arn, entry]));
  const backups = new Map((inventory.efsBackupPolicies?.items ?? []).map((entry) => [entry.arn, entry]));
  return fileSystems.map((fileSystem): DataStoreRecord => {
    const reason = controlledDataReason({ kind: 'efs-file-system', name: fileSystem.fileSystemId, tags: fileSystem.tags }, settings);
    const encryption = !fileSystem.encrypted
      ? 'not encrypted'
      : fileSystem.kmsKeyId
        ? describeResolution(resolve(fileSystem.kmsKeyId, fileSystem.region), fileSystem.kmsKeyId)
        : 'encrypted (no KMS key named)';
    const mount = mounts.get(fileSystem.arn);
    const exposure = mount
      ? mount.mountTargets.length === 0
        ? 'no mount targets'
        : `NFS mount targets in ${mount.mountTargets.length} subnet(s)`
      : (unreadPhrase(inventory.efsMountTargets?.failures, fileSystem.arn, fileSystem.region) ?? 'unknown');
    const backup = backups.get(fileSystem.arn);
    const retention = backup
      ? backup.status === 'ENABLED'
        ? 'automatic daily backups (AWS Backup default plan)'
        : 'none configured'
      : (unreadPhrase(inventory.efsBackupPolicies?.failures, fileSystem.arn, fileSystem.region) ?? 'unknown');
    return {
      arn: fileSystem.arn,
      kind: 'efs-file-system',
      service: 'Amazon EFS',
      region: fileSystem.region,
      name: fileSystem.name ? `${fileSystem.fileSystemId} (${fileSystem.name})` : fileSystem.fileSystemId,
      controlledData: reason !== null,
      reason,
      encryption,
      exposure,
      retention,
    };
  });
}
