/** AWS Backup of the synthetic account: a locked CMK vault, an unlocked one under aws/backup with a public policy. */
import { serviceError, type Output } from '../synthetic-aws.js';
import type { SyntheticResponder } from './index.js';

export const backup: SyntheticResponder = (aws, api, region, input): Output => {
  const { accountId } = aws.options;
  const vaultArn = (name: string) => `arn:aws:backup:${region}:${accountId}:backup-vault:${name}`;
  const vaults = [
    { BackupVaultName: 'dbgap-vault', BackupVaultArn: vaultArn('dbgap-vault'), EncryptionKeyArn: `arn:aws:kms:${region}:${accountId}:key/key-0`, Locked: true, MinRetentionDays: 7, MaxRetentionDays: 365, NumberOfRecoveryPoints: 2 },
    { BackupVaultName: 'Default', BackupVaultArn: vaultArn('Default'), EncryptionKeyArn: `arn:aws:kms:${region}:${accountId}:key/aws-backup-${region}`, Locked: false, NumberOfRecoveryPoints: 1 },
  ];
  const name = String(input.BackupVaultName ?? String(input.ResourceArn ?? '').split(':').at(-1));
  switch (api) {
    case 'backup.ListBackupVaults':
      return { BackupVaultList: vaults };
    case 'backup.ListTags':
      return { Tags: name === 'dbgap-vault' ? { 'dbgap:project': 'phs000001', 'dbgap:expiry': '2025-06-30' } : {} };
    case 'backup.GetBackupVaultAccessPolicy': {
      if (name === 'dbgap-vault') throw serviceError('ResourceNotFoundException', 404);
      // Principal * with a condition the caller chooses (aws:UserAgent): public.
      const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'backup:CopyIntoBackupVault', Resource: '*', Condition: { StringLike: { 'aws:UserAgent': '*' } } }] };
      return { BackupVaultName: name, BackupVaultArn: vaultArn(name), Policy: JSON.stringify(policy) };
    }
    case 'backup.ListRecoveryPointsByBackupVault': {
      const point = (id: string, resourceArn: string, resourceType: string) => ({
        RecoveryPointArn: `arn:aws:backup:${region}:${accountId}:recovery-point:${id}`,
        BackupVaultName: name,
        BackupVaultArn: vaultArn(name),
        ResourceArn: resourceArn,
        ResourceType: resourceType,
        Status: 'COMPLETED',
        CreationDate: new Date('2026-01-01T00:00:00Z'),
        IsEncrypted: true,
      });
      return name === 'dbgap-vault'
        ? { RecoveryPoints: [point(`${name}-1`, `arn:aws:s3:::${aws.bucketName(0)}`, 'S3'), point(`${name}-2`, `arn:aws:s3:::${aws.bucketName(12)}`, 'S3')] }
        : { RecoveryPoints: [point(`${name}-1`, `arn:aws:ec2:${region}:${accountId}:volume/vol-old`, 'EBS')] };
    }
    default:
      throw serviceError('UnknownOperationException', 400);
  }
};
