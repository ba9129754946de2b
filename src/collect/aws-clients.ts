/**
 * The only place SDK clients are built (DESIGN.md §5): region, credentials, endpoint override, adaptive retries,
 * max attempts and a request timeout that really fails a hung call.
 */
import { AccessAnalyzerClient } from '@aws-sdk/client-accessanalyzer';
import { AccountClient } from '@aws-sdk/client-account';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { EC2Client } from '@aws-sdk/client-ec2';
import { GuardDutyClient } from '@aws-sdk/client-guardduty';
import { IAMClient } from '@aws-sdk/client-iam';
import { KMSClient } from '@aws-sdk/client-kms';
import { Macie2Client } from '@aws-sdk/client-macie2';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import { SNSClient } from '@aws-sdk/client-sns';
import { SSMClient } from '@aws-sdk/client-ssm';
import { STSClient } from '@aws-sdk/client-sts';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';

/** Service id (also the prefix of API names such as `s3.GetBucketPolicy`) → SDK client class. */
export const CLIENT_CLASSES = {
  accessanalyzer: AccessAnalyzerClient,
  account: AccountClient,
  cloudtrail: CloudTrailClient,
  cloudwatch: CloudWatchClient,
  config: ConfigServiceClient,
  ec2: EC2Client,
  guardduty: GuardDutyClient,
  iam: IAMClient,
  kms: KMSClient,
  logs: CloudWatchLogsClient,
  macie2: Macie2Client,
  organizations: OrganizationsClient,
  s3: S3Client,
  s3control: S3ControlClient,
  sns: SNSClient,
  ssm: SSMClient,
  sts: STSClient,
} as const;

export type ServiceName = keyof typeof CLIENT_CLASSES;
export type ClientOf<S extends ServiceName> = InstanceType<(typeof CLIENT_CLASSES)[S]>;

export interface ClientSettings {
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Sends every client to this endpoint (an emulator on loopback, a VPC endpoint…). Wins over AWS_ENDPOINT_URL*. */
  endpointUrl?: string;
  maxAttempts: number;
  /**
   * `adaptive` (default) also rate-limits a client after throttling; `standard` only backs off. Our per-client
   * limits already pace requests, and under sustained throttling adaptive mode can slow a scan a lot (npm run bench).
   */
  retryMode?: 'adaptive' | 'standard';
  /** Per-request timeout in milliseconds; a call that takes longer fails with TimeoutError. */
  timeoutMs: number;
}

export const DEFAULT_CLIENT_SETTINGS: ClientSettings = { maxAttempts: 8, timeoutMs: 30_000 };

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

export class AwsClients implements ClientSource {
  private readonly cache = new Map<string, unknown>();
  private readonly handler: NodeHttpHandler;

  constructor(readonly settings: ClientSettings) {
    this.handler = new NodeHttpHandler({
      connectionTimeout: Math.min(settings.timeoutMs, 10_000),
      requestTimeout: settings.timeoutMs,
      // Without this, requestTimeout only logs a warning and a hung call waits forever.
      throwOnRequestTimeout: true,
    });
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
    const config: Record<string, unknown> = {
      region,
      maxAttempts,
      retryMode: retryMode ?? 'adaptive',
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
    return new ClientClass(config);
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
