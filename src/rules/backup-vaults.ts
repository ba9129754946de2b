/**
 * AWS Backup vaults: whether a vault holds dbGaP data, and whether its access policy is public.
 *
 * Classification (decision): a vault holds dbGaP data when its own tags say so (data-classification.ts), or when one
 * of its recovery points backs up a resource this scan classifies as dbGaP: an S3 bucket (by name or tag), or an EBS
 * volume (by tag). A recovery point's source that the inventory does not hold (another service's resource, or a bucket
 * or volume already deleted) does not classify the vault; tag the vault to make it count. A vault whose tags could not
 * be read and that no recovery point classifies is `unknown`.
 */
import type { BackupRecoveryPoint, BackupVault } from '../model/items/backup.js';
import type { Ec2Volume } from '../model/items/ec2.js';
import type { S3BucketTags } from '../model/items/s3.js';
import type { Settings } from '../model/settings.js';
import { bucketNameFromArn } from './arn.js';
import { controlledDataReason, holdsControlledData, isDbgapBucket } from './data-classification.js';
import { findAllowedRequest, type AccessAnswer, type ParsedPolicy } from './iam-policy/index.js';

export interface SourceTags {
  readonly s3BucketTags: readonly S3BucketTags[];
  readonly ec2Volumes: readonly Ec2Volume[];
}

/** The tags of a backed-up resource, when the inventory holds it. */
export function sourceTagLookup(sources: SourceTags): (resourceArn: string | undefined) => Record<string, string> | undefined {
  const tags = new Map<string, Record<string, string>>();
  for (const bucket of sources.s3BucketTags) tags.set(bucket.arn, bucket.tags);
  for (const volume of sources.ec2Volumes) tags.set(volume.arn, volume.tags);
  return (resourceArn) => (resourceArn ? tags.get(resourceArn) : undefined);
}

/** Does this recovery point back up dbGaP data (by its source resource)? */
export function pointIsDbgap(point: BackupRecoveryPoint, tagsOf: (arn: string | undefined) => Record<string, string> | undefined, settings: Settings): boolean {
  const arn = point.resourceArn;
  if (!arn) return false;
  if (arn.startsWith('arn:') && arn.split(':')[2] === 's3') return isDbgapBucket(bucketNameFromArn(arn), tagsOf(arn), settings);
  return holdsControlledData({ kind: point.resourceType ?? 'resource', name: arn, tags: tagsOf(arn) }, settings);
}

export interface VaultClassification {
  readonly dbgap: boolean | 'unknown';
  readonly reason: string | null;
}

export function vaultClassifier(
  points: readonly BackupRecoveryPoint[],
  sources: SourceTags,
  settings: Settings,
): (vault: BackupVault) => VaultClassification {
  const tagsOf = sourceTagLookup(sources);
  const dbgapSources = new Map<string, string>();
  for (const point of points) {
    if (!dbgapSources.has(point.vaultArn) && pointIsDbgap(point, tagsOf, settings)) dbgapSources.set(point.vaultArn, point.resourceArn ?? '');
  }
  return (vault) => {
    const own = controlledDataReason({ kind: 'backup-vault', name: vault.name, tags: vault.tags }, settings);
    if (own) return { dbgap: true, reason: own };
    const source = dbgapSources.get(vault.arn);
    if (source) return { dbgap: true, reason: `holds recovery points of dbGaP resource ${source}` };
    return vault.tags === undefined ? { dbgap: 'unknown', reason: null } : { dbgap: false, reason: null };
  };
}

/**
 * Is the vault access policy public: does it allow a principal of any AWS account it does not name to call a Backup
 * action on the vault? AWS Backup takes no anonymous calls. Same rule as KMS key policies (iam-policy/public-access.ts):
 * only a condition on a key the caller cannot choose, with fixed values, confines `Principal: "*"`.
 */
export function vaultPolicyPublicAccess(policy: ParsedPolicy, vaultArn: string, scope: { account: { id: string; partition: string }; now: Date }): AccessAnswer {
  return findAllowedRequest({
    policies: [policy],
    kind: 'resource',
    outsider: { kind: 'any-account' },
    target: { kind: 'resource', arn: vaultArn },
    actions: { services: ['backup'] },
    account: scope.account,
    trustedAccounts: [],
    now: scope.now,
  });
}
