import { describe, expect, it } from 'vitest';
import check from '../../../checks/file-systems-storage/efs-backup-enabled.js';
import { anEfsBackupPolicy, anEfsFileSystem, efsArn } from '../../helpers/efs.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

// EFS User Guide, "Automatic backups": DescribeBackupPolicy Status; PolicyNotFound when none was ever set.
describe('efs-backup-enabled', () => {
  it.each([
    ['ENABLED', 'pass'],
    ['DISABLED', 'fail'],
    ['DISABLING', 'fail'],
    [null, 'fail'],
  ] as const)('backup policy %s → %s', (status, expected) => {
    expect(statuses(run(check, { efsFileSystems: [anEfsFileSystem('fs-1')], efsBackupPolicies: [anEfsBackupPolicy('fs-1', status)] }))).toEqual([expected]);
  });

  it('lowers the severity for a file system that is not dbGaP data', () => {
    const [result] = run(check, { efsFileSystems: [anEfsFileSystem('fs-1', { tags: {} })], efsBackupPolicies: [anEfsBackupPolicy('fs-1', 'DISABLED')] });
    expect(result?.severity).toBe('low');
  });

  it('is an error when DescribeBackupPolicy was denied', () => {
    const results = run(check, {
      efsFileSystems: [anEfsFileSystem('fs-1')],
      efsBackupPolicies: { items: [], failures: [aFailure({ api: 'efs.DescribeBackupPolicy', action: 'elasticfilesystem:DescribeBackupPolicy', resourceArn: efsArn('fs-1') })] },
    });
    expect(statuses(results)).toEqual(['error']);
  });

  it('is not applicable without file systems', () => {
    expect(statuses(run(check, { efsFileSystems: [], efsBackupPolicies: [] }))).toEqual(['not_applicable']);
  });
});
