import { describe, expect, it } from 'vitest';
import check from '../../../checks/file-systems-storage/fsx-backups-enabled.js';
import { anFsxFileSystem } from '../../helpers/fsx.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

// FSx user guides, "Working with backups": AutomaticBackupRetentionDays 0 turns daily backups off; scratch Lustre has none.
describe('fsx-backups-enabled', () => {
  it.each([
    ['7 days on persistent Lustre', anFsxFileSystem('fs-1'), 'not fail', 'pass'],
    ['0 days', anFsxFileSystem('fs-1', { automaticBackupRetentionDays: 0 }), '', 'fail'],
    ['no retention reported', anFsxFileSystem('fs-1', { automaticBackupRetentionDays: null }), '', 'fail'],
    ['a Windows file system keeping 30 days', anFsxFileSystem('fs-1', { fileSystemType: 'WINDOWS', deploymentType: undefined, automaticBackupRetentionDays: 30 }), '', 'pass'],
    ['scratch Lustre', anFsxFileSystem('fs-1', { deploymentType: 'SCRATCH_2', automaticBackupRetentionDays: null }), '', 'not_applicable'],
  ])('%s → %s%s', (_name, fileSystem, _note, status) => {
    expect(statuses(run(check, { fsxFileSystems: [fileSystem] }))).toEqual([status]);
  });

  it('lowers the severity outside dbGaP data', () => {
    const [result] = run(check, { fsxFileSystems: [anFsxFileSystem('fs-1', { automaticBackupRetentionDays: 0, tags: {} })] });
    expect(result?.severity).toBe('low');
  });

  it('is an error when DescribeFileSystems was denied', () => {
    expect(statuses(run(check, { fsxFileSystems: { items: [], failures: [aFailure({ api: 'fsx.DescribeFileSystems', action: 'fsx:DescribeFileSystems' })] } }))).toEqual(['error']);
  });
});
