/**
 * The only place SDK clients are built (DESIGN.md §5): region, credentials, endpoint override, retries by error
 * class (src/collect/retry-strategy.ts), a request timeout that really fails a hung call, and two middlewares on
 * every client: the request pool (each HTTP attempt takes a slot of the scan's one pool) and the body check (a 2xx
 * answer must be a complete document with the operation's root element, before the SDK's deserializer reads it).
 */
import { AccessAnalyzerClient } from '@aws-sdk/client-accessanalyzer';
import { AccountClient } from '@aws-sdk/client-account';
import { AthenaClient } from '@aws-sdk/client-athena';
import { BackupClient } from '@aws-sdk/client-backup';
import { BatchClient } from '@aws-sdk/client-batch';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { DataSyncClient } from '@aws-sdk/client-datasync';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EC2Client } from '@aws-sdk/client-ec2';
import { EFSClient } from '@aws-sdk/client-efs';
import { EMRClient } from '@aws-sdk/client-emr';
import { FSxClient } from '@aws-sdk/client-fsx';
import { GlueClient } from '@aws-sdk/client-glue';
import { GuardDutyClient } from '@aws-sdk/client-guardduty';
import { IAMClient } from '@aws-sdk/client-iam';
import { Inspector2Client } from '@aws-sdk/client-inspector2';
import { KMSClient } from '@aws-sdk/client-kms';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { Macie2Client } from '@aws-sdk/client-macie2';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { RAMClient } from '@aws-sdk/client-ram';
import { RDSClient } from '@aws-sdk/client-rds';
import { RedshiftClient } from '@aws-sdk/client-redshift';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { SecurityHubClient } from '@aws-sdk/client-securityhub';
import { SNSClient } from '@aws-sdk/client-sns';
import { SSMClient } from '@aws-sdk/client-ssm';
import { STSClient } from '@aws-sdk/client-sts';
import { TransferClient } from '@aws-sdk/client-transfer';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { type AwsCredentialIdentity, type AwsCredentialIdentityProvider, SMITHY_CONTEXT_KEY } from '@smithy/types';
import type { RequestPool } from './request-pool.js';
import { bodyProblem, expectedBody, UnreadableResponseError, xmlTypeProblem } from './responses.js';
import { ClassifiedRetryStrategy, type RetryMode } from './retry-strategy.js';

/** Service id (also the prefix of API names such as `s3.GetBucketPolicy`) → SDK client class. */
export const CLIENT_CLASSES = {
  accessanalyzer: AccessAnalyzerClient,
  account: AccountClient,
  athena: AthenaClient,
  backup: BackupClient,
  batch: BatchClient,
  cloudtrail: CloudTrailClient,
  cloudwatch: CloudWatchClient,
  config: ConfigServiceClient,
  datasync: DataSyncClient,
  dynamodb: DynamoDBClient,
  ec2: EC2Client,
  efs: EFSClient,
  emr: EMRClient,
  fsx: FSxClient,
  glue: GlueClient,
  guardduty: GuardDutyClient,
  iam: IAMClient,
  inspector2: Inspector2Client,
  kms: KMSClient,
  lambda: LambdaClient,
  logs: CloudWatchLogsClient,
  macie2: Macie2Client,
  organizations: OrganizationsClient,
  ram: RAMClient,
  rds: RDSClient,
  redshift: RedshiftClient,
  s3: S3Client,
  s3control: S3ControlClient,
  sagemaker: SageMakerClient,
  securityhub: SecurityHubClient,
  sns: SNSClient,
  ssm: SSMClient,
  sts: STSClient,
  transfer: TransferClient,
} as const;

export type ServiceName = keyof typeof CLIENT_CLASSES;
export type ClientOf<S extends ServiceName> = InstanceType<(typeof CLIENT_CLASSES)[S]>;

export interface ClientSettings {
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Sends every client to this endpoint (an emulator on loopback, a VPC endpoint…). Wins over AWS_ENDPOINT_URL*. */
  endpointUrl?: string;
  /** Attempts per call under throttling; server errors, resets and timeouts get at most three (retry-strategy.ts). */
  maxAttempts: number;
  /**
   * `standard` (default) backs off with jitter; `adaptive` also rate-limits a client after throttling. The request
   * pool already paces requests, and under throttling adaptive mode slows a scan a lot (npm run bench).
   */
  retryMode?: RetryMode;
  /** Per-request timeout in milliseconds; a call that takes longer fails with TimeoutError. */
  timeoutMs: number;
}

export const DEFAULT_CLIENT_SETTINGS: ClientSettings = { maxAttempts: 8, timeoutMs: 30_000 };

interface SdkClientLike {
  middlewareStack: unknown;
  config: { streamCollector: (body: unknown) => Promise<Uint8Array> };
}

/** What collectors use to get a client. */
export interface ClientSource {
  get<S extends ServiceName>(service: S, region: string): ClientOf<S>;
}

export class UndeclaredApiError extends Error {
  constructor(readonly api: string) {
    super(`${api} is not among the APIs this collector declares`);
    this.name = 'UndeclaredApiError';
  }
}

interface MiddlewareStackLike {
  addRelativeTo(middleware: unknown, options: { relation: 'before' | 'after'; toMiddleware: string; name: string; override?: boolean }): void;
}

interface HttpResponseLike {
  statusCode: number;
  body?: unknown;
}

let nextScopeId = 0;

