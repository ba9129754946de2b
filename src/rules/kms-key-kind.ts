/**
 * What kind of KMS key a service's key reference (key ARN, key id or alias) names, from the collected keys. Shared by
 * the Backup vault and Lambda encryption checks. A key of this account that was not described is never read as
 * customer-managed: only kms:DescribeKey tells a customer key from an AWS-managed one.
 */
import type { KmsKey } from '../model/items/kms.js';

export type KeyKind =
  | { kind: 'customer'; key: KmsKey }
  | { kind: 'aws-managed'; key: KmsKey }
  /** AWS-managed keys cannot be used across accounts, so another account's key is customer-managed by its owner. */
  | { kind: 'foreign'; owner: string }
  | { kind: 'unknown'; why: string };

function accountOf(arn: string): string | undefined {
  return arn.startsWith('arn:') ? arn.split(':')[4] : undefined;
}

export function keyKind(reference: string, region: string, keys: readonly KmsKey[], accountId: string): KeyKind {
  const owner = accountOf(reference);
  if (owner && owner !== accountId) return { kind: 'foreign', owner };
  const isAliasArn = reference.startsWith('arn:') && reference.includes(':alias/');
  const keyRegion = reference.startsWith('arn:') ? (reference.split(':')[3] ?? region) : region;
  const name = isAliasArn ? reference.slice(reference.indexOf('alias/')) : reference;
  const key = keys.find((candidate) => candidate.arn === reference || (candidate.region === keyRegion && (candidate.keyId === name || (candidate.aliases ?? []).includes(name))));
  if (!key) return { kind: 'unknown', why: `KMS key ${reference} is not in the inventory (kms:DescribeKey did not describe it, or its region was not scanned)` };
  if (key.keyManager === 'CUSTOMER') return { kind: 'customer', key };
  if (key.keyManager === 'AWS') return { kind: 'aws-managed', key };
  return { kind: 'unknown', why: `the manager of KMS key ${key.arn} is ${key.keyManager} (kms:DescribeKey did not say CUSTOMER or AWS)` };
}
