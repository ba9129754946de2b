import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/model/settings.js';
import { fsxStores } from '../../../src/rules/data-stores/fsx.js';
import { anFsxAssociation, anFsxFileSystem } from '../../helpers/fsx.js';
import { aKmsKey } from '../../helpers/kms.js';

const data = <T>(items: T[]) => ({ items, failures: [], regions: ['us-east-1'] });

describe('FSx data stores', () => {
  it('describes file systems: key, linked repositories, backups', () => {
    const stores = fsxStores(
      {
        fsxFileSystems: data([
          anFsxFileSystem('fs-1'),
          anFsxFileSystem('fs-2', { kmsKeyId: undefined, deploymentType: 'SCRATCH_2', automaticBackupRetentionDays: null, importPath: 's3://raw' }),
          anFsxFileSystem('fs-3', { fileSystemType: 'WINDOWS', deploymentType: undefined, automaticBackupRetentionDays: 0, tags: {} }),
        ]),
        fsxDataRepositoryAssociations: data([anFsxAssociation('dra-1', 'fs-1', 's3://dbgap-data/in')]),
        kmsKeys: data([aKmsKey('k1')]),
      },
      DEFAULT_SETTINGS,
    );
    expect(stores.map(({ service, controlledData, encryption, exposure, retention }) => ({ service, controlledData, encryption, exposure, retention }))).toEqual([
      { service: 'Amazon FSx for Lustre', controlledData: true, encryption: 'KMS customer key arn:aws:kms:us-east-1:123456789012:key/k1', exposure: 'linked to s3://dbgap-data/in', retention: 'backups kept 7 days' },
      { service: 'Amazon FSx for Lustre', controlledData: true, encryption: 'encrypted (key managed by FSx)', exposure: 'linked to s3://raw', retention: 'none (scratch file system)' },
      { service: 'Amazon FSx for Windows File Server', controlledData: false, encryption: 'KMS customer key arn:aws:kms:us-east-1:123456789012:key/k1', exposure: 'private (VPC only)', retention: 'none configured' },
    ]);
  });
});
