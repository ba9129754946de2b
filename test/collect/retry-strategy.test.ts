/**
 * Retries by error class, through the real SDK against a real HTTP server on 127.0.0.1: throttling is retried up to
 * the max attempts, a 5xx or a reset at most twice, and a 4xx, an "operation not offered" or an unreadable answer
 * never. Each class is named as what it is (a reset is `network`, not `timeout`).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ListKeysCommand } from '@aws-sdk/client-kms';
import { StandardRetryStrategy } from '@smithy/core/retry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AwsClients } from '../../src/collect/aws-clients.js';
import { classifyError } from '../../src/collect/classify-error.js';
import { attemptRequired } from '../../src/collect/collector.js';
import { ClassifiedRetryStrategy, retryClassOf, TRANSIENT_RETRY_LIMIT } from '../../src/collect/retry-strategy.js';
import { awsError } from '../helpers/collect.js';

type Behaviour = (attempt: number) => { status: number; body: string; reset?: boolean };

let server: Server;
let endpointUrl = '';
let behaviour: Behaviour = () => ({ status: 200, body: '{"Keys":[]}' });
let attempts = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      attempts += 1;
      const answer = behaviour(attempts);
      if (answer.reset) {
        request.socket.destroy();
        return;
      }
      const type = /"__type":"([^"]+)"/.exec(answer.body)?.[1];
      response.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.1', ...(type ? { 'x-amzn-errortype': type } : {}) });
      response.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpointUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const MAX_ATTEMPTS = 8;

async function listKeys(next: Behaviour) {
  behaviour = next;
  attempts = 0;
  const clients = new AwsClients({ credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'x' }, maxAttempts: MAX_ATTEMPTS, timeoutMs: 5_000, endpointUrl });
  const client = clients.get('kms', 'us-east-1');
  // The production strategy, with millisecond back-off so the test does not wait out the real delays.
  const fast = new StandardRetryStrategy({ maxAttempts: MAX_ATTEMPTS, backoff: { computeNextBackoffDelay: () => 1, setDelayBase: () => undefined } });
  client.config.retryStrategy = async () => new ClassifiedRetryStrategy('standard', MAX_ATTEMPTS, fast);
  try {
    return await attemptRequired({ api: 'kms.ListKeys', region: 'us-east-1' }, () => client.send(new ListKeysCommand({})));
  } finally {
    clients.destroy();
  }
}

const error = (type: string, status: number) => ({ status, body: JSON.stringify({ __type: type, message: `${type} (test)` }) });

describe('retries by error class (real SDK, real HTTP)', () => {
  it('retries throttling with back-off until it succeeds', async () => {
    const result = await listKeys((attempt) => (attempt < 5 ? error('ThrottlingException', 400) : { status: 200, body: '{"Keys":[],"Truncated":false}' }));
    expect(result.ok).toBe(true);
    expect(attempts).toBe(5);
  });

  it('gives up on throttling after the max attempts, as kind throttled', async () => {
    const result = await listKeys(() => error('ThrottlingException', 400));
    expect(attempts).toBe(MAX_ATTEMPTS);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'throttled', code: 'ThrottlingException', action: 'kms:ListKeys' } });
  });

  it('retries a 5xx at most twice, as kind server-error', async () => {
    const result = await listKeys(() => error('KMSInternalException', 500));
    expect(attempts).toBe(1 + TRANSIENT_RETRY_LIMIT);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'server-error', code: 'KMSInternalException' } });
  });

  it('retries a reset connection at most twice, as kind network (not timeout)', async () => {
    const result = await listKeys(() => ({ status: 0, body: '', reset: true }));
    expect(attempts).toBe(1 + TRANSIENT_RETRY_LIMIT);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'network' } });
  });

  it.each([
    ['a denial (4xx)', error('AccessDeniedException', 400), 'access-denied'],
    ['an operation the endpoint does not offer (501)', error('NotImplemented', 501), 'not-available'],
    ['an unknown operation', error('UnknownOperationException', 400), 'not-available'],
    ['an empty 200 body', { status: 200, body: '' }, 'unreadable'],
    ['an HTML 200 body', { status: 200, body: '<html><body>proxy</body></html>' }, 'unreadable'],
  ] as const)('never retries %s', async (_label, answer, kind) => {
    const result = await listKeys(() => answer);
    expect(attempts).toBe(1);
    expect(result).toMatchObject({ ok: false, failure: { kind, action: 'kms:ListKeys' } });
  });
});

describe('classifyError', () => {
  it('names a 5xx whose body is no AWS error by its status', async () => {
    const { errorCode } = await import('../../src/collect/classify-error.js');
    expect(errorCode(Object.assign(new SyntaxError('Unexpected token <'), { $metadata: { httpStatusCode: 500 } }))).toBe('HTTP500');
    expect(errorCode(awsError('InternalError', 500))).toBe('InternalError');
  });

  it.each([
    ['a reset the SDK renamed TimeoutError', Object.assign(new Error('read ECONNRESET'), { name: 'TimeoutError', code: 'ECONNRESET' }), 'network'],
    ['a broken pipe', Object.assign(new Error('write EPIPE'), { name: 'TimeoutError', code: 'EPIPE' }), 'network'],
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), 'network'],
    ['a request timeout', Object.assign(new Error('a request has exceeded the configured 30000 ms requestTimeout'), { name: 'TimeoutError', code: 'ETIMEDOUT' }), 'timeout'],
    ['a 503', awsError('ServiceUnavailable', 503), 'server-error'],
    ['a 500 with an HTML page', Object.assign(new SyntaxError('Unexpected token <'), { $metadata: { httpStatusCode: 500 } }), 'server-error'],
    ['a 429', awsError('Unknown', 429), 'throttled'],
    ['SlowDown', awsError('SlowDown', 503), 'throttled'],
    ['a 501', awsError('NotImplemented', 501), 'not-available'],
    ['a parse error on a 200', Object.assign(new Error('XML parse error'), { $metadata: { httpStatusCode: 200 } }), 'unreadable'],
    ['a denied S3 HEAD (no body)', awsError('Unknown', 403), 'access-denied'],
  ])('%s is %s', (_label, error, kind) => {
    expect(classifyError(error)).toBe(kind);
  });

  it('retries exactly the throttled, server, network and timeout classes', () => {
    expect(retryClassOf(awsError('ThrottlingException'))).toBe('throttling');
    expect(retryClassOf(awsError('InternalError', 500))).toBe('transient');
    expect(retryClassOf(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBe('transient');
    expect(retryClassOf(awsError('AccessDenied', 403))).toBe('never');
    expect(retryClassOf(awsError('ValidationException', 400))).toBe('never');
  });
});
