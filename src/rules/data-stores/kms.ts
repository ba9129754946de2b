/** How a store's KMS key reads in the data inventory: whose key it is, from the account's own key list. */
import type { InventoryData } from '../../model/inventory.js';
import type { KmsKey } from '../../model/items/kms.js';

function keyMatches(key: KmsKey, reference: string): boolean {
  if (key.arn === reference || key.keyId === reference) return true;
  // An alias name (`alias/x`) or alias ARN (`arn:aws:kms:region:account:alias/x`).
  const alias = /(?:^|:)(alias\/.+)$/.exec(reference)?.[1];
  return alias !== undefined && (key.aliases ?? []).includes(alias);
}

/**
 * `KMS customer key <arn>`, `AWS managed key <arn>`, or `KMS key <reference>` when the key is not in this account's
 * key list (another account's key, or keys were not collected). `awsManagedDefault` names the AWS managed key
 * used when a store says "KMS" without naming a key (aws/s3, aws/ebs).
 */
export function describeKmsKey(inventory: InventoryData, reference: string | undefined, region: string | undefined, awsManagedDefault: string): string {
  if (!reference) return `AWS managed key (${awsManagedDefault})`;
  const key = (inventory.kmsKeys?.items ?? []).find((candidate) => (region === undefined || candidate.region === region || reference.startsWith('arn:')) && keyMatches(candidate, reference));
  if (!key) return `KMS key ${reference}`;
  return key.keyManager === 'CUSTOMER' ? `KMS customer key ${key.arn}` : `AWS managed key ${key.arn}`;
}
