import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/efs-encrypted-at-rest.js';
import { anEfsFileSystem } from '../../helpers/efs.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aKmsKey } from '../../helpers/kms.js';

const keys = [aKmsKey('k1'), aKmsKey('managed', { keyManager: 'AWS', aliases: ['alias/aws/elasticfilesystem'] })];

// EFS User Guide, "Encrypting data at rest": Encrypted and KmsKeyId of DescribeFileSystems; set only at creation.
describe('efs-encrypted-at-rest', () => {
  it.each([
    ['a dbGaP file system with a customer key', anEfsFileSystem('fs-1'), 'pass', undefined],
    ['an unencrypted dbGaP file system', anEfsFileSystem('fs-1', { encrypted: false, kmsKeyId: undefined }), 'fail', 'high'],
    ['an unencrypted file system that is not dbGaP data', anEfsFileSystem('fs-1', { encrypted: false, kmsKeyId: undefined, tags: {} }), 'fail', 'low'],
    ['a dbGaP file system with the AWS managed key (alias ARN)', anEfsFileSystem('fs-1', { kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:alias/aws/elasticfilesystem' }), 'fail', 'high'],
    ['a dbGaP file system whose key is not in the inventory', anEfsFileSystem('fs-1', { kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/gone' }), 'error', undefined],
  ])('%s → %s', (_name, fileSystem, status, severity) => {
    const [result] = run(check, { efsFileSystems: [fileSystem], kmsKeys: keys });
    expect(result?.status).toBe(status);
    if (severity) expect(result?.severity).toBe(severity);
  });

  it('skips deleted file systems', () => {
    expect(statuses(run(check, { efsFileSystems: [anEfsFileSystem('fs-1', { lifeCycleState: 'deleted', encrypted: false })], kmsKeys: keys }))).toEqual(['not_applicable']);
  });

  it('is an error when DescribeFileSystems was denied', () => {
    const results = run(check, { efsFileSystems: { items: [], failures: [aFailure({ api: 'efs.DescribeFileSystems', action: 'elasticfilesystem:DescribeFileSystems' })] }, kmsKeys: keys });
    expect(statuses(results)).toEqual(['error']);
  });
});
