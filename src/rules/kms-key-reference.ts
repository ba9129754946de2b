/**
 * What a data store's KMS key reference (key id, key ARN, alias name or alias ARN) points at, resolved against the
 * collected keys. Shared by the checks that want a customer managed key (Redshift, DynamoDB, EFS, FSx, Backup vaults,
 * Lambda): a reference that cannot be resolved is `unknown`, never a pass, and its message names kms:DescribeKey.
 */
import { error, fail, type Finding, pass } from '../model/check.js';
import type { ResourceRef } from '../model/inventory.js';
import type { KmsKey } from '../model/items/kms.js';
import type { Severity } from '../model/severity.js';
import { severityForStore } from './data-classification.js';

export type KeyResolution =
  | { kind: 'customer'; key: KmsKey }
  | { kind: 'aws-managed'; key: KmsKey }
  /** The key manager is neither CUSTOMER nor AWS (a value AWS may add, or UNKNOWN): never read as customer managed. */
  | { kind: 'unknown-manager'; key: KmsKey }
  /** A key of another account: AWS managed keys cannot be used across accounts, so its owner manages it. */
  | { kind: 'foreign'; owner: string }
  | { kind: 'unknown'; why: string };

/** Indexes the keys once; `resolve(reference, region)` for each store. */
export function keyResolver(keys: readonly KmsKey[], accountId: string): (reference: string, storeRegion: string) => KeyResolution {
  const byArn = new Map<string, KmsKey>();
  const byRegionalName = new Map<string, KmsKey>();
  for (const key of keys) {
    if (!byArn.has(key.arn)) byArn.set(key.arn, key);
    for (const name of [key.keyId, ...(key.aliases ?? [])]) {
      const regional = `${key.region} ${name}`;
      if (!byRegionalName.has(regional)) byRegionalName.set(regional, key);
    }
  }
  return (reference, storeRegion) => {
    const isArn = reference.startsWith('arn:');
    const parts = reference.split(':');
    const owner = isArn ? parts[4] : undefined;
    if (owner && owner !== accountId) return { kind: 'foreign', owner };
    const isAliasArn = isArn && reference.includes(':alias/');
    const name = isAliasArn ? reference.slice(reference.indexOf('alias/')) : reference;
    const region = isArn ? (parts[3] ?? storeRegion) : storeRegion;
    const key = byArn.get(reference) ?? byRegionalName.get(`${region} ${isArn && !isAliasArn ? reference.slice(reference.indexOf('key/') + 4) : name}`);
    if (!key) {
      return { kind: 'unknown', why: `KMS key ${reference} is not in the inventory (kms:DescribeKey was not answered for it, or its region was not scanned)` };
    }
    if (key.keyManager === 'CUSTOMER') return { kind: 'customer', key };
    if (key.keyManager === 'AWS') return { kind: 'aws-managed', key };
    return { kind: 'unknown-manager', key };
  };
}

/** One phrase for the data inventory's `encryption` column. */
export function describeResolution(resolution: KeyResolution, reference: string): string {
  switch (resolution.kind) {
    case 'customer':
      return `KMS customer key ${resolution.key.arn}`;
    case 'aws-managed':
      return `AWS managed key ${resolution.key.arn}`;
    case 'foreign':
      return `KMS key of account ${resolution.owner} (${reference})`;
    case 'unknown-manager':
      return `KMS key ${resolution.key.arn} (key manager ${resolution.key.keyManager})`;
    case 'unknown':
      return `KMS key ${reference} (manager unknown: kms:DescribeKey)`;
  }
}

export interface AtRestQuestion {
  target: ResourceRef;
  /** `Redshift cluster lab (dbGaP data)`. */
  label: string;
  encrypted: boolean;
  /** The store's key reference; undefined when it names none (the service's AWS owned or default key). */
  reference: string | undefined;
  /** What no reference means, e.g. `the AWS owned key`. */
  withoutReference: string;
  dbgap: boolean | 'unknown';
  severity: Severity;
}

/**
 * Encrypted at rest, and for dbGaP data (or data that may be: unread tags) under a customer managed key. Not
 * encrypted is a finding everywhere (low outside dbGaP data); an unresolvable key for dbGaP data is an error naming
 * kms:DescribeKey, never a pass.
 */
export function atRestFinding(question: AtRestQuestion, resolve: (reference: string, region: string) => KeyResolution): Finding {
  const { target, label, dbgap } = question;
  const severity = severityForStore(dbgap, question.severity);
  if (!question.encrypted) return fail(target, `${label} is not encrypted at rest.`, severity);
  if (dbgap === false) {
    return pass(target, `${label} is encrypted at rest${question.reference ? ` with KMS key ${question.reference}` : ''}; it is not classified as dbGaP data, so a customer managed key is not required.`);
  }
  if (!question.reference) return fail(target, `${label} is encrypted with ${question.withoutReference}, not a customer managed KMS key.`, severity);
  const resolution = resolve(question.reference, target.region ?? '');
  switch (resolution.kind) {
    case 'customer':
      if (resolution.key.keyState !== 'Enabled') {
        return fail(target, `${label} is encrypted with customer managed key ${resolution.key.arn}, but the key is ${resolution.key.keyState}.`, severity);
      }
      return pass(target, `${label} is encrypted with customer managed key ${resolution.key.arn}.`);
    case 'foreign':
      return pass(target, `${label} is encrypted with a customer managed key of account ${resolution.owner} (${question.reference}).`);
    case 'aws-managed':
      return fail(target, `${label} is encrypted with the AWS managed key ${resolution.key.arn}, not a customer managed key.`, severity);
    case 'unknown-manager':
      return error(target, `${label} is encrypted with KMS key ${resolution.key.arn}, whose key manager (${resolution.key.keyManager}) kms:DescribeKey did not report as CUSTOMER or AWS.`);
    case 'unknown':
      return error(target, `${label}: whether its key is customer managed is unknown: ${resolution.why}.`);
  }
}

/** A resolution in which a key of an unknown manager is `unknown` too, its reason naming kms:DescribeKey. */
export type KeyKind = Exclude<KeyResolution, { kind: 'unknown-manager' }>;

/** Resolves one reference (the Backup vault and Lambda checks, one key per resource). */
export function keyKind(reference: string, region: string, keys: readonly KmsKey[], accountId: string): KeyKind {
  const resolution = keyResolver(keys, accountId)(reference, region);
  if (resolution.kind !== 'unknown-manager') return resolution;
  return { kind: 'unknown', why: `the manager of KMS key ${resolution.key.arn} is ${resolution.key.keyManager} (kms:DescribeKey did not say CUSTOMER or AWS)` };
}
