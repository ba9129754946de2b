import { INVENTORY_SCHEMA_VERSION, type AccountScope, type Inventory, type InventoryData, type InventoryKey, type KeyData, type NotOwnedCount } from '../model/inventory.js';
import type { CollectionFailure } from '../model/failure.js';
import type { Settings } from '../model/settings.js';
import { TOOL } from '../version.js';
import type { AwsClients } from './aws-clients.js';
import { toFailure, type CollectContext } from './collector.js';
import { collectorFor } from './collectors.js';
import { type PoolCounters, RequestPool } from './request-pool.js';

export interface CollectScope {
  account: AccountScope;
  homeRegion: string;
  regions: string[];
  scopeFailures: CollectionFailure[];
  /** Regions asked for (or known to the partition) that are not enabled for this account, so were not scanned. */
  skippedRegions?: string[];
}

/** What a progress display shows: a snapshot of the whole scan (every account), emitted as it changes. */
export interface ProgressEvent {
  /** (key, region) units of work done / known so far, over every account. */
  done: number;
  total: number;
  /** Collection failures recorded so far. */
  failures: number;
  accounts: { done: number; total: number };
  /** Distinct regions and services being collected. */
  regions: number;
  services: number;
  /** SDK requests (or paginated listings) finished / started so far. */
  calls: { done: number; started: number };
  /** The unit waited on longest (the first still pending, in collection order): what a slow scan is stuck on. */
  current?: { service: string; region: string };
}

/** Aggregates progress over the accounts of one scan and the shared pool's counters. */
export class ProgressTracker {
  private readonly regions = new Set<string>();
  private readonly services = new Set<string>();
  private unitsDone = 0;
  private unitsTotal = 0;
  private failures = 0;
  private accountsDone = 0;
  private counters: PoolCounters = { started: 0, finished: 0 };
  /** Units not yet done (counted over accounts), in the order they were added (a Map keeps insertion order). */
  private readonly pending = new Map<string, { service: string; region: string; count: number }>();

  constructor(
    private readonly onProgress: (event: ProgressEvent) => void,
    private readonly accountsTotal = 1,
  ) {}

  /** Give this to the RequestPool so call counts show up. */
  readonly onPoolChange = (counters: PoolCounters): void => {
    this.counters = counters;
    this.emit();
  };

  addUnits(units: ReadonlyArray<{ key: InventoryKey; region: string }>): void {
    this.unitsTotal += units.length;
    for (const unit of units) {
      this.regions.add(unit.region);
      const services = collectorFor(unit.key).apis.map((api) => api.split('.')[0] ?? '');
      for (const service of services) this.services.add(service);
      const id = `${unit.key}|${unit.region}`;
      const entry = this.pending.get(id) ?? { service: services[0] ?? unit.key, region: unit.region, count: 0 };
      entry.count += 1;
      this.pending.set(id, entry);
    }
    this.emit();
  }

  unitDone(failures: number, unit?: { key: InventoryKey; region: string }): void {
    const entry = unit && this.pending.get(`${unit.key}|${unit.region}`);
    if (unit && entry && --entry.count === 0) this.pending.delete(`${unit.key}|${unit.region}`);
    this.unitsDone += 1;
    this.failures += failures;
    this.emit();
  }

  accountDone(failures = 0): void {
    this.accountsDone += 1;
    this.failures += failures;
    this.emit();
  }

  snapshot(): ProgressEvent {
    const first = this.pending.values().next().value;
    return {
      done: this.unitsDone,
      total: this.unitsTotal,
      failures: this.failures,
      accounts: { done: this.accountsDone, total: this.accountsTotal },
      regions: this.regions.size,
      services: this.services.size,
      calls: { done: this.counters.finished, started: this.counters.started },
      ...(first ? { current: { service: first.service, region: first.region } } : {}),
    };
  }

  private emit(): void {
    this.onProgress(this.snapshot());
  }
}

