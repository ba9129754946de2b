import type { AccountScope, InventoryItems, InventoryKey } from '../model/inventory.js';
import type { CollectionFailure, FailureKind } from '../model/failure.js';
import type { Settings } from '../model/settings.js';
import type { ClientSource } from './aws-clients.js';
import { actionFor } from './iam-actions.js';

export interface CollectContext {
  account: AccountScope;
  /** Region for global services (IAM, S3 ListBuckets, S3 Control…). */
  homeRegion: string;
  regions: string[];
  clients: ClientSource;
  settings: Settings;
  /**
   * Runs one SDK request (or one paginated listing) inside the scan's shared concurrency limit; with a target, also
   * inside that (service, region) client's smaller sub-limit.
   */
  limit<T>(task: () => Promise<T>, target?: { api: string; region: string }): Promise<T>;
  /** One response per scan for calls that several collectors share (ListBuckets, ListKeys…). */
  memo<T>(key: string, task: () => Promise<T>): Promise<T>;
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
  apis: readonly string[];
  collect(context: CollectContext, region: string): Promise<KeyResult<K>>;
}

/** Identity helper that keeps the key/item typing of a collector. */
export function defineCollector<K extends InventoryKey>(collector: KeyCollector<K>): KeyCollector<K> {
  return collector;
}

const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'AuthorizationErrorException',
  'AuthorizationError',
  'Forbidden',
  'UnauthorizedAccess',
]);
const THROTTLED = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestLimitExceeded',
  'SlowDown',
  'TooManyRequestsException',
  'RequestThrottled',
  'RequestThrottledException',
  'ProvisionedThroughputExceededException',
]);
const REGION_DISABLED = new Set(['AuthFailure', 'UnrecognizedClientException', 'InvalidClientTokenId', 'OptInRequired']);
const NOT_AVAILABLE = new Set([
  'UnknownOperationException',
  'InvalidAction',
  'UnsupportedOperation',
  'UnsupportedOperationException',
  'NotImplemented',
  'InvalidRequest.NotSupported',
]);
const NETWORK = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'EPIPE', 'NetworkingError']);

interface SdkLikeError {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

export function errorCode(error: unknown): string {
  const e = (error ?? {}) as SdkLikeError;
  const status = e.$metadata?.httpStatusCode;
  // A denied S3 HEAD request has no body, so the SDK can only call it `Unknown` (or `Forbidden`) with HTTP 403.
  if ((e.name === 'Unknown' || e.name === undefined) && status === 403) return 'AccessDenied';
  return e.name && e.name !== 'Error' ? e.name : (e.code ?? e.name ?? 'Error');
}

export function classifyError(error: unknown): FailureKind {
  const e = (error ?? {}) as SdkLikeError;
  const code = errorCode(error);
  if (ACCESS_DENIED.has(code)) return 'access-denied';
  if (THROTTLED.has(code)) return 'throttled';
  if (REGION_DISABLED.has(code)) return 'region-disabled';
  if (NOT_AVAILABLE.has(code)) return 'not-available';
  if (code === 'TimeoutError' || code === 'RequestTimeout' || code === 'AbortError' || /timed? ?out/i.test(e.message ?? ''))
    return 'timeout';
  if (NETWORK.has(code) || NETWORK.has(e.code ?? '')) return 'network';
  return 'unknown';
}

/**
 * An answer the SDK could not deserialize (an HTML error page, a truncated body, a malformed date): typically an
 * endpoint or emulator that does not implement the API. Still a failure, never "not configured".
 */
function isUnreadableResponse(error: unknown, message: string): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'SyntaxError' || /XML parse error|Deserialization error|is not valid JSON|Invalid RFC-3339/i.test(message);
}

export function toFailure(
  error: unknown,
  api: string,
  where: { region?: string; resourceArn?: string } = {},
): CollectionFailure {
  const message = error instanceof Error ? error.message : String(error);
  const failure: CollectionFailure = isUnreadableResponse(error, message)
    ? {
        api,
        action: actionFor(api),
        code: 'UnreadableResponse',
        kind: 'not-available',
        message: `the endpoint's answer could not be read (${message.split('\n')[0] ?? ''}); the API may not be offered there`,
      }
    : {
        api,
        action: actionFor(api),
        code: errorCode(error),
        kind: classifyError(error),
        message: message.split('\n')[0] ?? '',
      };
  if (where.region) failure.region = where.region;
  if (where.resourceArn) failure.resourceArn = where.resourceArn;
  return failure;
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; failure: CollectionFailure };

/**
 * Runs one API call within the concurrency limit. Error names listed in `absentOn` are "not configured" answers
 * (data, not failures) and yield `value: null`; any other error becomes a recorded failure. Never throws.
 */
export async function attempt<T>(
  context: CollectContext,
  call: { api: string; region: string; resourceArn?: string; absentOn?: readonly string[] },
  task: () => Promise<T>,
): Promise<Attempt<T | null>> {
  try {
    return { ok: true, value: await context.limit(task, { api: call.api, region: call.region }) };
  } catch (error) {
    if (call.absentOn?.includes(errorCode(error))) return { ok: true, value: null };
    return { ok: false, failure: toFailure(error, call.api, call) };
  }
}

/** Like attempt() for calls with no "not configured" answer. */
export async function attemptRequired<T>(
  context: CollectContext,
  call: { api: string; region: string; resourceArn?: string },
  task: () => Promise<T>,
): Promise<Attempt<T>> {
  return attempt(context, call, task) as Promise<Attempt<T>>;
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
