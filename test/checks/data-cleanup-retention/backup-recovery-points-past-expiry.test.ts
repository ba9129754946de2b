import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-cleanup-retention/backup-recovery-points-past-expiry.js';
import lockCheck from '../../../checks/file-systems-storage/backup-vault-lock-dbgap.js';
import cmkCheck from '../../../checks/data-encryption/backup-vault-encrypted-cmk.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aRecoveryPoint, aVault } from '../../helpers/backup.js';
import { aBucketTags } from '../../helpers/s3.js';
import { aKmsKey } from '../../helpers/kms.js';

const expired = aBucketTags('dbgap-old', { 'dbgap:project': 'phs1', 'dbgap:expiry': '2025-01-31' });
const current = aBucketTags('dbgap-new', { 'dbgap:project': 'phs2', 'dbgap:expiry': '2030-01-31' });

describe('backup-recovery-points-past-expiry', () => {
  it('fails a recovery point of an expired bucket, ignores current ones and those already deleting', () => {
    const results = run(check, {
      backupVaults: [aVault('v')],
      backupRecoveryPoints: [
        aRecoveryPoint('1', 'v', { resourceArn: expired.arn }),
        aRecoveryPoint('2', 'v', { resourceArn: current.arn }),
        aRecoveryPoint('3', 'v', { resourceArn: expired.arn, status: 'DELETING' }),
      ],
      s3BucketTags: [expired, current],
      ec2Volumes: [],
    });
    expect(statuses(results)).toEqual(['fail']);
    expect(results[0]?.message).toContain('2025-01-31');
  });

  it('falls back to the vault’s expiry tag when the source is gone, and errors on a date it cannot read', () => {
    const results = run(check, {
      backupVaults: [aVault('old', { tags: { 'dbgap:expiry': '2024-12-31' } }), aVault('odd', { tags: { 'dbgap:expiry': 'soon' } })],
      backupRecoveryPoints: [aRecoveryPoint('1', 'old', { resourceArn: 'arn:aws:s3:::deleted-bucket' }), aRecoveryPoint('2', 'odd', { resourceArn: 'arn:aws:s3:::x' })],
      s3BucketTags: [],
      ec2Volumes: [],
    });
    expect(statuses(results)).toEqual(['fail', 'error']);
  });

  it('is not applicable without expiry tags, and an error naming the IAM action when recovery points could not be listed', () => {
    expect(statuses(run(check, { backupVaults: [aVault('v')], backupRecoveryPoints: [aRecoveryPoint('1', 'v')], s3BucketTags: [], ec2Volumes: [] }))).toEqual(['not_applicable']);
    const results = run(check, {
      backupVaults: [aVault('v')],
      backupRecoveryPoints: { items: [], failures: [aFailure({ api: 'backup.ListRecoveryPointsByBackupVault', action: 'backup:ListRecoveryPointsByBackupVault' })] },
      s3BucketTags: [],
      ec2Volumes: [],
    });
    expect(statuses(results)).toContain('error');
    expect(results.find((result) => result.status === 'error')?.message).toContain('backup:ListRecoveryPointsByBackupVault');
  });
});

describe('backup-vault-lock-dbgap', () => {
  it('fails an unlocked vault holding recovery points of a dbGaP bucket, passes a locked one, skips others', () => {
    const results = run(lockCheck, {
      backupVaults: [aVault('dbgap'), aVault('locked', { locked: true, minRetentionDays: 7, tags: { 'dbgap:project': 'phs1' } }), aVault('other')],
      backupRecoveryPoints: [aRecoveryPoint('1', 'dbgap', { resourceArn: current.arn })],
      s3BucketTags: [current],
      ec2Volumes: [],
    });
    expect(statuses(results)).toEqual(['fail', 'pass']);
  });

  it('judges a vault whose tags could not be read as possibly dbGaP', () => {
    const results = run(lockCheck, { backupVaults: [aVault('unknown', { tags: undefined })], backupRecoveryPoints: [], s3BucketTags: [], ec2Volumes: [] });
    expect(statuses(results)).toEqual(['fail']);
  });
});

describe('backup-vault-encrypted-cmk', () => {
  const keys = [aKmsKey('k1'), aKmsKey('aws', { keyManager: 'AWS', aliases: ['alias/aws/backup'] }), aKmsKey('odd', { keyManager: 'UNKNOWN' })];
  const evaluate = (vault: ReturnType<typeof aVault>) => run(cmkCheck, { backupVaults: [vault], backupRecoveryPoints: [], kmsKeys: keys, s3BucketTags: [], ec2Volumes: [] });
  it.each([
    ['a customer key', aVault('a'), 'pass'],
    ['aws/backup', aVault('b', { encryptionKeyArn: keys[1]!.arn }), 'fail'],
    ['an AWS-owned key', aVault('c', { encryptionKeyArn: undefined, encryptionKeyType: 'AWS_OWNED_KMS_KEY' }), 'fail'],
    ['a key of unknown manager', aVault('d', { encryptionKeyArn: keys[2]!.arn }), 'error'],
    ['a key that was not described', aVault('e', { encryptionKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/gone' }), 'error'],
    ['no key named', aVault('f', { encryptionKeyArn: undefined }), 'error'],
  ])('%s → %s', (_name, vault, expected) => {
    const results = evaluate(vault);
    expect(statuses(results)).toEqual([expected]);
    if (vault.name === 'd' || vault.name === 'e') expect(results[0]?.message).toContain('kms:DescribeKey');
  });

  it('lowers the severity of a weak key on a vault that holds no dbGaP data, keeps it on a dbGaP vault', () => {
    expect(evaluate(aVault('b', { encryptionKeyArn: keys[1]!.arn }))[0]?.severity).toBe('low');
    expect(evaluate(aVault('b', { encryptionKeyArn: keys[1]!.arn, tags: { 'dbgap:project': 'phs1' } }))[0]?.severity).toBe('high');
  });
});
