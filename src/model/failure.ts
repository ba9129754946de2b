/**
 * Why a piece of the inventory could not be collected. Recorded as data; the evaluator turns it into `error` results.
 * One list, so the type, the inventory and report schemas and the SARIF descriptors cannot drift apart.
 * `unreadable`: the endpoint answered 2xx with a body that is not what AWS always sends (empty, HTML, truncated,
 * a required element missing or of the wrong type). `server-error`: HTTP 5xx after the retries it is allowed.
 * `not-available`: the endpoint says it does not offer the operation (NotImplemented, UnknownOperation…).
 */
export const FAILURE_KINDS = [
  'access-denied',
  'throttled',
  'timeout',
  'region-disabled',
  'not-available',
  'unreadable',
  'server-error',
  'network',
  'unknown',
] as const;

export type FailureKind = (typeof FAILURE_KINDS)[number];

export interface CollectionFailure {
  /** `Service.Operation`, e.g. `S3.GetBucketPolicy`. */
  api: string;
  /** The IAM action the call needs, e.g. `s3:GetBucketPolicy`. */
  action: string;
  /** The error name AWS (or the SDK) gave, e.g. `AccessDenied`, `ThrottlingException`. */
  code: string;
  kind: FailureKind;
  message: string;
  region?: string;
  /** Set when only one resource's data is missing. */
  resourceArn?: string;
  /**
   * Set when the resource was read but one of its facts was not: the name of the item field left unknown (it holds
   * an UnknownFact). The check that reads the field decides whether its verdict depends on it; the runner does not
   * turn such a failure into `error` by itself.
   */
  field?: string;
}

/** The value of a fact that could not be collected, in place of the value itself (serialized in the inventory). */
export interface UnknownFact {
  unknown: CollectionFailure;
}

/** A fact of an item that may be unknown: a check must handle the unknown case (the type makes it). */
export type Fact<T> = T | UnknownFact;

export function isUnknown<T>(fact: Fact<T>): fact is UnknownFact {
  return typeof fact === 'object' && fact !== null && 'unknown' in fact && typeof (fact as UnknownFact).unknown === 'object';
}

/** The fact's value, or undefined when it is unknown (for reads whose unknown case is handled elsewhere). */
export function known<T>(fact: Fact<T>): T | undefined {
  return isUnknown(fact) ? undefined : fact;
}

/** The failures behind whichever of `facts` are unknown, each once (by API and resource). */
export function unknownFailures(...facts: ReadonlyArray<Fact<unknown>>): CollectionFailure[] {
  const seen = new Map<string, CollectionFailure>();
  for (const fact of facts) {
    if (!isUnknown(fact)) continue;
    const key = `${fact.unknown.api}|${fact.unknown.resourceArn ?? ''}|${fact.unknown.region ?? ''}`;
    if (!seen.has(key)) seen.set(key, fact.unknown);
  }
  return [...seen.values()];
}

/** Records `failure` as leaving `field` of the resource unknown: the fact's value and the failure to report. */
export function unknownFact(failure: CollectionFailure, field: string): UnknownFact {
  return { unknown: { ...failure, field } };
}

/**
 * A human sentence for a failure. It always names the IAM action of the call, so a reader can tell which
 * permission (or which answer) the missing fact depends on, whatever went wrong.
 */
export function describeFailure(failure: CollectionFailure): string {
  const where = [failure.region ? `in ${failure.region}` : '', failure.resourceArn ? `for ${failure.resourceArn}` : '']
    .filter(Boolean)
    .join(' ');
  const base = `${failure.api} failed${where ? ` ${where}` : ''}: ${failure.code}`;
  if (failure.kind === 'access-denied') return `${base} (missing IAM permission ${failure.action})`;
  const reasons: Record<Exclude<FailureKind, 'access-denied'>, string> = {
    throttled: 'still throttled after retries',
    timeout: 'timed out',
    'region-disabled': 'region not enabled for this account',
    'not-available': `not offered by this endpoint: ${failure.message}`,
    unreadable: `unreadable answer: ${failure.message}`,
    'server-error': `server error after retries: ${failure.message}`,
    network: `network error: ${failure.message}`,
    unknown: failure.message,
  };
  return `${base} (${reasons[failure.kind]}; IAM action ${failure.action})`;
}