export interface CollectOptions {
  keys: readonly InventoryKey[];
  scope: CollectScope;
  clients: AwsClients;
  settings: Settings;
  /** Maximum SDK requests in flight across the whole scan (ignored when `pool` is given). */
  concurrency: number;
  /** A pool shared with other accounts' collections; by default each collection gets its own. */
  pool?: RequestPool;
  sleep?: (milliseconds: number) => Promise<void>;
  now?: () => Date;
  /** Progress of the whole scan; when absent and `onProgress` is given, a single-account tracker is made. */
  progress?: ProgressTracker;
  /** Called whenever progress changes (a unit of work or a request finishes). */
  onProgress?: (event: ProgressEvent) => void;
}

const defaultSleep = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/** The (key, region) units of work: global keys once in the home region, regional keys once per region. */
export function collectionUnits(keys: readonly InventoryKey[], scope: Pick<CollectScope, 'homeRegion' | 'regions'>): Array<{ key: InventoryKey; region: string }> {
  return [...new Set(keys)].sort().flatMap((key) => {
    const regions = collectorFor(key).scope === 'global' ? [scope.homeRegion] : scope.regions;
    return regions.map((region) => ({ key, region }));
  });
}

export async function collectInventory(options: CollectOptions): Promise<Inventory> {
  const progress = options.progress ?? (options.onProgress ? new ProgressTracker(options.onProgress) : undefined);
  // Every request of these clients, whichever collector sends it, takes a slot of this one pool.
  options.clients.attachPool(options.pool ?? new RequestPool(options.concurrency, undefined, progress?.onPoolChange));
  // Memos are per account: two accounts never share a response.
  const memos = new Map<string, unknown>();
  const notOwned = new Map<string, NotOwnedCount>();
  const context: CollectContext = {
    account: options.scope.account,
    homeRegion: options.scope.homeRegion,
    regions: options.scope.regions,
    clients: options.clients,
    settings: options.settings,
    memo<T>(key: string, create: () => T): T {
      if (!memos.has(key)) memos.set(key, create());
      return memos.get(key) as T;
    },
    countNotOwned(api, region, count) {
      const entry = notOwned.get(`${api}|${region}`) ?? { api, region, count: 0 };
      entry.count += count;
      notOwned.set(`${api}|${region}`, entry);
    },
    sleep: options.sleep ?? defaultSleep,
  };

  const keys = [...new Set(options.keys)].sort();
  const units = collectionUnits(keys, options.scope);
  progress?.addUnits(units);
  const outcomes = await Promise.all(
    units.map(async ({ key, region }) => {
      const collector = collectorFor(key);
      let outcome: { items: unknown[]; failures: CollectionFailure[] };
      try {
        outcome = await collector.collect({ ...context, clients: options.clients.restrictedTo(new Set(collector.apis)) }, region);
      } catch (error) {
        // A collector bug must not end the scan, nor hide as an empty (passing) key. It needs no permission.
        outcome = { items: [], failures: [{ ...toFailure(error, `${key}.collect`, { region }), action: 'none (a collector error, not an AWS answer)' }] };
      }
      progress?.unitDone(outcome.failures.length, { key, region });
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

  const inventory: Inventory = {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    generator: { ...TOOL },
    collectedAt: (options.now?.() ?? new Date()).toISOString(),
    account: options.scope.account,
    regions: options.scope.regions,
    scopeFailures: options.scope.scopeFailures,
    keys: data,
  };
  if (options.scope.skippedRegions?.length) inventory.skippedRegions = [...options.scope.skippedRegions];
  if (notOwned.size > 0) {
    inventory.notOwned = [...notOwned.values()].sort((a, b) => a.api.localeCompare(b.api) || a.region.localeCompare(b.region));
  }
  if (!options.progress) progress?.accountDone(options.scope.scopeFailures.length);
  return inventory;
}
