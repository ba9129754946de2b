/**
 * What went wrong with an AWS call, as one of the failure kinds of src/model/failure.ts. The same classes decide
 * retries (src/collect/retry-strategy.ts): throttling is retried with back-off, server errors, resets and timeouts
 * a little, everything else never.
 */
import type { FailureKind } from '../model/failure.js';
import { UnreadableResponseError } from './responses.js';

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
  'EC2ThrottledException',
  'BandwidthLimitExceeded',
]);
const REGION_DISABLED = new Set(['AuthFailure', 'UnrecognizedClientException', 'InvalidClientTokenId', 'OptInRequired']);
/** The endpoint says it does not offer the operation. */
const NOT_AVAILABLE = new Set([
  'UnknownOperationException',
  'InvalidAction',
  'UnsupportedOperation',
  'UnsupportedOperationException',
  'NotImplemented',
  'InvalidRequest.NotSupported',
]);
/**
 * Connection-level errors. The SDK's Node handler renames ECONNRESET, EPIPE (and ETIMEDOUT) to `TimeoutError` but
 * keeps the system code: a reset connection is the network, not a timeout.
 */
const NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'NetworkingError',
  'UND_ERR_SOCKET',
]);
const TIMEOUT = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'AbortError', 'ETIMEDOUT']);

interface SdkLikeError {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

function statusOf(error: unknown): number | undefined {
  return (error as SdkLikeError | null)?.$metadata?.httpStatusCode;
}

export function errorCode(error: unknown): string {
  const e = (error ?? {}) as SdkLikeError;
  const status = e.$metadata?.httpStatusCode;
  // A denied S3 HEAD request has no body, so the SDK can only call it `Unknown` (or `Forbidden`) with HTTP 403.
  if ((e.name === 'Unknown' || e.name === undefined) && status === 403) return 'AccessDenied';
  // A 5xx whose body the SDK could not read as an AWS error (an HTML page from a proxy or an emulator): name the status.
  if (status !== undefined && status >= 500 && ['Unknown', 'Error', 'SyntaxError', undefined].includes(e.name)) return `HTTP${status}`;
  return e.name && e.name !== 'Error' ? e.name : (e.code ?? e.name ?? 'Error');
}

/**
 * An answer the SDK (or our response check) could not read: a body that does not parse, a malformed date, a 2xx
 * whose content is not what AWS sends. Service errors always come with a 4xx/5xx status; an error on a 2xx
 * answer is the answer itself being unreadable.
 */
function isUnreadableResponse(error: unknown): boolean {
  if (error instanceof UnreadableResponseError) return true;
  const e = (error ?? {}) as SdkLikeError;
  const status = statusOf(error);
  if (status !== undefined && status >= 200 && status < 300) return true;
  return e.name === 'SyntaxError' || /XML parse error|Deserialization error|is not valid JSON|Invalid RFC-3339|xml deserializer/i.test(e.message ?? '');
}

export function classifyError(error: unknown): FailureKind {
  const e = (error ?? {}) as SdkLikeError;
  const code = errorCode(error);
  const status = statusOf(error);
  if (ACCESS_DENIED.has(code)) return 'access-denied';
  if (THROTTLED.has(code) || status === 429) return 'throttled';
  if (REGION_DISABLED.has(code)) return 'region-disabled';
  if (NOT_AVAILABLE.has(code) || status === 501) return 'not-available';
  // A 5xx is the server's failure even when its (HTML) error page does not parse.
  if (status !== undefined && status >= 500) return 'server-error';
  if (isUnreadableResponse(error)) return 'unreadable';
  if (NETWORK.has(e.code ?? '') || NETWORK.has(code)) return 'network';
  if (TIMEOUT.has(code) || TIMEOUT.has(e.code ?? '') || /timed? ?out/i.test(e.message ?? '')) return 'timeout';
  return 'unknown';
}
