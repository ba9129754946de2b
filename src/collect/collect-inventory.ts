import pLimit, { type LimitFunction } from 'p-limit';
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
  /** Regions asked for (or known to the partition) that are not enabled for this account, so were not scanned. */
  skippedRegions?: string[];
}

/** Where one request goes; selects its per-(service, region) sub-limit. */
export interface RequestTarget {
  api: string;
  region: string;
}

export const DEFAULT_CONCURRENCY = 16;
/**
 * In-flight requests allowed per (service, region) client, whatever the global concurrency. The SDK's retry quota
 * is per client: about 150 throttled calls at once on one client exhaust it and later calls fail fast, so a wide
 * global pool must not all land on one client. Services with low API rate limits get less.
 */
export const DEFAULT_PER_CLIENT_CONCURRENCY = 16;
export const SERVICE_CONCURRENCY: Readonly<Record<string, number>> = { iam: 8, organizations: 2, sts: 8 };

export interface PoolCounters {
  /** Requests (or paginated listings) started and finished so far. */
  started: number;
  finished: number;
}

/**
 * The one bounded pool every collector of every account shares: a global limit plus a smaller sub-limit per
 * (service, region) client. A request waits for its client's slot before it takes a global slot, so a busy client
 * never holds global slots idle.
 */
export class RequestPool {
  private readonly global: LimitFunction;
  private readonly perClient = new Map<string, LimitFunction>();
  readonly counters: PoolCounters = { started: 0, finished: 0 };

  constructor(
    readonly concurrency: number = DEFAULT_CONCURRENCY,
    private readonly perClientConcurrency: number = DEFAULT_PER_CLIENT_CONCURRENCY,
    private readonly onChange?: (counters: PoolCounters) => void,
  ) {
    this.global = pLimit(Math.max(1, concurrency));
  }

  run<T>(task: () => Promise<T>, target?: RequestTarget, clientScope = ''): Promise<T> {
    this.counters.started += 1;
    this.onChange?.(this.counters);
    const counted = async () => {
      try {
        return await task();
      } finally {
        this.counters.finished += 1;
        this.onChange?.(this.counters);
      }
    };
    const inGlobalSlot = () => this.global(counted);
    if (!target) return inGlobalSlot();
    const service = target.api.split('.')[0] ?? '';
    // Clients are per account too (each has its own retry quota), hence the client scope in the key.
    const key = `${clientScope}|${service}@${target.region}`;
    let limit = this.perClient.get(key);
    if (!limit) {
      limit = pLimit(Math.max(1, Math.min(SERVICE_CONCURRENCY[service] ?? this.perClientConcurrency, this.perClientConcurrency)));
      this.perClient.set(key, limit);
    }
    return limit(inGlobalSlot);
  }
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
      for (const api of collectorFor(unit.key).apis) this.services.add(api.split('.')[0] ?? '');
    }
    this.emit();
  }

  unitDone(failures: number): void {
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
    return {
      done: this.unitsDone,
      total: this.unitsTotal,
      failures: this.failures,
      accounts: { done: this.accountsDone, total: this.accountsTotal },
      regions: this.regions.size,
      services: this.services.size,
      calls: { done: this.counters.finished, started: this.counters.started },
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
  const pool = options.pool ?? new RequestPool(options.concurrency, undefined, progress?.onPoolChange);
  // Memos are per account: two accounts never share a response.
  const memos = new Map<string, Promise<unknown>>();
  const accountId = options.scope.account.id;
  const context: CollectContext = {
    account: options.scope.account,
    homeRegion: options.scope.homeRegion,
    regions: options.scope.regions,
    clients: options.clients,
    settings: options.settings,
    limit: (task, target) => pool.run(task, target, accountId),
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
  const units = collectionUnits(keys, options.scope);
  progress?.addUnits(units);
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
      progress?.unitDone(outcome.failures.length);
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
  if (!options.progress) progress?.accountDone(options.scope.scopeFailures.length);
  return inventory;
}