export class AwsClients implements ClientSource {
  private readonly cache = new Map<string, unknown>();
  private readonly handler: NodeHttpHandler;
  private pool: RequestPool | undefined;
  /** Tells this account's clients apart in the shared pool (each account has its own clients and retry quotas). */
  readonly scopeId = `clients-${(nextScopeId += 1)}`;

  constructor(readonly settings: ClientSettings) {
    this.handler = new NodeHttpHandler({
      connectionTimeout: Math.min(settings.timeoutMs, 10_000),
      requestTimeout: settings.timeoutMs,
      // Without this, requestTimeout only logs a warning and a hung call waits forever.
      throwOnRequestTimeout: true,
    });
  }

  /** From now on every request of these clients waits for a slot of `pool` (one pool for the whole scan). */
  attachPool(pool: RequestPool): void {
    this.pool = pool;
  }

  get<S extends ServiceName>(service: S, region: string): ClientOf<S> {
    const cacheKey = `${service}@${region}`;
    let client = this.cache.get(cacheKey) as ClientOf<S> | undefined;
    if (!client) {
      client = this.build(service, region);
      this.cache.set(cacheKey, client);
    }
    return client;
  }

  private build<S extends ServiceName>(service: S, region: string): ClientOf<S> {
    const { endpointUrl, credentials, maxAttempts, retryMode } = this.settings;
    const mode = retryMode ?? 'standard';
    const config: Record<string, unknown> = {
      region,
      maxAttempts,
      retryMode: mode,
      // One strategy per client, like the SDK's own: its retry quota (and adaptive rate) belongs to one client.
      retryStrategy: new ClassifiedRetryStrategy(mode, maxAttempts),
      requestHandler: this.handler,
    };
    if (credentials) config.credentials = credentials;
    if (endpointUrl) {
      config.endpoint = endpointUrl;
      // `bucket.127.0.0.1` does not resolve: emulators need path-style addressing.
      if (service === 's3') config.forcePathStyle = true;
      // S3 Control's endpoint rules prefix the host with the account id; only a provider bypasses them.
      if (service === 's3control') config.endpointProvider = () => ({ url: new URL(endpointUrl) });
    }
    const ClientClass = CLIENT_CLASSES[service] as unknown as new (config: Record<string, unknown>) => ClientOf<S>;
    const client = new ClientClass(config);
    this.installMiddleware(client as unknown as SdkClientLike, service, region);
    return client;
  }

  private installMiddleware(client: SdkClientLike, service: ServiceName, region: string): void {
    const stack = client.middlewareStack as unknown as MiddlewareStackLike;
    const operationOf = (context: { commandName?: string }) => (context.commandName ?? 'Unknown').replace(/Command$/, '');
    // After the retry middleware: each attempt waits for its own slot, and a back-off wait holds none.
    stack.addRelativeTo(
      (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => (args: unknown) => {
        const pool = this.pool;
        if (!pool) return next(args);
        return pool.run(() => next(args), { api: `${service}.${operationOf(context)}`, region, scope: this.scopeId });
      },
      { relation: 'after', toMiddleware: 'retryMiddleware', name: 'dbgapRequestPool', override: true },
    );
    // Just above the HTTP handler, below the deserializer: the raw body of a 2xx answer, before the SDK reads
    // an empty or HTML body of an XML operation as a legitimately empty answer.
    stack.addRelativeTo(
      (next: (args: unknown) => Promise<{ response: unknown }>, context: { commandName?: string; [SMITHY_CONTEXT_KEY]?: { operationSchema?: unknown[] } }) => async (args: unknown) => {
        const result = await next(args);
        const response = result.response as HttpResponseLike | undefined;
        if (!response || typeof response.statusCode !== 'number' || response.statusCode < 200 || response.statusCode >= 300) return result;
        const operation = operationOf(context);
        const expected = expectedBody(service, operation);
        if (!expected) return result;
        const bytes = response.body instanceof Uint8Array ? response.body : await client.config.streamCollector(response.body);
        // The deserializer reads the body again: give it the bytes we read.
        response.body = bytes;
        const text = new TextDecoder().decode(bytes);
        const problem =
          bodyProblem(text, expected) ?? (expected.kind === 'xml' ? xmlTypeProblem(text, context[SMITHY_CONTEXT_KEY]?.operationSchema?.[5]) : undefined);
        if (problem) throw new UnreadableResponseError(`${service}.${operation}`, problem, response.statusCode);
        return result;
      },
      { relation: 'after', toMiddleware: 'deserializerMiddleware', name: 'dbgapResponseBodyCheck', override: true },
    );
  }

  /**
   * A view of these clients that only lets through the APIs in `allowed` (`service.Operation`). Every collector gets
   * one for its declared `apis`, so an undeclared call (say, a mutating one) fails instead of running: what the
   * least-privilege policy and the read-only proof are built from is what the collectors can actually send.
   */
  restrictedTo(allowed: ReadonlySet<string>): ClientSource {
    return {
      get: <S extends ServiceName>(service: S, region: string): ClientOf<S> => {
        const client = this.get(service, region);
        return new Proxy(client, {
          get(target, property, receiver) {
            if (property !== 'send') return Reflect.get(target, property, receiver);
            return (command: { constructor: { name: string } }, ...rest: unknown[]) => {
              const api = `${service}.${command.constructor.name.replace(/Command$/, '')}`;
              if (!allowed.has(api)) return Promise.reject(new UndeclaredApiError(api));
              return (target.send as (...args: unknown[]) => unknown).call(target, command, ...rest);
            };
          },
        });
      },
    };
  }

  destroy(): void {
    for (const client of this.cache.values()) (client as { destroy(): void }).destroy();
    this.cache.clear();
  }
}
