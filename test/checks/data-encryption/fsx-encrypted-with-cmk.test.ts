import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/fsx-encrypted-with-cmk.js';
import { anFsxFileSystem } from '../../helpers/fsx.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aKmsKey } from '../../helpers/kms.js';

const keys = [aKmsKey('k1'), aKmsKey('managed', { keyManager: 'AWS', aliases: ['alias/aws/fsx'] })];

// FSx for Lustre User Guide, "Encrypting data at rest": every file system is encrypted; KmsKeyId names the key.
describe('fsx-encrypted-with-cmk', () => {
  it.each([
    ['a dbGaP file system with a customer key', anFsxFileSystem('fs-1'), 'pass', undefined],
    ['a dbGaP file system with aws/fsx', anFsxFileSystem('fs-1', { kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/managed' }), 'fail', 'high'],
    ['a dbGaP scratch file system without KmsKeyId', anFsxFileSystem('fs-1', { kmsKeyId: undefined, deploymentType: 'SCRATCH_2' }), 'fail', 'high'],
    ['a non-dbGaP file system without KmsKeyId', anFsxFileSystem('fs-1', { kmsKeyId: undefined, tags: {} }), 'pass', undefined],
    ['a dbGaP file system whose key is a bare id of an unknown key', anFsxFileSystem('fs-1', { kmsKeyId: 'nope' }), 'error', undefined],
  ])('%s → %s', (_name, fileSystem, status, severity) => {
    const [result] = run(check, { fsxFileSystems: [fileSystem], kmsKeys: keys });
    expect(result?.status).toBe(status);
    if (severity) expect(result?.severity).toBe(severity);
  });

  it('resolves a bare key id in the file system’s region', () => {
    expect(statuses(run(check, { fsxFileSystems: [anFsxFileSystem('fs-1', { kmsKeyId: 'k1' })], kmsKeys: keys }))).toEqual(['pass']);
  });

  it('is an error when DescribeFileSystems was denied', () => {
    const results = run(check, { fsxFileSystems: { items: [], failures: [aFailure({ api: 'fsx.DescribeFileSystems', action: 'fsx:DescribeFileSystems' })] }, kmsKeys: keys });
    expect(statuses(results)).toEqual(['error']);
  });

  it('is not applicable without file systems', () => {
    expect(statuses(run(check, { fsxFileSystems: [], kmsKeys: [] }))).toEqual(['not_applicable']);
  });
});
