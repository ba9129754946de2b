/** FSx file systems in the data inventory. */
import type { InventoryData } from '../../model/inventory.js';
import type { Settings } from '../../model/settings.js';
import { controlledDataReason } from '../data-classification.js';
import { describeResolution, keyResolver } from '../kms-key-reference.js';
import type { DataStoreRecord } from './index.js';
import { accountOfArn } from './unread-phrase.js';

export function fsxStores(inventory: InventoryData, settings: Settings): DataStoreRecord[] {
  const fileSystems = inventory.fsxFileSystems?.items ?? [];
  const resolve = keyResolver(inventory.kmsKeys?.items ?? [], accountOfArn(fileSystems[0]?.arn));
  const repositories = new Map<string, string[]>();
  for (const association of inventory.fsxDataRepositoryAssociations?.items ?? []) {
    const key = `${association.region} ${association.fileSystemId}`;
    repositories.set(key, [...(repositories.get(key) ?? []), association.dataRepositoryPath]);
  }
  return fileSystems.map((fileSystem): DataStoreRecord => {
    const reason = controlledDataReason({ kind: 'fsx-file-system', name: fileSystem.fileSystemId, tags: fileSystem.tags }, settings);
    const linked = [...new Set([...(repositories.get(`${fileSystem.region} ${fileSystem.fileSystemId}`) ?? []), ...[fileSystem.importPath, fileSystem.exportPath].filter((path): path is string => Boolean(path))])];
    const days = fileSystem.automaticBackupRetentionDays;
    return {
      arn: fileSystem.arn,
      kind: 'fsx-file-system',
      service: `Amazon FSx for ${fileSystem.fileSystemType === 'WINDOWS' ? 'Windows File Server' : fileSystem.fileSystemType === 'ONTAP' ? 'NetApp ONTAP' : fileSystem.fileSystemType === 'OPENZFS' ? 'OpenZFS' : 'Lustre'}`,
      region: fileSystem.region,
      name: fileSystem.fileSystemId,
      controlledData: reason !== null,
      reason,
      // FSx encrypts every file system at rest.
      encryption: fileSystem.kmsKeyId ? describeResolution(resolve(fileSystem.kmsKeyId, fileSystem.region), fileSystem.kmsKeyId) : 'encrypted (key managed by FSx)',
      exposure: linked.length > 0 ? `linked to ${linked.join(', ')}` : 'private (VPC only)',
      retention: fileSystem.deploymentType?.startsWith('SCRATCH') ? 'none (scratch file system)' : days !== null && days > 0 ? `backups kept ${days} days` : 'none configured',
    };
  });
}
