import type { FsxDataRepositoryAssociation, FsxFileSystem } from '../../src/model/items/fsx.js';
import { ACCOUNT } from './inventory.js';

export function anFsxFileSystem(id: string, overrides: Partial<FsxFileSystem> = {}): FsxFileSystem {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:fsx:${region}:${ACCOUNT.id}:file-system/${id}`,
    region,
    fileSystemId: id,
    fileSystemType: 'LUSTRE',
    lifecycle: 'AVAILABLE',
    kmsKeyId: `arn:aws:kms:${region}:${ACCOUNT.id}:key/k1`,
    deploymentType: 'PERSISTENT_2',
    automaticBackupRetentionDays: 7,
    tags: { 'dbgap:project': 'phs000001' },
    ...overrides,
  };
}

export function anFsxAssociation(id: string, fileSystemId: string, path: string, region = 'us-east-1'): FsxDataRepositoryAssociation {
  return { arn: `arn:aws:fsx:${region}:${ACCOUNT.id}:association/${fileSystemId}/${id}`, region, associationId: id, fileSystemId, dataRepositoryPath: path, fileSystemPath: '/ns1' };
}
