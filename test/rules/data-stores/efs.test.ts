import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/model/settings.js';
import { efsStores } from '../../../src/rules/data-stores/efs.js';
import { anEfsBackupPolicy, anEfsFileSystem, efsArn, someMountTargets } from '../../helpers/efs.js';
import { aFailure } from '../../helpers/inventory.js';
import { aKmsKey } from '../../helpers/kms.js';

const data = <T>(items: T[], failures = [] as ReturnType<typeof aFailure>[]) => ({ items, failures, regions: ['us-east-1'] });

describe('EFS data stores', () => {
  it('describes file systems: key, mount targets, backups, and what could not be read', () => {
    const stores = efsStores(
      {
        efsFileSystems: data([anEfsFileSystem('fs-1', { name: 'shared' }), anEfsFileSystem('fs-2', { encrypted: false, kmsKeyId: undefined, tags: {} }), anEfsFileSystem('fs-3', { lifeCycleState: 'deleted' })]),
        efsMountTargets: data([someMountTargets('fs-1', [{ securityGroupIds: ['sg-1'] }, { securityGroupIds: ['sg-1'] }])], [aFailure({ api: 'efs.DescribeMountTargets', action: 'elasticfilesystem:DescribeMountTargets', resourceArn: efsArn('fs-2') })]),
        efsBackupPolicies: data([anEfsBackupPolicy('fs-1', 'ENABLED'), anEfsBackupPolicy('fs-2', null)]),
        kmsKeys: data([aKmsKey('k1')]),
      },
      DEFAULT_SETTINGS,
    );
    expect(stores.map(({ name, controlledData, encryption, exposure, retention }) => ({ name, controlledData, encryption, exposure, retention }))).toEqual([
      {
        name: 'fs-1 (shared)',
        controlledData: true,
        encryption: 'KMS customer key arn:aws:kms:us-east-1:123456789012:key/k1',
        exposure: 'NFS mount targets in 2 subnet(s)',
        retention: 'automatic daily backups (AWS Backup default plan)',
      },
      { name: 'fs-2', controlledData: false, encryption: 'not encrypted', exposure: 'unknown (elasticfilesystem:DescribeMountTargets denied)', retention: 'none configured' },
    ]);
  });
});
