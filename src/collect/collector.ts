import type { AccountScope, InventoryItems, InventoryKey } from '../model/inventory.js';
import type { CollectionFailure } from '../model/failure.js';
import type { Settings } from '../model/settings.js';
import type { ClientSource } from './aws-clients.js';
import { classifyError, errorCode } from './classify-error.js';
import { actionFor } from './iam-actions.js';
import { type ApiName, checkResponse, UnreadableResponseError } from './responses.js';

export interface CollectContext {
  account: AccountScope;
  /** Region for global services (IAM, S3 ListBuckets, S3 Control…). */
  homeRegion: string;
  regions: string[];
  clients: ClientSource;
  settings: Settings;
  /** One response per scan for calls that several collectors share (ListBuckets, ListKeys…): `create` runs once per key. */
  memo<T>(key: string, create: () => T): T;
  /** Counts listed resources that the account does not own, dropped before any per-resource call (scan metadata). */
  countNotOwned(api: ApiName, region: string, count: number): void;
  /** Waits; injectable so polling (credential report) is instant in tests. */
  sleep(milliseconds: number): Promise<void>;
}

export interface KeyResult<K extends InventoryKey> {
  items: InventoryItems[K][];
  failures: CollectionFailure[];
}

export interface KeyCollector<K extends InventoryKey = InventoryKey> {
  key: K;
  /** `global`: collected once, in the home region. `regional`: once per region in scope. */
  scope: 'global' | 'regional';
  /**
   * Every API this collector (and the shared calls it relies on) may send, as `service.Operation`.
   * Drives the least-privilege policy and the read-only proof.
   */
  apis: readonly ApiName[];
  collect(context: CollectContext, region: string): Promise<KeyResult<K>>;
}

/** Identity helper that keeps the key/item typing of a collector. */
export function defineCollector<K extends InventoryKey>(collector: KeyCollector<K>): KeyCollector<K> {
  return collector;
}

/** Where a call goes, for its failure record. `api` must have a response contract (src/collect/responses.ts). */
export interface CallSite {
  api: ApiName;
  region: string;
  resourceArn?: string;
}

/** "Not configured" answers: documented error codes (or, rarely, a documented error message) that are data. */
export interface AbsentAnswers {
  absentOn?: readonly string[];
  absentWhen?: (error: unknown) => boolean;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? '';
}

export function toFailure(error: unknown, api: string, where: { region?: string; resourceArn?: string } = {}): CollectionFailure {
  const kind = classifyError(error);
  const failure: CollectionFailure =
    kind === 'unreadable'
      ? {
          api,
          action: actionFor(api),
          code: 'UnreadableResponse',
          kind,
          message:
            error instanceof UnreadableResponseError
              ? error.detail
              : `the endpoint's answer could not be read (${firstLine(error)})`,
        }
      : { api, action: actionFor(api), code: errorCode(error), kind, message: firstLine(error) };
  if (where.region) failure.region = where.region;
  if (where.resourceArn) failure.resourceArn = where.resourceArn;
  return failure;
}

/**
 * A failure that leaves the whole key unknown (no region, no resource): every check reading the key reports an
 * error, and none concludes anything from the items that are missing.
 */
export function wholeKey(failure: CollectionFailure): CollectionFailure {
  const { region: _region, resourceArn: _resource, ...rest } = failure;
  return rest;
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; failure: CollectionFailure };

/** Is this error one of the call's documented "not configured" answers? */
export function isAbsent(error: unknown, call: AbsentAnswers): boolean {
  return (call.absentOn?.includes(errorCode(error)) ?? false) || (call.absentWhen?.(error) ?? false);
}

/**
 * Runs one API call and checks its answer against what AWS always sends for that API (responses.ts). Errors listed
 * in `absentOn` (or matched by `absentWhen`) are "not configured" answers (data, not failures) and yield
 * `value: null`; any other error, and any answer that is not what AWS sends, becomes a recorded failure. Never
 * throws. Every call waits for its slot in the scan's request pool inside the client (aws-clients.ts).
 */
export async function attempt<T>(call: CallSite & AbsentAnswers, task: () => Promise<T>): Promise<Attempt<T | null>> {
  try {
    const value = await task();
    checkResponse(call.api, value);
    return { ok: true, value };
  } catch (error) {
    if (isAbsent(error, call)) return { ok: true, value: null };
    return { ok: false, failure: toFailure(error, call.api, call) };
  }
}

/** Like attempt() for calls with no "not configured" answer. */
export async function attemptRequired<T>(call: CallSite, task: () => Promise<T>): Promise<Attempt<T>> {
  return attempt(call, task) as Promise<Attempt<T>>;
}

/** Runs `task` for every element with the shared limit applied inside `task`'s own calls; keeps input order. */
export async function mapAll<T, R>(items: readonly T[], task: (item: T) => Promise<R>): Promise<R[]> {
  return Promise.all(items.map(task));
}

/** A policy document as AWS returned it: parsed JSON, the raw text when it is not JSON, or null when empty. */
export function parsePolicyText(text: string | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text; // keep what AWS returned; the policy normalizer decides what it means
  }
}
