/**
 * A synthetic AWS account served from inside the real SDK clients: a middleware placed just below the SDK's retry
 * middleware (before signing) answers every command after a fixed delay, so throttling errors it raises are
 * retried by the SDK's real (adaptive) retry strategy. No network, no aws-sdk-client-mock: the benchmark runs from
 * the production build. Tests use it too, to count calls.
 */
import { AwsClients, type ClientOf, type ClientSettings, type ServiceName } from '../src/collect/aws-clients.js';

/** The APIs the synthetic account answers; collectors needing others are left out of the synthetic scans. */
export const SYNTHETIC_APIS: ReadonlySet<string> = new Set([
  'sts.GetCallerIdentity',
  'ec2.DescribeRegions',
  's3.GetBucketLocation',
  's3.ListBuckets',
  's3.GetBucketPolicy',
  's3.GetBucketEncryption',
  'iam.GenerateCredentialReport',
  'iam.GetCredentialReport',
  'ec2.DescribeSecurityGroups',
  'cloudtrail.DescribeTrails',
  'cloudtrail.GetTrailStatus',
  'cloudtrail.GetEventSelectors',
  'kms.ListKeys',
  'kms.ListAliases',
  'kms.DescribeKey',
  'kms.GetKeyRotationStatus',
]);

export interface SyntheticShape {
  regions: string[];
  buckets: number;
  iamUsers: number;
  /** Spread evenly over the regions. */
  securityGroups: number;
  /** Per region. */
  kmsKeysPerRegion: number;
  /** Page size of paginated listings (DescribeSecurityGroups). */
  pageSize: number;
}

export const BENCH_SHAPE: SyntheticShape = {
  regions: ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2'],
  buckets: 1_000,
  iamUsers: 500,
  securityGroups: 2_000,
  kmsKeysPerRegion: 25,
  pageSize: 100,
};

export interface SyntheticOptions {
  accountId: string;
  /** Every answer (and every error) arrives after this many milliseconds. */
  delayMs: number;
  /** Fraction of distinct requests whose first attempt fails with ThrottlingException. */
  throttleRate?: number;
}

export interface RecordedCall {
  service: string;
  command: string;
  region: string;
  input: unknown;
}

type Output = Record<string, unknown>;

function serviceError(name: string, httpStatusCode: number): Error {
  return Object.assign(new Error(`${name} (synthetic)`), { name, $metadata: { httpStatusCode }, $fault: httpStatusCode >= 500 ? 'server' : 'client' });
}

/** FNV-1a: a stable pseudo-random number in [0, 1) for a request, so the same requests are throttled every run. */
function stableFraction(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 0x1_0000_0000;
}

const sleep = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

export class SyntheticAws {
  readonly calls: RecordedCall[] = [];
  throttled = 0;
  private readonly attempted = new Set<string>();

  constructor(
    readonly shape: SyntheticShape,
    readonly options: SyntheticOptions,
  ) {}

  bucketName(index: number): string {
    return `synthetic-${this.options.accountId}-${String(index).padStart(5, '0')}`;
  }

  /** Installs the synthetic answers on one SDK client. */
  install(client: { middlewareStack: { add: (...args: never[]) => unknown } }, service: string, region: string): void {
    const handler = (_next: unknown, context: { commandName?: string }) => async (args: { input: unknown }) => {
      const command = (context.commandName ?? 'Unknown').replace(/Command$/, '');
      // Paginators reuse (and mutate) one input object: record a copy.
      const input = structuredClone(args.input);
      this.calls.push({ service, command, region, input });
      await sleep(this.options.delayMs);
      const requestKey = `${service}|${region}|${command}|${JSON.stringify(input)}`;
      if (this.options.throttleRate && !this.attempted.has(requestKey)) {
        this.attempted.add(requestKey);
        if (stableFraction(requestKey) < this.options.throttleRate) {
          this.throttled += 1;
          throw serviceError('ThrottlingException', 400);
        }
      }
      const output = this.respond(service, command, region, input as Record<string, unknown>);
      return { output: { ...output, $metadata: { httpStatusCode: 200 } }, response: { statusCode: 200, headers: {} } };
    };
    // Right after the retry middleware, in place of signing and the HTTP round trip (what a network would cost is
    // the fixed delay); serialization, endpoint resolution and the SDK's retry strategy stay real.
    (client.middlewareStack as unknown as { addRelativeTo: (m: unknown, o: unknown) => void }).addRelativeTo(handler, {
      relation: 'before',
      toMiddleware: 'httpSigningMiddleware',
      name: 'syntheticAwsMiddleware',
      override: true,
    });
  }

