/**
 * The one request pool of a scan. Every HTTP attempt of every SDK client of every account takes a slot in it (the
 * clients' pool middleware sits right after the SDK's retry middleware, so a call waiting out its back-off holds no
 * slot), within three limits:
 * - the global concurrency (`--concurrency`);
 * - a per-client cap ((account, service, region): one SDK client and its retry quota);
 * - a token bucket per (account, region, API) where AWS documents a request rate, so a burst of per-resource calls
 *   is paced before AWS has to throttle it.
 * Requests leave in arrival order among those a limit does not hold back: a client at its cap never blocks another
 * client's requests, so the pool stays full while any request can run.
 */

export const DEFAULT_CONCURRENCY = 16;
/**
 * In-flight requests allowed per (service, region) client, whatever the global concurrency. The SDK's retry quota
 * is per client: a burst of throttled calls on one client exhausts it and later calls fail fast, so a wide global
 * pool must not all land on one client.
 */
export const DEFAULT_PER_CLIENT_CONCURRENCY = 16;

export interface RateLimit {
  /** Requests that may go at once after a quiet period (the bucket's size). */
  burst: number;
  /** Sustained requests per second (the bucket's refill rate). */
  perSecond: number;
}

export interface ServiceLimit {
  /** In-flight requests per (account, region) client of the service. */
  concurrency?: number;
  /** Token bucket per (account, region, API). */
  rate?: RateLimit;
}

/**
 * Per-service limits from AWS's published request-rate guidance (read APIs only; the scanner sends no others).
 * Services without an entry publish no rate for their read APIs and get the default per-client cap.
 */
export const SERVICE_LIMITS: Readonly<Record<string, ServiceLimit>> = {
  // EC2 throttles each API separately per account and Region with a token bucket; for non-mutating actions
  // (Describe*, Get*) the bucket holds 100 tokens refilled at 20 per second.
  // https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-throttling.html
  ec2: { rate: { burst: 100, perSecond: 20 } },
  // "Get, describe, and list APIs: 10 transactions per second", not adjustable.
  // https://docs.aws.amazon.com/awscloudtrail/latest/userguide/WhatIsCloudTrail-Limits.html
  cloudtrail: { rate: { burst: 10, perSecond: 10 } },
  // IAM, STS and Organizations are global control planes hosted in one Region; they publish no read rate and
  // throttle bursts early (Organizations most of all), so fewer requests go at once.
  iam: { concurrency: 8 },
  sts: { concurrency: 8 },
  organizations: { concurrency: 2 },
};

/** Where one request goes. `scope` tells accounts apart (each account has its own clients and quotas). */
export interface RequestTarget {
  /** `service.Operation`. */
  api: string;
  region: string;
  scope?: string;
}

export interface PoolCounters {
  /** Requests started (queued or sent) and finished so far. */
  started: number;
  finished: number;
}

interface Pending {
  sequence: number;
  task: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
  clientKey: string;
  bucketKey?: string;
}

interface Bucket {
  tokens: number;
  refilledAt: number;
  limit: RateLimit;
}

