/**
 * Phrases the data-store sources share: a fact that could not be read says which IAM action was missing, and a key
 * that was not collected (the scan ran fewer checks) says so, so an evidence reader never takes either for "none".
 */
import type { CollectionFailure } from '../../model/failure.js';
import type { InventoryData, InventoryKey } from '../../model/inventory.js';
import { controlledDataReason, type DataStore } from '../data-classification.js';
import type { Settings } from '../../model/settings.js';

/** The failure of `key` that leaves the resource `arn` (in `region`) unknown: its own, its region's or the whole key's. */
export function failureFor(inventory: InventoryData, key: InventoryKey, arn: string, region?: string): CollectionFailure | undefined {
  const failures = inventory[key]?.failures ?? [];
  return (
    failures.find((failure) => failure.resourceArn === arn) ??
    failures.find((failure) => !failure.resourceArn && region !== undefined && failure.region === region) ??
    failures.find((failure) => !failure.resourceArn && !failure.region)
  );
}

/** `unknown (s3:GetBucketTagging denied)`, `unknown (kms:DescribeKey throttled)`, `unknown (not collected)`. */
export function unknownPhrase(failure: CollectionFailure | undefined): string {
  if (!failure) return 'unknown (not collected)';
  const what = failure.kind === 'access-denied' ? 'denied' : failure.kind === 'unreadable' ? 'unreadable' : `failed: ${failure.code}`;
  return `unknown (${failure.action} ${what})`;
}

/** The classification fields of a record: tags undefined means they could not be read (`why` says how). */
export function classify(
  store: DataStore,
  settings: Settings,
  unreadTags: string,
): { controlledData: boolean | 'unknown'; reason: string | null } {
  const reason = controlledDataReason(store, settings);
  if (reason) return { controlledData: true, reason };
  if (store.tags === undefined) return { controlledData: 'unknown', reason: `tags ${unreadTags}` };
  return { controlledData: false, reason: null };
}
