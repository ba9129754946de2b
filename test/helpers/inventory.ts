import { evaluateCheck } from '../../src/evaluate.js';
import type { Check } from '../../src/model/check.js';
import { unknownFact, type CollectionFailure, type UnknownFact } from '../../src/model/failure.js';
import { type Inventory, INVENTORY_SCHEMA_VERSION, type InventoryItems, type InventoryKey } from '../../src/model/inventory.js';
import type { CheckResult } from '../../src/model/scan-result.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/model/settings.js';

export type FixtureKeys = { [K in InventoryKey]?: InventoryItems[K][] | { items: InventoryItems[K][]; failures: CollectionFailure[] } };

export const ACCOUNT = { id: '123456789012', partition: 'aws' };

export const NOW = new Date('2026-11-23T12:00:00.000Z');

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

/** An unknown fact: `field` of the resource left unread by a failed call (access denied by default). */
export function anUnknown(field: string, failure: Partial<CollectionFailure> = {}): UnknownFact {
  return unknownFact(aFailure(failure), field);
}
