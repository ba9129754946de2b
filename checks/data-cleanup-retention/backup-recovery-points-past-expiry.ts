import { defineCheck, error, fail } from '../../src/model/check.js';
import { sourceTagLookup } from '../../src/rules/backup-vaults.js';
import { expiryDay, isPastExpiry } from '../../src/rules/dates.js';

export default defineCheck({
  id: 'backup-recovery-points-past-expiry',
  title: 'No AWS Backup recovery point of dbGaP data outlives its expiry date',
  controlArea: 'data-cleanup-retention',
  severity: 'high',
  nist: { sp800_53r5: ['SI-12', 'MP-6', 'CP-9'], sp800_171r2: ['3.8.3'], sp800_171r3: ['03.08.03', '03.14.08'] },
  needs: ['backupRecoveryPoints', 'backupVaults', 's3BucketTags', 'ec2Volumes'],
  rationale:
    'When a data use ends, every copy must be destroyed, and backups are the copies most often forgotten: deleting the bucket or volume leaves its recovery points in the vault. The expiry date comes from the dbGaP expiry tag (settings.dbgapTags.expiry) of the backed-up bucket or volume, or, when the inventory does not hold the source, of the vault.',
  remediation: {
    summary:
      'Delete expired recovery points after the close-out is approved. Record it in the close-out attestation. If the data use was renewed, update the expiry tag instead; shorten the backup plan lifecycle so later copies expire with the data.',
    cli: 'aws backup list-recovery-points-by-backup-vault --backup-vault-name VAULT --by-resource-arn RESOURCE_ARN  # review, then delete each expired one on purpose: aws backup delete-recovery-point --backup-vault-name VAULT --recovery-point-arn RECOVERY_POINT_ARN',
    docUrl: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/deleting-backups.html',
  },
  evaluate({ backupRecoveryPoints, backupVaults, s3BucketTags, ec2Volumes }, { settings, now }) {
    const expiryTag = settings.dbgapTags.expiry;
    const tagsOf = sourceTagLookup({ s3BucketTags, ec2Volumes });
    const vaultTags = new Map(backupVaults.map((vault) => [vault.arn, vault.tags]));
    return backupRecoveryPoints.flatMap((point) => {
      if (point.status === 'DELETING' || point.status === 'EXPIRED') return [];
      const sourceTags = tagsOf(point.resourceArn);
      const [value, from] = sourceTags?.[expiryTag] !== undefined ? [sourceTags[expiryTag], `source ${point.resourceArn}`] : [vaultTags.get(point.vaultArn)?.[expiryTag], `vault ${point.vaultName}`];
      if (value === undefined) return [];
      const label = `Recovery point ${point.arn} of ${point.resourceArn ?? 'an unknown resource'} in vault ${point.vaultName}`;
      const day = expiryDay(value);
      if (!day) return [error(point, `${label}: ${from} has ${expiryTag}="${value}", which is not an ISO date, so its expiry cannot be judged.`)];
      if (!isPastExpiry(day, now)) return [];
      const deletion = point.deleteAt ? `its lifecycle deletes it on ${point.deleteAt.slice(0, 10)}` : 'no lifecycle deletes it';
      return [fail(point, `${label} is kept past the data's expiry on ${day} (${expiryTag} of ${from}); ${deletion}.`)];
    });
  },
});
