/**
 * Retries by error class, on top of the SDK's own retry strategy (its jittered exponential back-off and its retry
 * quota stay as they are):
 * - throttling: retried with back-off up to the client's max attempts (`--max-attempts`, 8 by default);
 * - a 5xx, a reset or refused connection, a timeout: retried at most twice (a server that failed three times in a
 *   row, or an endpoint that is not there, will not answer the eighth time either);
 * - an unreadable answer, a 4xx (denied, invalid, not found) and "operation not offered": never retried.
 * `standard` mode by default; `adaptive` (--retry-mode adaptive) adds the SDK's client-side rate limiter, which
 * slows every later call of a client after a throttle: under "every call throttled once" it made a scan 24 times
 * slower than standard mode (103 s against 4.3 s, npm run bench).
 */
import { AdaptiveRetryStrategy, StandardRetryStrategy } from '@smithy/core/retry';
import type { RetryErrorInfo, RetryStrategyV2, RetryToken } from '@smithy/types';
import type { FailureKind } from '../model/failure.js';
import { classifyError } from './classify-error.js';

export type RetryMode = 'standard' | 'adaptive';
export type RetryClass = 'throttling' | 'transient' | 'never';

/** Retries allowed for a server error, a reset or a timeout (so at most three attempts in all). */
export const TRANSIENT_RETRY_LIMIT = 2;

const RETRY_CLASS: Record<FailureKind, RetryClass> = {
  throttled: 'throttling',
  'server-error': 'transient',
  network: 'transient',
  timeout: 'transient',
  'access-denied': 'never',
  'region-disabled': 'never',
  'not-available': 'never',
  unreadable: 'never',
  unknown: 'never',
};

export function retryClassOf(error: unknown): RetryClass {
  return RETRY_CLASS[classifyError(error)];
}

class NotRetried extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'NotRetried';
  }
}

/** The SDK strategy (standard or adaptive) with our per-class decisions in front of it. */
export class ClassifiedRetryStrategy implements RetryStrategyV2 {
  readonly mode: RetryMode;
  private readonly inner: RetryStrategyV2;
  /** Transient retries so far, by the token the SDK hands back after each retry. */
  private readonly transientRetries = new WeakMap<RetryToken, number>();

  constructor(mode: RetryMode, maxAttempts: number, inner?: RetryStrategyV2) {
    this.mode = mode;
    this.inner = inner ?? (mode === 'adaptive' ? new AdaptiveRetryStrategy(maxAttempts) : new StandardRetryStrategy(maxAttempts));
  }

  acquireInitialRetryToken(retryTokenScope: string): Promise<RetryToken> {
    return this.inner.acquireInitialRetryToken(retryTokenScope);
  }

  async refreshRetryTokenForRetry(token: RetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> {
    const retryClass = retryClassOf(errorInfo.error);
    if (retryClass === 'never') throw new NotRetried('this error class is never retried');
    const transientSoFar = this.transientRetries.get(token) ?? 0;
    if (retryClass === 'transient' && transientSoFar >= TRANSIENT_RETRY_LIMIT) {
      throw new NotRetried(`a server error, reset or timeout is retried at most ${TRANSIENT_RETRY_LIMIT} times`);
    }
    // The SDK only retries THROTTLING and TRANSIENT errors; tell it which of the two this one is (it would call an
    // unusual 5xx a SERVER_ERROR and give up on it).
    const next = await this.inner.refreshRetryTokenForRetry(token, {
      ...errorInfo,
      errorType: retryClass === 'throttling' ? 'THROTTLING' : 'TRANSIENT',
    });
    this.transientRetries.set(next, transientSoFar + (retryClass === 'transient' ? 1 : 0));
    return next;
  }

  recordSuccess(token: RetryToken): void {
    this.inner.recordSuccess(token);
  }
}
