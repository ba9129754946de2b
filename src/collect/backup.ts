import {
  type BackupVaultListMember,
  GetBackupVaultAccessPolicyCommand,
  paginateListBackupVaults,
  paginateListRecoveryPointsByBackupVault,
  paginateListTags,
} from '@aws-sdk/client-backup';
import type { BackupRecoveryPoint, BackupVault, BackupVaultPolicy } from '../model/items/backup.js';
import { attempt, type CollectContext, defineCollector, parsePolicyText } from './collector.js';
import { attemptPages, gathered, itemsOf, shareListing, type SharedListing } from './paginate.js';

/** ListBackupVaults once per region per scan, shared by every Backup collector. */
function listedVaults(context: CollectContext, region: string): SharedListing<BackupVaultListMember> {
  return context.memo(`backup:vaults:${region}`, () => {
    const client = context.clients.get('backup', region);
    return shareListing({ api: 'backup.ListBackupVaults', region }, () => paginateListBackupVaults({ client }, {}), (page) => page.BackupVaultList);
  });
}

const iso = (date: Date | undefined) => (date ? new Date(date).toISOString() : undefined);

export const backupVaultsCollector = defineCollector({
  key: 'backupVaults',
  scope: 'regional',
  apis: ['backup.ListBackupVaults', 'backup.ListTags'],
  async collect(context, region) {
    const client = context.clients.get('backup', region);
    const outcomes = await listedVaults(context, region).map(async (entry) => {
      const arn = entry.BackupVaultArn ?? '';
      const tagPages = await attemptPages({ api: 'backup.ListTags', region, resourceArn: arn }, () => paginateListTags({ client }, { ResourceArn: arn }));
      const vault: BackupVault = {
        arn,
        region,
        name: entry.BackupVaultName ?? '',
        locked: entry.Locked ?? false,
        tags: tagPages.ok ? Object.assign({}, ...itemsOf(tagPages.value, (page) => (page.Tags ? [page.Tags] : []))) : undefined,
      };
      if (entry.VaultType) vault.vaultType = entry.VaultType;
      if (entry.EncryptionKeyArn) vault.encryptionKeyArn = entry.EncryptionKeyArn;
      if (entry.EncryptionKeyType) vault.encryptionKeyType = entry.EncryptionKeyType;
      if (entry.NumberOfRecoveryPoints !== undefined) vault.numberOfRecoveryPoints = entry.NumberOfRecoveryPoints;
      if (entry.MinRetentionDays !== undefined) vault.minRetentionDays = entry.MinRetentionDays;
      if (entry.MaxRetentionDays !== undefined) vault.maxRetentionDays = entry.MaxRetentionDays;
      const lockDate = iso(entry.LockDate);
      if (lockDate) vault.lockDate = lockDate;
      return tagPages.ok ? { item: vault } : { item: vault, failure: tagPages.failure };
    });
    return gathered(outcomes);
  },
});

export const backupVaultPoliciesCollector = defineCollector({
  key: 'backupVaultPolicies',
  scope: 'regional',
  apis: ['backup.ListBackupVaults', 'backup.GetBackupVaultAccessPolicy'],
  async collect(context, region) {
    const client = context.clients.get('backup', region);
    const outcomes = await listedVaults(context, region).map(async (entry) => {
      const arn = entry.BackupVaultArn ?? '';
      const name = entry.BackupVaultName ?? '';
      // "GetBackupVaultAccessPolicy" answers ResourceNotFoundException when the vault has no access policy.
      const response = await attempt({ api: 'backup.GetBackupVaultAccessPolicy', region, resourceArn: arn, absentOn: ['ResourceNotFoundException'] }, () =>
        client.send(new GetBackupVaultAccessPolicyCommand({ BackupVaultName: name })),
      );
      if (!response.ok) return { failure: response.failure };
      const item: BackupVaultPolicy = { arn, region, name, policy: parsePolicyText(response.value?.Policy) };
      return { item };
    });
    return gathered(outcomes);
  },
});

export const backupRecoveryPointsCollector = defineCollector({
  key: 'backupRecoveryPoints',
  scope: 'regional',
  apis: ['backup.ListBackupVaults', 'backup.ListRecoveryPointsByBackupVault'],
  async collect(context, region) {
    const client = context.clients.get('backup', region);
    const outcomes = await listedVaults(context, region).map(async (entry) => {
      const vaultArn = entry.BackupVaultArn ?? '';
      const vaultName = entry.BackupVaultName ?? '';
      const pages = await attemptPages({ api: 'backup.ListRecoveryPointsByBackupVault', region, resourceArn: vaultArn }, () =>
        paginateListRecoveryPointsByBackupVault({ client }, { BackupVaultName: vaultName }),
      );
      if (!pages.ok) return [{ failure: pages.failure }];
      return itemsOf(pages.value, (page) => page.RecoveryPoints).map((point) => {
        const item: BackupRecoveryPoint = { arn: point.RecoveryPointArn ?? '', region, vaultName, vaultArn };
        if (point.ResourceArn) item.resourceArn = point.ResourceArn;
        if (point.ResourceType) item.resourceType = point.ResourceType;
        if (point.Status) item.status = point.Status;
        const created = iso(point.CreationDate);
        if (created) item.creationDate = created;
        const deleteAt = iso(point.CalculatedLifecycle?.DeleteAt);
        if (deleteAt) item.deleteAt = deleteAt;
        if (point.IsEncrypted !== undefined) item.encrypted = point.IsEncrypted;
        return { item };
      });
    });
    return gathered(outcomes.ok ? { ok: true, value: outcomes.value.flat() } : outcomes);
  },
});
