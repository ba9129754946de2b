/** Why a piece of the inventory could not be collected. Recorded as data; the evaluator turns it into `error` results. */
export type FailureKind =
  | 'access-denied'
  | 'throttled'
  | 'timeout'
  | 'region-disabled'
  | 'not-available'
  | 'network'
  | 'unknown';

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

/** Records `failure` as leaving `field` of the resource unknown: the fact's value and the failure to report. */
export function unknownFact(failure: CollectionFailure, field: string): UnknownFact {
  return { unknown: { ...failure, field } };
}

/** A human sentence for a failure; names the missing IAM action when access was denied. */
export function describeFailure(failure: CollectionFailure): string {
  const where = [failure.region ? `in ${failure.region}` : '', failure.resourceArn ? `for ${failure.resourceArn}` : '']
    .filter(Boolean)
    .join(' ');
  const base = `${failure.api} failed${where ? ` ${where}` : ''}: ${failure.code}`;
  switch (failure.kind) {
    case 'access-denied':
      return `${base} (missing IAM permission ${failure.action})`;
    case 'throttled':
      return `${base} (still throttled after retries)`;
    case 'timeout':
      return `${base} (timed out)`;
    case 'region-disabled':
      return `${base} (region not enabled for this account)`;
    default:
      return `${base}: ${failure.message}`;
  }
}
