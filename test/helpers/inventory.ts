/** Builders for small fixture inventories, and a helper that runs one check over them through the real runner. */
import type { Check } from '../../src/model/check.js';
import { evaluateCheck } from '../../src/evaluate.js';
import type { CollectionFailure } from '../../src/model/failure.js';
import { INVENTORY_SCHEMA_VERSION, type Inventory, type InventoryItems, type InventoryKey } from '../../src/model/inventory.js';
import { type CredentialReportRow } from '../../src/model/items/iam.js';
import { type IpPermission, type SecurityGroup } from '../../src/model/items/ec2.js';
import { type KmsKey } from '../../src/model/items/kms.js';
import { type S3BucketPolicy } from '../../src/model/items/s3.js';
import { type Trail } from '../../src/model/items/cloudtrail.js';
import type { CheckResult } from '../../src/model/scan-result.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/model/settings.js';

export const ACCOUNT = { id: '123456789012', partition: 'aws' };
export const NOW = new Date('2026-11-23T12:00:00.000Z');

export type FixtureKeys = { [K in InventoryKey]?: InventoryItems[K][] | { items: InventoryItems[K][]; failures: CollectionFailure[] } };

export function anInventory(keys: FixtureKeys, overrides: Partial<Inventory> = {}): Inventory {
  const data: Inventory['keys'] = {};
  for (const [key, value] of Object.entries(keys)) {
    const entry = Array.isArray(value) ? { items: value, failures: [] } : value;
    (data as Record<string, unknown>)[key] = { ...entry, regions: ['us-east-1'] };
  }
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    generator: { name: 'dbgap-audit', version: 'test' },
    collectedAt: NOW.toISOString(),
    account: ACCOUNT,
    regions: ['us-east-1'],
    scopeFailures: [],
    keys: data,
    ...overrides,
  };
}

/** Evaluates one check over fixture keys with the real runner (so failures become errors exactly as in a scan). */
export function run(
  check: Check,
  keys: FixtureKeys,
  options: { settings?: Partial<Settings>; regions?: string[]; now?: Date } = {},
): CheckResult[] {
  const inventory = anInventory(keys, options.regions ? { regions: options.regions } : {});
  return evaluateCheck(check, inventory, {
    account: inventory.account,
    regions: inventory.regions,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    now: options.now ?? NOW,
  });
}

/** status of each result, for compact assertions. */
export function statuses(results: readonly CheckResult[]): string[] {
  return results.map((result) => result.status);
}

export function aFailure(overrides: Partial<CollectionFailure> = {}): CollectionFailure {
  return {
    api: 's3.GetBucketPolicy',
    action: 's3:GetBucketPolicy',
    code: 'AccessDenied',
    kind: 'access-denied',
    message: 'Access Denied',
    region: 'us-east-1',
    ...overrides,
  };
}

export function aBucketPolicy(bucket: string, policy: unknown, region = 'us-east-1'): S3BucketPolicy {
  return { arn: `arn:aws:s3:::${bucket}`, bucket, region, policy };
}

export function aPermission(overrides: Partial<IpPermission> = {}): IpPermission {
  return { protocol: 'tcp', fromPort: 443, toPort: 443, ipv4Ranges: [], ipv6Ranges: [], prefixListIds: [], referencedGroupIds: [], ...overrides };
}

export function aSecurityGroup(id: string, ingress: IpPermission[], region = 'us-east-1'): SecurityGroup {
  return {
    arn: `arn:aws:ec2:${region}:${ACCOUNT.id}:security-group/${id}`,
    region,
    groupId: id,
    groupName: `${id}-name`,
    vpcId: 'vpc-1',
    ingress,
    egress: [],
  };
}

export function aCredentialRow(user: string, overrides: Partial<CredentialReportRow> = {}): CredentialReportRow {
  const isRoot = user === '<root_account>';
  return {
    arn: isRoot ? `arn:aws:iam::${ACCOUNT.id}:root` : `arn:aws:iam::${ACCOUNT.id}:user/${user}`,
    user,
    isRoot,
    userCreationTime: '2024-01-01T00:00:00.000Z',
    passwordEnabled: isRoot ? null : true,
    passwordLastUsed: null,
    passwordLastChanged: null,
    mfaActive: false,
    accessKey1Active: false,
    accessKey1LastRotated: null,
    accessKey1LastUsed: null,
    accessKey2Active: false,
    accessKey2LastRotated: null,
    accessKey2LastUsed: null,
    ...overrides,
  };
}

export function aTrail(name: string, overrides: Partial<Trail> = {}): Trail {
  const homeRegion = overrides.homeRegion ?? 'us-east-1';
  return {
    arn: `arn:aws:cloudtrail:${homeRegion}:${ACCOUNT.id}:trail/${name}`,
    region: homeRegion,
    name,
    homeRegion,
    isMultiRegion: true,
    isOrganization: false,
    logFileValidation: true,
    seenInRegions: [homeRegion],
    status: { isLogging: true },
    selectors: { eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: [], dataResources: [] }], advancedEventSelectors: [] },
    ...overrides,
  };
}

export function aKmsKey(keyId: string, overrides: Partial<KmsKey> = {}): KmsKey {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:kms:${region}:${ACCOUNT.id}:key/${keyId}`,
    region,
    keyId,
    keyManager: 'CUSTOMER',
    keyState: 'Enabled',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    origin: 'AWS_KMS',
    multiRegion: false,
    ...overrides,
  };
}
