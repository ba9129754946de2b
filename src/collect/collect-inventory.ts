import pLimit from 'p-limit';
import { INVENTORY_SCHEMA_VERSION, type AccountScope, type Inventory, type InventoryData, type InventoryKey, type KeyData } from '../model/inventory.js';
import type { CollectionFailure } from '../model/failure.js';
import type { Settings } from '../model/settings.js';
import { TOOL } from '../version.js';
import type { AwsClients } from './aws-clients.js';
import { toFailure, type CollectContext } from './collector.js';
import { collectorFor } from './collectors.js';

export interface CollectScope {
  account: AccountScope;
  homeRegion: string;
  regions: string[];
  scopeFailures: CollectionFailure[];
}

export interface CollectOptions {
  keys: readonly InventoryKey[];
  scope: CollectScope;
  clients: AwsClients;
  settings: Settings;
  /** Maximum SDK requests in flight across the whole scan. */
  concurrency: number;
  sleep?: (milliseconds: number) => Promise<void>;
  now?: () => Date;
  /** Called after each (key, region) unit of work finishes. */
  onProgress?: (event: { key: InventoryKey; region: string; done: number; total: number; failures: number }) => void;
}

export const DEFAULT_CONCURRENCY = 16;

const defaultSleep = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

export async function collectInventory(options: CollectOptions): Promise<Inventory> {
  const limit = pLimit(Math.max(1, options.concurrency));
  const memos = new Map<string, Promise<unknown>>();
  const context: CollectContext = {
    account: options.scope.account,
    homeRegion: options.scope.homeRegion,
    regions: options.scope.regions,
    clients: options.clients,
    settings: options.settings,
    limit: (task) => limit(task),
    memo<T>(key: string, task: () => Promise<T>): Promise<T> {
      let promise = memos.get(key) as Promise<T> | undefined;
      if (!promise) {
        promise = task();
        memos.set(key, promise);
      }
      return promise;
    },
    sleep: options.sleep ?? defaultSleep,
  };

  const keys = [...new Set(options.keys)].sort();
  const units = keys.flatMap((key) => {
    const collector = collectorFor(key);
    const regions = collector.scope === 'global' ? [options.scope.homeRegion] : options.scope.regions;
    return regions.map((region) => ({ key, region }));
  });
  let done = 0;
  let failureCount = 0;
  const outcomes = await Promise.all(
    units.map(async ({ key, region }) => {
      const collector = collectorFor(key);
      let outcome: { items: unknown[]; failures: CollectionFailure[] };
      try {
        outcome = await collector.collect({ ...context, clients: options.clients.restrictedTo(new Set(collector.apis)) }, region);
      } catch (error) {
        // A collector bug must not end the scan, nor hide as an empty (passing) key.
        outcome = { items: [], failures: [toFailure(error, `${key}.collect`, { region })] };
      }
      done += 1;
      failureCount += outcome.failures.length;
      options.onProgress?.({ key, region, done, total: units.length, failures: failureCount });
      return { key, region, outcome };
    }),
  );

  const data: InventoryData = {};
  for (const key of keys) {
    const parts = outcomes.filter((outcome) => outcome.key === key);
    const keyData: KeyData = {
      items: parts.flatMap((part) => part.outcome.items) as KeyData['items'],
      failures: parts.flatMap((part) => part.outcome.failures),
      regions: parts.map((part) => part.region),
    };
    (data as Record<string, KeyData>)[key] = keyData;
  }

  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    generator: { ...TOOL },
    collectedAt: (options.now?.() ?? new Date()).toISOString(),
    account: options.scope.account,
    regions: options.scope.regions,
    scopeFailures: options.scope.scopeFailures,
    keys: data,
  };
}
