import { z } from 'zod';
import type { BackupRecoveryPoint, BackupVault, BackupVaultPolicy } from '../../model/items/backup.js';
import { document, itemSchema, tagsIfRead } from './common.js';

const region = z.string();

export const backupVault = itemSchema<BackupVault>()({
  region,
  name: z.string(),
  vaultType: z.string().optional(),
  encryptionKeyArn: z.string().optional(),
  encryptionKeyType: z.string().optional(),
  numberOfRecoveryPoints: z.number().optional(),
  locked: z.boolean(),
  minRetentionDays: z.number().optional(),
  maxRetentionDays: z.number().optional(),
  lockDate: z.string().optional(),
  tags: tagsIfRead,
});

export const backupVaultPolicy = itemSchema<BackupVaultPolicy>()({ region, name: z.string(), policy: document });

export const backupRecoveryPoint = itemSchema<BackupRecoveryPoint>()({
  region,
  vaultName: z.string(),
  vaultArn: z.string(),
  resourceArn: z.string().optional(),
  resourceType: z.string().optional(),
  status: z.string().optional(),
  creationDate: z.string().optional(),
  deleteAt: z.string().optional(),
  encrypted: z.boolean().optional(),
});
