import type { BackupRecoveryPoint, BackupVault, BackupVaultPolicy } from '../../src/model/items/backup.js';
import { ACCOUNT } from './inventory.js';

const vaultArn = (name: string, region = 'us-east-1') => `arn:aws:backup:${region}:${ACCOUNT.id}:backup-vault:${name}`;

export function aVault(name: string, overrides: Partial<BackupVault> = {}): BackupVault {
  const region = overrides.region ?? 'us-east-1';
  return { arn: vaultArn(name, region), region, name, encryptionKeyArn: `arn:aws:kms:${region}:${ACCOUNT.id}:key/k1`, locked: false, tags: {}, ...overrides };
}

export function aVaultPolicy(name: string, policy: unknown): BackupVaultPolicy {
  return { arn: vaultArn(name), region: 'us-east-1', name, policy };
}

export function aRecoveryPoint(id: string, vault: string, overrides: Partial<BackupRecoveryPoint> = {}): BackupRecoveryPoint {
  return { arn: `arn:aws:backup:us-east-1:${ACCOUNT.id}:recovery-point:${id}`, region: 'us-east-1', vaultName: vault, vaultArn: vaultArn(vault), status: 'COMPLETED', ...overrides };
}