  private respond(service: string, command: string, region: string, input: Record<string, unknown>): Output {
    const { accountId } = this.options;
    const { shape } = this;
    switch (`${service}.${command}`) {
      case 'sts.GetCallerIdentity':
        return { Account: accountId, Arn: `arn:aws:iam::${accountId}:user/auditor`, UserId: 'AIDAEXAMPLE' };
      case 'ec2.DescribeRegions':
        return { Regions: shape.regions.map((name) => ({ RegionName: name, OptInStatus: 'opt-in-not-required' })) };
      case 's3.GetBucketLocation':
        // Only a fallback when ListBuckets lacks BucketRegion, which never happens here.
        return { LocationConstraint: region === 'us-east-1' ? undefined : region };
      case 's3.ListBuckets':
        return {
          Buckets: Array.from({ length: shape.buckets }, (_, index) => ({
            Name: this.bucketName(index),
            BucketRegion: shape.regions[index % shape.regions.length],
            CreationDate: new Date('2024-01-01T00:00:00Z'),
          })),
        };
      case 's3.GetBucketPolicy': {
        const index = Number(String(input.Bucket).split('-').at(-1));
        if (index % 3 === 0) throw serviceError('NoSuchBucketPolicy', 404);
        const arn = `arn:aws:s3:::${String(input.Bucket)}`;
        return {
          Policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [arn, `${arn}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
            ],
          }),
        };
      }
      case 's3.GetBucketEncryption': {
        const index = Number(String(input.Bucket).split('-').at(-1));
        const rule =
          index % 2 === 0
            ? { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: `arn:aws:kms:${region}:${accountId}:key/key-1` }, BucketKeyEnabled: true }
            : { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } };
        return { ServerSideEncryptionConfiguration: { Rules: [rule] } };
      }
      case 'iam.GenerateCredentialReport':
        return { State: 'COMPLETE' };
      case 'iam.GetCredentialReport':
        return { Content: new TextEncoder().encode(this.credentialReport()), GeneratedTime: new Date('2026-11-20T00:00:00Z'), ReportFormat: 'text/csv' };
      case 'ec2.DescribeSecurityGroups': {
        const perRegion = Math.ceil(shape.securityGroups / shape.regions.length);
        const start = Number(input.NextToken ?? 0);
        const end = Math.min(perRegion, start + shape.pageSize);
        const groups = Array.from({ length: end - start }, (_, offset) => {
          const index = start + offset;
          const groupId = `sg-${region.replace(/-/g, '')}${String(index).padStart(6, '0')}`;
          const open = index % 10 === 0;
          return {
            GroupId: groupId,
            GroupName: `group-${index}`,
            OwnerId: accountId,
            VpcId: 'vpc-0bench',
            IpPermissions: [
              { IpProtocol: 'tcp', FromPort: open ? 22 : 443, ToPort: open ? 22 : 443, IpRanges: [{ CidrIp: open ? '0.0.0.0/0' : '10.0.0.0/8' }] },
            ],
            IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
          };
        });
        return { SecurityGroups: groups, ...(end < perRegion ? { NextToken: String(end) } : {}) };
      }
      case 'cloudtrail.DescribeTrails':
        return {
          trailList: [
            {
              Name: 'org-trail',
              TrailARN: `arn:aws:cloudtrail:${shape.regions[0]}:${accountId}:trail/org-trail`,
              HomeRegion: shape.regions[0],
              IsMultiRegionTrail: true,
              IsOrganizationTrail: false,
              LogFileValidationEnabled: true,
              S3BucketName: this.bucketName(1),
            },
          ],
        };
      case 'cloudtrail.GetTrailStatus':
        return { IsLogging: true };
      case 'cloudtrail.GetEventSelectors':
        return { EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }] };
      case 'kms.ListKeys':
        return {
          Keys: Array.from({ length: shape.kmsKeysPerRegion }, (_, index) => ({
            KeyId: `key-${index}`,
            KeyArn: `arn:aws:kms:${region}:${accountId}:key/key-${index}`,
          })),
        };
      case 'kms.ListAliases':
        return { Aliases: [{ AliasName: 'alias/data', TargetKeyId: 'key-0' }] };
      case 'kms.DescribeKey': {
        const keyId = String(input.KeyId).split('/').at(-1);
        return {
          KeyMetadata: { KeyId: keyId, KeyManager: 'CUSTOMER', KeyState: 'Enabled', KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT', Origin: 'AWS_KMS', MultiRegion: false },
        };
      }
      case 'kms.GetKeyRotationStatus':
        return { KeyRotationEnabled: !String(input.KeyId).endsWith('-3') };
      default:
        throw serviceError('UnknownOperationException', 400);
    }
  }

  private credentialReport(): string {
    const header =
      'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date';
    const { accountId } = this.options;
    const rows = [`<root_account>,arn:aws:iam::${accountId}:root,2020-01-01T00:00:00+00:00,not_supported,N/A,not_supported,not_supported,true,false,N/A,N/A,false,N/A,N/A`];
    for (let index = 0; index < this.shape.iamUsers; index += 1) {
      const mfa = index % 7 !== 0;
      rows.push(
        `user-${index},arn:aws:iam::${accountId}:user/user-${index},2023-01-01T00:00:00+00:00,true,2026-11-01T00:00:00+00:00,2026-06-01T00:00:00+00:00,N/A,${mfa},true,2026-01-01T00:00:00+00:00,2026-11-01T00:00:00+00:00,false,N/A,N/A`,
      );
    }
    return `${[header, ...rows].join('\n')}\n`;
  }
}

/** AwsClients whose every client answers from a SyntheticAws (per account: pick by the client settings). */
export class SyntheticAwsClients extends AwsClients {
  private readonly installed = new WeakSet<object>();

  constructor(
    settings: ClientSettings,
    private readonly synthetic: SyntheticAws,
    private readonly configure?: (client: { config: Record<string, unknown> }) => void,
  ) {
    super(settings);
  }

  override get<S extends ServiceName>(service: S, region: string): ClientOf<S> {
    const client = super.get(service, region);
    if (!this.installed.has(client)) {
      this.installed.add(client);
      this.synthetic.install(client as unknown as { middlewareStack: { add: (...args: never[]) => unknown } }, service, region);
      this.configure?.(client as unknown as { config: Record<string, unknown> });
    }
    return client;
  }
}