export class RequestPool {
  readonly counters: PoolCounters = { started: 0, finished: 0 };
  private active = 0;
  private sequence = 0;
  /** Waiting requests by (client, API): the head of each queue is the oldest request of that kind. */
  private readonly queues = new Map<string, Pending[]>();
  private readonly clientActive = new Map<string, number>();
  private readonly buckets = new Map<string, Bucket>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly concurrency: number = DEFAULT_CONCURRENCY,
    private readonly perClientConcurrency: number = DEFAULT_PER_CLIENT_CONCURRENCY,
    private readonly onChange?: (counters: PoolCounters) => void,
    private readonly limits: Readonly<Record<string, ServiceLimit>> = SERVICE_LIMITS,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** Runs `task` when a slot (and, for rate-limited APIs, a token) is free. */
  run<T>(task: () => Promise<T>, target?: RequestTarget): Promise<T> {
    this.counters.started += 1;
    this.onChange?.(this.counters);
    const service = target?.api.split('.')[0] ?? '';
    const clientKey = target ? `${target.scope ?? ''}|${service}@${target.region}` : '';
    const rate = target ? this.limits[service]?.rate : undefined;
    return new Promise<T>((resolve, reject) => {
      const pending: Pending = {
        sequence: this.sequence++,
        task,
        resolve: resolve as (value: unknown) => void,
        reject,
        clientKey,
        ...(rate && target ? { bucketKey: `${clientKey}|${target.api}` } : {}),
      };
      if (pending.bucketKey && rate && !this.buckets.has(pending.bucketKey)) {
        this.buckets.set(pending.bucketKey, { tokens: rate.burst, refilledAt: this.clock(), limit: rate });
      }
      const queueKey = pending.bucketKey ?? `${clientKey}|`;
      const queue = this.queues.get(queueKey);
      if (queue) queue.push(pending);
      else this.queues.set(queueKey, [pending]);
      this.dispatch();
    });
  }

  private clientCap(clientKey: string): number {
    const service = clientKey.slice(clientKey.indexOf('|') + 1).split('@')[0] ?? '';
    return Math.max(1, Math.min(this.limits[service]?.concurrency ?? this.perClientConcurrency, this.perClientConcurrency));
  }

  private refill(bucket: Bucket, now: number): void {
    bucket.tokens = Math.min(bucket.limit.burst, bucket.tokens + ((now - bucket.refilledAt) / 1000) * bucket.limit.perSecond);
    bucket.refilledAt = now;
  }

  private dispatch(): void {
    while (this.active < Math.max(1, this.concurrency)) {
      const now = this.clock();
      let best: { key: string; pending: Pending } | undefined;
      let nextToken = Number.POSITIVE_INFINITY;
      for (const [key, queue] of this.queues) {
        const head = queue[0];
        if (!head || (best && head.sequence > best.pending.sequence)) continue;
        if (head.clientKey && (this.clientActive.get(head.clientKey) ?? 0) >= this.clientCap(head.clientKey)) continue;
        const bucket = head.bucketKey ? this.buckets.get(head.bucketKey) : undefined;
        if (bucket) {
          this.refill(bucket, now);
          if (bucket.tokens < 1) {
            nextToken = Math.min(nextToken, ((1 - bucket.tokens) / bucket.limit.perSecond) * 1000);
            continue;
          }
        }
        best = { key, pending: head };
      }
      if (!best) {
        // Only rate limits hold the rest back: come back when the first token is due.
        if (Number.isFinite(nextToken) && !this.timer) {
          this.timer = setTimeout(() => {
            this.timer = undefined;
            this.dispatch();
          }, Math.max(1, Math.ceil(nextToken)));
        }
        return;
      }
      this.start(best.key, best.pending);
    }
  }

  private start(queueKey: string, pending: Pending): void {
    const queue = this.queues.get(queueKey) ?? [];
    queue.shift();
    if (queue.length === 0) this.queues.delete(queueKey);
    if (pending.bucketKey) {
      const bucket = this.buckets.get(pending.bucketKey);
      if (bucket) bucket.tokens -= 1;
    }
    this.active += 1;
    if (pending.clientKey) this.clientActive.set(pending.clientKey, (this.clientActive.get(pending.clientKey) ?? 0) + 1);
    const settle = () => {
      this.active -= 1;
      if (pending.clientKey) this.clientActive.set(pending.clientKey, (this.clientActive.get(pending.clientKey) ?? 1) - 1);
      this.counters.finished += 1;
      this.onChange?.(this.counters);
      this.dispatch();
    };
    let running: Promise<unknown>;
    try {
      running = pending.task();
    } catch (error) {
      running = Promise.reject(error);
    }
    running.then(
      (value) => {
        settle();
        pending.resolve(value);
      },
      (error: unknown) => {
        settle();
        pending.reject(error);
      },
    );
  }
}
