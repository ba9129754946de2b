/** Inventory item types of AWS Backup. */
import type { ResourceRef } from '../inventory.js';

/** One backup vault (ListBackupVaults) with its tags (ListTags). */
export interface BackupVault extends ResourceRef {
  region: string;
  name: string;
  /** BACKUP_VAULT | LOGICALLY_AIR_GAPPED_BACKUP_VAULT | RESTORE_ACCESS_BACKUP_VAULT. */
  vaultType?: string;
  encryptionKeyArn?: string;
  /** AWS-managed or customer-managed key, as AWS Backup reports it (AWS_OWNED_KMS_KEY | CUSTOMER_MANAGED_KMS_KEY). */
  encryptionKeyType?: string;
  numberOfRecoveryPoints?: number;
  /** Vault Lock: true once a lock is configured (governance mode, or compliance mode before or after its grace time). */
  locked: boolean;
  minRetentionDays?: number;
  maxRetentionDays?: number;
  /** When a compliance-mode lock becomes immutable. */
  lockDate?: string;
  /** undefined when ListTags failed. */
  tags: Record<string, string> | undefined;
}

/** A vault's access policy (GetBackupVaultAccessPolicy); `policy: null` when the vault has none. */
export interface BackupVaultPolicy extends ResourceRef {
  region: string;
  name: string;
  policy: unknown;
}

/** One recovery point of a vault (ListRecoveryPointsByBackupVault). */
export interface BackupRecoveryPoint extends ResourceRef {
  region: string;
  vaultName: string;
  vaultArn: string;
  /** The backed-up resource. */
  resourceArn?: string;
  resourceType?: string;
  status?: string;
  creationDate?: string;
  /** When the lifecycle deletes it; absent = kept until deleted by hand. */
  deleteAt?: string;
  encrypted?: boolean;
}
