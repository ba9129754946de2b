import { BackupClient, GetBackupVaultAccessPolicyCommand, ListBackupVaultsCommand, ListRecoveryPointsByBackupVaultCommand, ListTagsCommand } from '@aws-sdk/client-backup';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../helpers/collect.js';

const backup = mockClient(BackupClient);
const VAULT = 'arn:aws:backup:us-east-1:123456789012:backup-vault:v';

beforeEach(() => {
  backup.reset();
  backup.onAnyCommand().rejects(new Error('unexpected Backup command'));
  backup.on(ListBackupVaultsCommand).resolves({ BackupVaultList: [{ BackupVaultName: 'v', BackupVaultArn: VAULT, EncryptionKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/k', Locked: true, MinRetentionDays: 7 }] });
});
afterEach(() => backup.reset());

describe('Backup collectors', () => {
  it('reads vaults with their tags, policies and recovery points (one vault listing for all three)', async () => {
    backup.on(ListTagsCommand).resolves({ Tags: { 'dbgap:project': 'phs1' } });
    backup.on(GetBackupVaultAccessPolicyCommand).rejects(awsError('ResourceNotFoundException', 404));
    backup.on(ListRecoveryPointsByBackupVaultCommand).resolves({ RecoveryPoints: [{ RecoveryPointArn: 'rp-1', ResourceArn: 'arn:aws:s3:::b', CalculatedLifecycle: { DeleteAt: new Date('2027-01-01T00:00:00Z') } }] });
    const inventory = await collect(['backupVaults', 'backupVaultPolicies', 'backupRecoveryPoints']);
    expect(inventory.keys.backupVaults?.items).toEqual([expect.objectContaining({ name: 'v', locked: true, minRetentionDays: 7, tags: { 'dbgap:project': 'phs1' } })]);
    expect(inventory.keys.backupVaultPolicies?.items).toEqual([{ arn: VAULT, region: 'us-east-1', name: 'v', policy: null }]);
    expect(inventory.keys.backupRecoveryPoints?.items).toEqual([expect.objectContaining({ arn: 'rp-1', resourceArn: 'arn:aws:s3:::b', deleteAt: '2027-01-01T00:00:00.000Z', vaultArn: VAULT })]);
    expect(backup.commandCalls(ListBackupVaultsCommand)).toHaveLength(1);
  });

  it('keeps a vault whose tags are denied with tags unknown, and records the failure naming backup:ListTags', async () => {
    backup.on(ListTagsCommand).rejects(awsError('AccessDeniedException', 403));
    const inventory = await collect(['backupVaults']);
    expect(inventory.keys.backupVaults?.items).toEqual([expect.objectContaining({ name: 'v', tags: undefined })]);
    expect(inventory.keys.backupVaults?.failures).toEqual([expect.objectContaining({ action: 'backup:ListTags', resourceArn: VAULT })]);
  });

  it('records a denied access policy as a failure naming backup:GetBackupVaultAccessPolicy, never as "no policy"', async () => {
    backup.on(GetBackupVaultAccessPolicyCommand).rejects(awsError('AccessDeniedException', 403));
    const inventory = await collect(['backupVaultPolicies']);
    expect(inventory.keys.backupVaultPolicies?.items).toEqual([]);
    expect(inventory.keys.backupVaultPolicies?.failures).toEqual([expect.objectContaining({ action: 'backup:GetBackupVaultAccessPolicy' })]);
  });
});
