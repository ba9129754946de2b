/**
 * A synthetic AWS account served from inside the real SDK clients: a middleware placed just below the SDK's retry
 * middleware and the request pool (before signing) answers every command the collectors send after a fixed delay,
 * so throttling errors it raises are retried by the SDK's real retry strategy and every attempt takes a slot of the
 * real pool. No network: the benchmark runs from the production build. Tests use it too, to count calls and (with
 * `passThrough`) to send one API to a real local HTTP endpoint while the rest of the account answers from here.
 *
 * The account is a genomics lab of `scale` resources of each kind (buckets, IAM users, volumes, snapshots, security
 * groups, KMS keys…) spread over the regions, with a realistic mix of compliant and non-compliant settings, and the
 * page sizes AWS uses by default.
 */
import { AwsClients, type ClientOf, type ClientSettings, type ServiceName } from '../src/collect/aws-clients.js';
import { RESPONSES } from '../src/collect/responses.js';
import { SYNTHETIC_SERVICES } from './synthetic/index.js';

/** The APIs the synthetic account answers: every API a collector can send. */
export const SYNTHETIC_APIS: ReadonlySet<string> = new Set(Object.keys(RESPONSES));

export interface SyntheticShape {
  regions: string[];
  /** Resources of each kind: buckets, IAM users, volumes, snapshots, security groups, KMS keys. */
  scale: number;
  /** Other accounts' snapshots an endpoint that ignores `OwnerIds=self` lists as well. */
  foreignSnapshots?: number;
}

export const BENCH_REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2'];

export function benchShape(scale: number, regions: string[] = BENCH_REGIONS): SyntheticShape {
  return { regions, scale };
}

export interface SyntheticOptions {
  accountId: string;
  /** Every answer (and every error) arrives after this many milliseconds. */
  delayMs: number;
  /** Fraction of distinct requests whose first attempt fails with ThrottlingException (1: every call once). */
  throttleRate?: number;
  /** APIs (`service.Operation`) sent on to the network (the real HTTP handler) instead of answered here. */
  passThrough?: (api: string) => boolean;
  /** The first GetCredentialReport answers ReportNotPresent (so GenerateCredentialReport is sent too). */
  reportNotPresent?: boolean;
  /** ListBuckets leaves out BucketRegion for odd buckets, as older endpoints do (so GetBucketLocation is sent). */
  legacyListBuckets?: boolean;
  /** Replaces the answer of an API (tests: wrong types). */
  override?: (api: string, input: Record<string, unknown>, answer: () => Output) => Output;
}

export interface RecordedCall {
  service: string;
  command: string;
  region: string;
  input: unknown;
}

export type Output = Record<string, unknown>;
export type Input = Record<string, unknown>;

export function serviceError(name: string, httpStatusCode: number, message = `${name} (synthetic)`): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode }, $fault: httpStatusCode >= 500 ? 'server' : 'client' });
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

/** One page of a listing: `start` from the request's token, `limit` from its page-size field or AWS's default. */
export function paged<T>(all: readonly T[], input: Input, token: string, limitField: string | undefined, defaultLimit: number | undefined): { items: T[]; next?: string } {
  const start = Number(input[token] ?? 0);
  const requested = limitField ? Number(input[limitField] ?? 0) : 0;
  const limit = requested > 0 ? requested : (defaultLimit ?? all.length);
  const end = Math.min(all.length, start + Math.max(1, limit));
  return end < all.length ? { items: all.slice(start, end), next: String(end) } : { items: all.slice(start, end) };
}

const DAY = 86_400_000;
const CREATED = new Date('2024-01-01T00:00:00Z');
const NOW = new Date('2026-11-20T00:00:00Z');
const iso = (date: Date) => date.toISOString();

/** Which of `count` resources spread over `regions` live in `region` (by index). */
export function indexesIn(count: number, regions: readonly string[], region: string): number[] {
  const position = regions.indexOf(region);
  if (position < 0) return [];
  return Array.from({ length: count }, (_, index) => index).filter((index) => index % regions.length === position);
}

export class SyntheticAws {
  readonly calls: RecordedCall[] = [];
  throttled = 0;
  /** Requests being answered right now, and the most at once: what the request pool let through. */
  inFlight = 0;
  peakInFlight = 0;
  private readonly attempted = new Set<string>();
  private reportGenerated = false;

  constructor(
    readonly shape: SyntheticShape,
    readonly options: SyntheticOptions,
  ) {}

  get home(): string {
    return this.shape.regions[0] ?? 'us-east-1';
  }

  bucketName(index: number): string {
    return `lab-${this.options.accountId}-${String(index).padStart(5, '0')}`;
  }

  bucketRegion(index: number): string {
    return this.shape.regions[index % this.shape.regions.length] ?? this.home;
  }

  /** Installs the synthetic answers on one SDK client. */
  install(client: { middlewareStack: unknown }, service: string, region: string): void {
    const handler = (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: { input: unknown }) => {
      const command = (context.commandName ?? 'Unknown').replace(/Command$/, '');
      const api = `${service}.${command}`;
      if (this.options.passThrough?.(api)) return next(args);
      // Paginators reuse (and mutate) one input object: record a copy.
      const input = structuredClone(args.input) as Input;
      this.calls.push({ service, command, region, input });
      this.inFlight += 1;
      this.peakInFlight = Math.max(this.peakInFlight, this.inFlight);
      try {
        await sleep(this.options.delayMs);
      } finally {
        this.inFlight -= 1;
      }
      const requestKey = `${service}|${region}|${command}|${JSON.stringify(input)}`;
      if (this.options.throttleRate && !this.attempted.has(requestKey)) {
        this.attempted.add(requestKey);
        if (stableFraction(requestKey) < this.options.throttleRate) {
          this.throttled += 1;
          throw serviceError('ThrottlingException', 400);
        }
      }
      const answer = () => this.respond(service, command, region, input);
      const output = this.options.override ? this.options.override(api, input, answer) : answer();
      return { output: { ...output, $metadata: { httpStatusCode: 200 } }, response: { statusCode: 200, headers: {} } };
    };
    // Below the retry middleware and the request pool, in place of signing and the HTTP round trip (what a network
    // would cost is the fixed delay); serialization, endpoint resolution and the SDK's retry strategy stay real.
    (client.middlewareStack as { addRelativeTo: (m: unknown, o: unknown) => void }).addRelativeTo(handler, {
      relation: 'before',
      toMiddleware: 'httpSigningMiddleware',
      name: 'syntheticAwsMiddleware',
      override: true,
    });
  }

  private respond(service: string, command: string, region: string, input: Input): Output {
    const api = `${service}.${command}`;
    switch (service) {
      case 's3':
      case 's3control':
        return this.s3(api, region, input);
      case 'ec2':
        return this.ec2(api, region, input);
      case 'iam':
      case 'sts':
        return this.iam(api, input);
      default: {
        const responder = SYNTHETIC_SERVICES[service];
        return responder ? responder(this, api, region, input) : this.others(api, region, input);
      }
    }
  }

  // ---------- S3: each bucket i has a deterministic mix of settings ----------

  private bucketIndex(input: Input): number {
    return Number(String(input.Bucket).split('-').at(-1));
  }

  private s3(api: string, region: string, input: Input): Output {
    const { accountId } = this.options;
    const { scale } = this.shape;
    const index = api === 's3.ListBuckets' || api === 's3control.GetPublicAccessBlock' ? 0 : this.bucketIndex(input);
    const arn = `arn:aws:s3:::${String(input.Bucket)}`;
    // A third of the buckets hold dbGaP data (tagged, half of those with a data-use end date); half are versioned.
    const versioned = index % 2 === 0;
    const isPublic = index % 6 === 2;
    const tagged = index % 3 === 0;
    switch (api) {
      case 's3.ListBuckets':
        return {
          Owner: { ID: 'owner-canonical-id' },
          Buckets: Array.from({ length: scale }, (_, i) => ({
            Name: this.bucketName(i),
            ...(this.options.legacyListBuckets && i % 2 === 1 ? {} : { BucketRegion: this.bucketRegion(i) }),
            CreationDate: CREATED,
          })),
        };
      case 's3.GetBucketLocation': {
        const location = this.bucketRegion(index);
        return location === 'us-east-1' ? {} : { LocationConstraint: location };
      }
      case 's3.GetBucketPolicy': {
        if (index % 3 === 0) throw serviceError('NoSuchBucketPolicy', 404);
        const statements: unknown[] = [
          { Sid: 'TlsOnly', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [arn, `${arn}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
        ];
        if (isPublic) statements.push({ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${arn}/*` });
        return { Policy: JSON.stringify({ Version: '2012-10-17', Statement: statements }) };
      }
      case 's3.GetBucketPolicyStatus':
        if (index % 3 === 0) throw serviceError('NoSuchBucketPolicy', 404);
        return { PolicyStatus: { IsPublic: isPublic } };
      case 's3.GetBucketOwnershipControls':
        return { OwnershipControls: { Rules: [{ ObjectOwnership: index % 4 === 0 ? 'ObjectWriter' : 'BucketOwnerEnforced' }] } };
      case 's3.GetBucketAcl':
        return {
          Owner: { ID: 'owner-canonical-id' },
          Grants: [
            { Grantee: { Type: 'CanonicalUser', ID: 'owner-canonical-id' }, Permission: 'FULL_CONTROL' },
            ...(index % 8 === 0 ? [{ Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' }] : []),
          ],
        };
      case 's3.GetPublicAccessBlock':
        if (index % 5 === 0) throw serviceError('NoSuchPublicAccessBlockConfiguration', 404);
        return { PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } };
      case 's3control.GetPublicAccessBlock':
        throw serviceError('NoSuchPublicAccessBlockConfiguration', 404);
      case 's3.GetBucketEncryption': {
        const rule =
          index % 2 === 0
            ? {
                // Key i lives in region i (modulo the regions): the key of the bucket's own region.
                ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: `arn:aws:kms:${region}:${accountId}:key/key-${this.shape.regions.indexOf(region)}` },
                BucketKeyEnabled: true,
              }
            : { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } };
        return { ServerSideEncryptionConfiguration: { Rules: [rule] } };
      }
      case 's3.GetBucketVersioning':
        return versioned ? { Status: 'Enabled', MFADelete: 'Disabled' } : index % 8 === 1 ? { Status: 'Suspended' } : {};
      case 's3.GetBucketLogging':
        return index % 3 === 0 ? { LoggingEnabled: { TargetBucket: this.bucketName(0), TargetPrefix: `${String(input.Bucket)}/` } } : {};
      case 's3.GetBucketTagging':
        if (!tagged) throw serviceError('NoSuchTagSet', 404);
        return {
          TagSet: [
            { Key: 'dbgap:project', Value: `phs${String(index).padStart(6, '0')}` },
            ...(index % 6 === 0 ? [{ Key: 'dbgap:expiry', Value: index % 12 === 0 ? '2025-06-30' : '2028-06-30' }] : []),
          ],
        };
      case 's3.GetBucketLifecycleConfiguration':
        if (index % 4 !== 0) throw serviceError('NoSuchLifecycleConfiguration', 404);
        return { Rules: [{ ID: 'closeout', Status: 'Enabled', Filter: {}, Expiration: { Days: 365 }, NoncurrentVersionExpiration: { NoncurrentDays: 30 } }] };
      case 's3.GetBucketReplication':
        if (index % 6 !== 0) throw serviceError('ReplicationConfigurationNotFoundError', 404);
        return {
          ReplicationConfiguration: {
            Role: `arn:aws:iam::${accountId}:role/replication`,
            Rules: [{ ID: 'dr', Status: 'Enabled', Destination: index % 12 === 0 ? { Bucket: 'arn:aws:s3:::partner-copy', Account: '999999999999' } : { Bucket: `arn:aws:s3:::${this.bucketName(1)}` } }],
          },
        };
      case 's3.GetObjectLockConfiguration':
        if (index % 8 !== 0) throw serviceError('ObjectLockConfigurationNotFoundError', 404);
        return { ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Years: 10 } } } };
      case 's3.ListObjectsV2':
        return { KeyCount: index % 20 === 0 ? 1 : 0, IsTruncated: false, Contents: [] };
      case 's3.ListObjectVersions':
        return { IsTruncated: false, Versions: [], DeleteMarkers: index % 4 === 0 ? [{ Key: 'sample.bam', IsLatest: true }] : [] };
      default:
        throw serviceError('UnknownOperationException', 400);
    }
  }

  // ---------- EC2 ----------

  private ec2(api: string, region: string, input: Input): Output {
    const { accountId } = this.options;
    const { regions, scale } = this.shape;
    const here = (count: number) => indexesIn(count, regions, region);
    const vpcId = `vpc-${region.replace(/-/g, '')}`;
    const instances = Math.max(1, Math.floor(scale / 2));
    const images = Math.max(1, Math.floor(scale / 5));
    const tag = (index: number) => (index % 2 === 0 ? [{ Key: 'dbgap:project', Value: 'phs000001' }] : []);
    switch (api) {
      case 'ec2.DescribeRegions':
        return {
          Regions: [
            ...regions.map((name) => ({ RegionName: name, OptInStatus: 'opt-in-not-required' })),
            { RegionName: 'af-south-1', OptInStatus: 'not-opted-in' },
          ],
        };
      case 'ec2.DescribeSecurityGroups': {
        const groups = [
          {
            GroupId: `sg-default-${region}`,
            GroupName: 'default',
            OwnerId: accountId,
            VpcId: vpcId,
            IpPermissions: [{ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: `sg-default-${region}` }] }],
            IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
          },
          ...here(scale).map((index) => ({
            GroupId: `sg-${String(index).padStart(8, '0')}`,
            GroupName: `group-${index}`,
            OwnerId: accountId,
            VpcId: vpcId,
            IpPermissions: [
              index % 10 === 0
                ? { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }
                : index % 7 === 0
                  ? { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, PrefixListIds: [{ PrefixListId: `pl-${region}` }] }
                  : { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8' }] },
            ],
            IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
          })),
        ];
        const page = paged(groups, input, 'NextToken', 'MaxResults', undefined);
        return { SecurityGroups: page.items, ...(page.next ? { NextToken: page.next } : {}) };
      }
      case 'ec2.GetManagedPrefixListEntries':
        return { Entries: [{ Cidr: '10.20.0.0/16' }, { Cidr: '192.0.2.0/24' }] };
      case 'ec2.DescribeVpcs':
        return { Vpcs: [{ VpcId: vpcId, OwnerId: accountId, IsDefault: true, CidrBlock: '172.31.0.0/16', State: 'available', Tags: [] }] };
      case 'ec2.DescribeSubnets':
        return {
          Subnets: ['a', 'b'].map((zone, index) => ({
            SubnetId: `subnet-${region}-${zone}`,
            VpcId: vpcId,
            OwnerId: accountId,
            CidrBlock: `172.31.${index * 16}.0/20`,
            AvailabilityZone: `${region}${zone}`,
            MapPublicIpOnLaunch: true,
            DefaultForAz: true,
          })),
        };
      case 'ec2.DescribeRouteTables':
        return {
          RouteTables: [
            {
              RouteTableId: `rtb-${region}`,
              VpcId: vpcId,
              OwnerId: accountId,
              Associations: [{ Main: true }],
              Routes: [
                { DestinationCidrBlock: '172.31.0.0/16', GatewayId: 'local', State: 'active' },
                { DestinationCidrBlock: '0.0.0.0/0', GatewayId: `igw-${region}`, State: 'active' },
              ],
            },
          ],
        };
      case 'ec2.DescribeNetworkAcls':
        return {
          NetworkAcls: [
            {
              NetworkAclId: `acl-${region}`,
              VpcId: vpcId,
              OwnerId: accountId,
              IsDefault: true,
              Associations: [{ SubnetId: `subnet-${region}-a` }],
              Entries: [
                { RuleNumber: 100, Egress: false, Protocol: '-1', RuleAction: 'allow', CidrBlock: '0.0.0.0/0' },
                { RuleNumber: 32767, Egress: false, Protocol: '-1', RuleAction: 'deny', CidrBlock: '0.0.0.0/0' },
              ],
            },
          ],
        };
      case 'ec2.DescribeFlowLogs':
        return region === this.home
          ? { FlowLogs: [{ FlowLogId: `fl-${region}`, ResourceId: vpcId, FlowLogStatus: 'ACTIVE', DeliverLogsStatus: 'SUCCESS', TrafficType: 'ALL', LogDestinationType: 'cloud-watch-logs', LogGroupName: 'vpc-flow' }] }
          : { FlowLogs: [] };
      case 'ec2.DescribeNetworkInterfaces':
        return {
          NetworkInterfaces: here(instances).map((index) => ({
            NetworkInterfaceId: `eni-${String(index).padStart(8, '0')}`,
            VpcId: vpcId,
            SubnetId: `subnet-${region}-a`,
            OwnerId: accountId,
            InterfaceType: 'interface',
            Status: 'in-use',
            RequesterManaged: false,
            Attachment: { InstanceId: `i-${String(index).padStart(8, '0')}` },
          })),
        };
      case 'ec2.DescribeVpcEndpoints':
        return { VpcEndpoints: [{ VpcEndpointId: `vpce-${region}`, VpcId: vpcId, OwnerId: accountId, ServiceName: `com.amazonaws.${region}.s3`, VpcEndpointType: 'Gateway', State: 'available' }] };
      case 'ec2.DescribeVpnConnections':
        return { VpnConnections: [] };
      case 'ec2.DescribeInstances': {
        const reservations = here(instances).map((index) => ({
          ReservationId: `r-${index}`,
          OwnerId: accountId,
          Instances: [
            {
              InstanceId: `i-${String(index).padStart(8, '0')}`,
              ImageId: `ami-${String(index % images).padStart(8, '0')}`,
              InstanceType: 'm5.large',
              State: { Name: index % 9 === 4 ? 'stopped' : 'running' },
              StateTransitionReason: index % 9 === 4 ? 'User initiated (2026-01-01 00:00:00 GMT)' : '',
              LaunchTime: CREATED,
              SubnetId: `subnet-${region}-a`,
              VpcId: vpcId,
              PublicIpAddress: index % 3 === 0 ? `203.0.113.${index % 250}` : undefined,
              SecurityGroups: [{ GroupId: `sg-default-${region}` }],
              MetadataOptions: { HttpTokens: index % 2 === 0 ? 'required' : 'optional', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1 },
              BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeId: `vol-${String(index).padStart(8, '0')}`, DeleteOnTermination: true } }],
              Placement: { Tenancy: 'default' },
              PlatformDetails: 'Linux/UNIX',
              Tags: tag(index),
            },
          ],
        }));
        const page = paged(reservations, input, 'NextToken', 'MaxResults', undefined);
        return { Reservations: page.items, ...(page.next ? { NextToken: page.next } : {}) };
      }
      case 'ec2.GetInstanceMetadataDefaults':
        return region === this.home ? { AccountLevel: { HttpTokens: 'required', HttpPutResponseHopLimit: 2 } } : { AccountLevel: {} };
      case 'ec2.DescribeImages': {
        if (Array.isArray(input.ImageIds)) {
          const imageId = String(input.ImageIds[0]);
          return { Images: [{ ImageId: imageId, OwnerId: '137112412989', Name: 'amzn2-ami-hvm', CreationDate: '2023-01-01T00:00:00.000Z', State: 'available', Public: true }] };
        }
        return {
          Images: here(images).map((index) => ({
            ImageId: `ami-own-${String(index).padStart(5, '0')}`,
            OwnerId: accountId,
            Name: `pipeline-${index}`,
            Public: index % 4 === 0,
            State: 'available',
            CreationDate: iso(new Date(NOW.getTime() - (index % 3) * 200 * DAY)),
            BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: `snap-${String(index).padStart(8, '0')}` } }],
          })),
        };
      }
      case 'ec2.DescribeImageAttribute': {
        const index = Number(String(input.ImageId).split('-').at(-1));
        return { ImageId: input.ImageId, LaunchPermissions: index % 4 === 0 ? [{ Group: 'all' }] : [] };
      }
      case 'ec2.DescribeSnapshots': {
        const owned = here(scale).map((index) => ({
          SnapshotId: `snap-${String(index).padStart(8, '0')}`,
          OwnerId: accountId,
          VolumeId: `vol-${String(index).padStart(8, '0')}`,
          Encrypted: index % 3 !== 2,
          StartTime: new Date(NOW.getTime() - (index % 5) * 120 * DAY),
          Tags: tag(index),
        }));
        const foreign = region === this.home
          ? Array.from({ length: this.shape.foreignSnapshots ?? 0 }, (_, index) => ({ SnapshotId: `snap-public-${index}`, OwnerId: '099720109477', Encrypted: false }))
          : [];
        const page = paged([...owned, ...foreign], input, 'NextToken', 'MaxResults', undefined);
        return { Snapshots: page.items, ...(page.next ? { NextToken: page.next } : {}) };
      }
      case 'ec2.DescribeSnapshotAttribute': {
        const index = Number(String(input.SnapshotId).split('-').at(-1));
        if (Number.isNaN(index)) throw serviceError('UnauthorizedOperation', 403);
        return { SnapshotId: input.SnapshotId, CreateVolumePermissions: index % 10 === 5 ? [{ Group: 'all' }] : [] };
      }
      case 'ec2.DescribeVolumes': {
        const volumes = here(scale).map((index) => ({
          VolumeId: `vol-${String(index).padStart(8, '0')}`,
          State: index % 4 === 3 ? 'available' : 'in-use',
          Encrypted: index % 3 !== 2,
          Size: 100,
          VolumeType: 'gp3',
          CreateTime: CREATED,
          AvailabilityZone: `${region}a`,
          Attachments: index % 4 === 3 ? [] : [{ InstanceId: `i-${String(index).padStart(8, '0')}`, Device: '/dev/xvda', State: 'attached', DeleteOnTermination: true }],
          Tags: tag(index),
        }));
        const page = paged(volumes, input, 'NextToken', 'MaxResults', undefined);
        return { Volumes: page.items, ...(page.next ? { NextToken: page.next } : {}) };
      }
      case 'ec2.GetEbsEncryptionByDefault':
        return { EbsEncryptionByDefault: region === this.home };
      case 'ec2.GetEbsDefaultKmsKeyId':
        return { KmsKeyId: 'alias/aws/ebs' };
      case 'ec2.GetSnapshotBlockPublicAccessState':
        return { State: region === this.home ? 'block-all-sharing' : 'unblocked' };
      case 'ec2.GetImageBlockPublicAccessState':
        return { ImageBlockPublicAccessState: region === this.home ? 'block-new-sharing' : 'unblocked' };
      case 'ec2.GetSerialConsoleAccessStatus':
        return { SerialConsoleAccessEnabled: false };
      default:
        throw serviceError('UnknownOperationException', 400);
    }
  }

  // ---------- IAM and STS ----------

  private iam(api: string, input: Input): Output {
    const { accountId } = this.options;
    const { scale } = this.shape;
    switch (api) {
      case 'sts.GetCallerIdentity':
        return { Account: accountId, Arn: `arn:aws:iam::${accountId}:user/auditor`, UserId: 'AIDAEXAMPLE' };
      case 'iam.GenerateCredentialReport':
        this.reportGenerated = true;
        return { State: 'COMPLETE' };
      case 'iam.GetCredentialReport':
        if (this.options.reportNotPresent && !this.reportGenerated) throw serviceError('ReportNotPresent', 410);
        return { Content: new TextEncoder().encode(this.credentialReport()), GeneratedTime: NOW, ReportFormat: 'text/csv' };
      case 'iam.GetAccountSummary':
        return { SummaryMap: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: scale, Roles: 3, Policies: 2 } };
      case 'iam.GetAccountPasswordPolicy':
        return {
          PasswordPolicy: {
            MinimumPasswordLength: 12,
            RequireSymbols: true,
            RequireNumbers: true,
            RequireUppercaseCharacters: true,
            RequireLowercaseCharacters: true,
            AllowUsersToChangePassword: true,
            PasswordReusePrevention: 5,
            ExpirePasswords: false,
          },
        };
      case 'iam.ListVirtualMFADevices': {
        const devices = Array.from({ length: scale }, (_, index) => index)
          .filter((index) => index % 7 !== 0)
          .map((index) => ({ SerialNumber: `arn:aws:iam::${accountId}:mfa/user-${index}`, User: { Arn: `arn:aws:iam::${accountId}:user/user-${index}` }, EnableDate: CREATED }));
        const page = paged(devices, input, 'Marker', 'MaxItems', 100);
        return { VirtualMFADevices: page.items, IsTruncated: page.next !== undefined, ...(page.next ? { Marker: page.next } : {}) };
      }
      case 'iam.ListAccountAliases':
        return { AccountAliases: ['genomics-lab'], IsTruncated: false };
      case 'iam.GetAccountAuthorizationDetails': {
        const document = (value: unknown) => encodeURIComponent(JSON.stringify(value));
        const admin = { PolicyName: 'AdministratorAccess', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' };
        const readOnly = { PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' };
        const entries: Array<{ kind: 'user' | 'role' | 'group' | 'policy'; value: Output }> = [
          ...Array.from({ length: scale }, (_, index) => ({
            kind: 'user' as const,
            value: {
              UserName: `user-${index}`,
              Arn: `arn:aws:iam::${accountId}:user/user-${index}`,
              Path: '/',
              GroupList: [index % 10 === 0 ? 'admins' : 'analysts'],
              UserPolicyList: [],
              AttachedManagedPolicies: index === 0 ? [admin] : [],
            },
          })),
          { kind: 'group', value: { GroupName: 'admins', Arn: `arn:aws:iam::${accountId}:group/admins`, Path: '/', GroupPolicyList: [], AttachedManagedPolicies: [admin] } },
          { kind: 'group', value: { GroupName: 'analysts', Arn: `arn:aws:iam::${accountId}:group/analysts`, Path: '/', GroupPolicyList: [], AttachedManagedPolicies: [readOnly] } },
          {
            kind: 'role',
            value: {
              RoleName: 'partner-access',
              Arn: `arn:aws:iam::${accountId}:role/partner-access`,
              Path: '/',
              AssumeRolePolicyDocument: document({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999999999999:root' }, Action: 'sts:AssumeRole' }] }),
              RolePolicyList: [],
              AttachedManagedPolicies: [readOnly],
            },
          },
          {
            kind: 'role',
            value: {
              RoleName: 'ec2-worker',
              Arn: `arn:aws:iam::${accountId}:role/ec2-worker`,
              Path: '/',
              AssumeRolePolicyDocument: document({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
              RolePolicyList: [],
              AttachedManagedPolicies: [],
            },
          },
          {
            kind: 'policy',
            value: {
              PolicyName: 'AdministratorAccess',
              Arn: admin.PolicyArn,
              AttachmentCount: 2,
              PolicyVersionList: [{ IsDefaultVersion: true, Document: document({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) }],
            },
          },
          {
            kind: 'policy',
            value: {
              PolicyName: 'ReadOnlyAccess',
              Arn: readOnly.PolicyArn,
              AttachmentCount: 2,
              PolicyVersionList: [{ IsDefaultVersion: true, Document: document({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }] }) }],
            },
          },
        ];
        const page = paged(entries, input, 'Marker', 'MaxItems', 100);
        const of = (kind: string) => page.items.filter((entry) => entry.kind === kind).map((entry) => entry.value);
        return {
          UserDetailList: of('user'),
          GroupDetailList: of('group'),
          RoleDetailList: of('role'),
          Policies: of('policy'),
          IsTruncated: page.next !== undefined,
          ...(page.next ? { Marker: page.next } : {}),
        };
      }
      default:
        throw serviceError('UnknownOperationException', 400);
    }
  }

  private credentialReport(): string {
    const header =
      'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date';
    const { accountId } = this.options;
    const rows = [`<root_account>,arn:aws:iam::${accountId}:root,2020-01-01T00:00:00+00:00,not_supported,2026-11-01T00:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,false,N/A,N/A`];
    for (let index = 0; index < this.shape.scale; index += 1) {
      const mfa = index % 7 !== 0;
      const rotated = index % 5 === 0 ? '2025-01-01T00:00:00+00:00' : '2026-10-01T00:00:00+00:00';
      rows.push(
        `user-${index},arn:aws:iam::${accountId}:user/user-${index},2023-01-01T00:00:00+00:00,true,2026-11-01T00:00:00+00:00,2026-06-01T00:00:00+00:00,N/A,${mfa},true,${rotated},2026-11-01T00:00:00+00:00,false,N/A,N/A`,
      );
    }
    return `${[header, ...rows].join('\n')}\n`;
  }

  // ---------- KMS, CloudTrail, CloudWatch, Config, GuardDuty, Access Analyzer, Macie, Organizations, SNS, SSM ----------

  private others(api: string, region: string, input: Input): Output {
    const { accountId } = this.options;
    const { regions, scale } = this.shape;
    const home = this.home;
    const here = (count: number) => indexesIn(count, regions, region);
    const keyIndex = (value: unknown) => Number(String(value).split('-').at(-1));
    const trailArn = `arn:aws:cloudtrail:${home}:${accountId}:trail/lab-trail`;
    const topicArn = `arn:aws:sns:${home}:${accountId}:security-alerts`;
    const instances = Math.max(1, Math.floor(scale / 2));
    switch (api) {
      case 'kms.ListKeys': {
        const keys = here(scale).map((index) => ({ KeyId: `key-${index}`, KeyArn: `arn:aws:kms:${region}:${accountId}:key/key-${index}` }));
        const page = paged(keys, input, 'Marker', 'Limit', 100);
        return { Keys: page.items, Truncated: page.next !== undefined, ...(page.next ? { NextMarker: page.next } : {}) };
      }
      case 'kms.ListAliases': {
        const aliases = here(scale).map((index) => ({ AliasName: `alias/${index % 5 === 0 ? 'aws/s3' : `data-${index}`}`, TargetKeyId: `key-${index}` }));
        const page = paged(aliases, input, 'Marker', 'Limit', 50);
        return { Aliases: page.items, Truncated: page.next !== undefined, ...(page.next ? { NextMarker: page.next } : {}) };
      }
      case 'kms.DescribeKey': {
        const index = keyIndex(input.KeyId);
        return {
          KeyMetadata: {
            KeyId: `key-${index}`,
            Arn: String(input.KeyId),
            KeyManager: index % 5 === 0 ? 'AWS' : 'CUSTOMER',
            KeyState: index % 11 === 3 ? 'PendingDeletion' : 'Enabled',
            KeySpec: 'SYMMETRIC_DEFAULT',
            KeyUsage: 'ENCRYPT_DECRYPT',
            Origin: 'AWS_KMS',
            MultiRegion: false,
            ...(index % 11 === 3 ? { DeletionDate: new Date(NOW.getTime() + 7 * DAY) } : {}),
          },
        };
      }
      case 'kms.GetKeyRotationStatus':
        return { KeyRotationEnabled: keyIndex(input.KeyId) % 3 !== 1, RotationPeriodInDays: 365 };
      case 'kms.GetKeyPolicy': {
        const index = keyIndex(input.KeyId);
        const principal = index % 9 === 2 ? '*' : { AWS: `arn:aws:iam::${accountId}:root` };
        return { Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Enable IAM', Effect: 'Allow', Principal: principal, Action: 'kms:*', Resource: '*' }] }), PolicyName: 'default' };
      }
      case 'kms.ListResourceTags': {
        const index = keyIndex(input.KeyId);
        const tags = index % 2 === 0 ? [{ TagKey: 'dbgap:project', TagValue: 'phs000001' }] : [];
        return { Tags: tags, Truncated: false };
      }
      case 'cloudtrail.DescribeTrails':
        return {
          trailList: [
            {
              Name: 'lab-trail',
              TrailARN: trailArn,
              HomeRegion: home,
              IsMultiRegionTrail: true,
              IsOrganizationTrail: false,
              LogFileValidationEnabled: true,
              S3BucketName: this.bucketName(0),
              KmsKeyId: `arn:aws:kms:${home}:${accountId}:key/key-0`,
              CloudWatchLogsLogGroupArn: `arn:aws:logs:${home}:${accountId}:log-group:cloudtrail:*`,
            },
          ],
        };
      case 'cloudtrail.GetTrailStatus':
        return { IsLogging: true, LatestCloudWatchLogsDeliveryTime: NOW };
      case 'cloudtrail.GetEventSelectors':
        return {
          TrailARN: trailArn,
          EventSelectors: [
            {
              ReadWriteType: 'All',
              IncludeManagementEvents: true,
              ExcludeManagementEventSources: [],
              DataResources: [{ Type: 'AWS::S3::Object', Values: [`arn:aws:s3:::${this.bucketName(0)}/`, `arn:aws:s3:::${this.bucketName(2)}/`] }],
            },
          ],
        };
      case 'cloudwatch.DescribeAlarms': {
        const alarms =
          region === home
            ? ['RootUsage', 'UnauthorizedApiCalls', 'ConsoleSigninWithoutMfa', 'IamPolicyChanges', 'CloudTrailChanges'].map((metric) => ({
                AlarmName: `cis-${metric}`,
                AlarmArn: `arn:aws:cloudwatch:${home}:${accountId}:alarm:cis-${metric}`,
                MetricName: metric,
                Namespace: 'CISBenchmark',
                ActionsEnabled: true,
                AlarmActions: [topicArn],
                StateValue: 'OK',
              }))
            : [];
        const page = paged(alarms, input, 'NextToken', 'MaxRecords', 50);
        return { MetricAlarms: page.items, CompositeAlarms: [], ...(page.next ? { NextToken: page.next } : {}) };
      }
      case 'logs.DescribeMetricFilters': {
        const filters =
          region === home
            ? ['RootUsage', 'UnauthorizedApiCalls', 'ConsoleSigninWithoutMfa', 'IamPolicyChanges', 'CloudTrailChanges'].map((metric) => ({
                filterName: metric,
                logGroupName: 'cloudtrail',
                filterPattern: metric === 'RootUsage' ? '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }' : `{ $.eventName = "${metric}" }`,
                metricTransformations: [{ metricName: metric, metricNamespace: 'CISBenchmark', metricValue: '1' }],
              }))
            : [];
        const page = paged(filters, input, 'nextToken', 'limit', 50);
        return { metricFilters: page.items, ...(page.next ? { nextToken: page.next } : {}) };
      }
      case 'logs.DescribeLogGroups': {
        const groups = [
          ...(region === home ? [{ logGroupName: 'cloudtrail', retentionInDays: 400 }] : []),
          ...here(Math.max(1, Math.floor(scale / 5))).map((index) => ({ logGroupName: `/pipeline/${index}`, ...(index % 2 === 0 ? { retentionInDays: 30 } : {}) })),
        ].map((group) => ({ ...group, arn: `arn:aws:logs:${region}:${accountId}:log-group:${group.logGroupName}:*`, logGroupArn: `arn:aws:logs:${region}:${accountId}:log-group:${group.logGroupName}`, storedBytes: 1024 }));
        const page = paged(groups, input, 'nextToken', 'limit', 50);
        return { logGroups: page.items, ...(page.next ? { nextToken: page.next } : {}) };
      }
      case 'config.DescribeConfigurationRecorders':
        return { ConfigurationRecorders: [{ name: 'default', roleARN: `arn:aws:iam::${accountId}:role/config`, recordingGroup: { allSupported: true, includeGlobalResourceTypes: region === home } }] };
      case 'config.DescribeConfigurationRecorderStatus':
        return { ConfigurationRecordersStatus: [{ name: 'default', recording: region !== 'eu-west-1', lastStatus: 'SUCCESS' }] };
      case 'guardduty.ListDetectors':
        return { DetectorIds: [`detector-${region}`] };
      case 'guardduty.GetDetector':
        return { Status: region === 'ap-southeast-2' ? 'DISABLED' : 'ENABLED', ServiceRole: 'arn:aws:iam::role/gd', Features: [{ Name: 'S3_DATA_EVENTS', Status: 'ENABLED' }] };
      case 'accessanalyzer.ListAnalyzers':
        return input.type === 'ACCOUNT'
          ? { analyzers: [{ arn: `arn:aws:access-analyzer:${region}:${accountId}:analyzer/account`, name: 'account', type: 'ACCOUNT', status: 'ACTIVE' }] }
          : { analyzers: [] };
      case 'accessanalyzer.ListFindings': {
        const findings = here(Math.max(1, Math.floor(scale / 10))).map((index) => ({
          id: `finding-${index}`,
          resource: `arn:aws:s3:::${this.bucketName(index)}`,
          resourceType: 'AWS::S3::Bucket',
          principal: { AWS: '999999999999' },
          isPublic: index % 2 === 0,
          action: ['s3:GetObject'],
          condition: {},
          status: 'ACTIVE',
          resourceOwnerAccount: accountId,
          createdAt: CREATED,
          updatedAt: CREATED,
          analyzedAt: CREATED,
        }));
        const page = paged(findings, input, 'nextToken', 'maxResults', 100);
        return { findings: page.items, ...(page.next ? { nextToken: page.next } : {}) };
      }
      case 'account.GetAlternateContact':
        return { AlternateContact: { AlternateContactType: 'SECURITY', Name: 'Security Office', Title: 'CISO', EmailAddress: 'security@example.org', PhoneNumber: '+1-555-0100' } };
      case 'macie2.GetMacieSession':
        if (region !== home) throw serviceError('AccessDeniedException', 403, 'Macie is not enabled');
        return { status: 'ENABLED', findingPublishingFrequency: 'FIFTEEN_MINUTES', createdAt: CREATED, updatedAt: CREATED };
      case 'macie2.GetAutomatedDiscoveryConfiguration':
        return { status: 'ENABLED' };
      case 'organizations.DescribeOrganization':
        return { Organization: { Id: 'o-example', Arn: 'arn:aws:organizations::111111111111:organization/o-example', FeatureSet: 'ALL', MasterAccountId: '111111111111' } };
      case 'organizations.ListParents':
        return input.ChildId === accountId ? { Parents: [{ Id: 'ou-root-research', Type: 'ORGANIZATIONAL_UNIT' }] } : { Parents: [{ Id: 'r-root', Type: 'ROOT' }] };
      case 'organizations.ListPoliciesForTarget':
        return input.TargetId === 'r-root'
          ? { Policies: [{ Id: 'p-FullAWSAccess', Arn: 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess', Name: 'FullAWSAccess', AwsManaged: true }] }
          : input.TargetId === 'ou-root-research'
            ? { Policies: [{ Id: 'p-region-deny', Arn: 'arn:aws:organizations::111111111111:policy/o-example/service_control_policy/p-region-deny', Name: 'RegionDeny', AwsManaged: false }] }
            : { Policies: [] };
      case 'organizations.DescribePolicy':
        return {
          Policy: {
            PolicySummary: { Id: input.PolicyId },
            Content:
              input.PolicyId === 'p-region-deny'
                ? JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotAction: ['iam:*', 'sts:*'], Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'us-west-2'] } } }] })
                : JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }),
          },
        };
      case 'organizations.ListAccounts':
        return { Accounts: [{ Id: accountId, Name: 'lab', State: 'ACTIVE' }] };
      case 'sns.ListSubscriptionsByTopic':
        return { Subscriptions: [{ Protocol: 'email', SubscriptionArn: `${topicArn}:sub-1`, Endpoint: 'security@example.org', TopicArn: topicArn, Owner: accountId }] };
      case 'ssm.DescribeInstanceInformation': {
        const managed = here(instances).map((index) => ({
          InstanceId: `i-${String(index).padStart(8, '0')}`,
          PingStatus: index % 5 === 1 ? 'ConnectionLost' : 'Online',
          LastPingDateTime: NOW,
          PlatformType: 'Linux',
          PlatformName: 'Amazon Linux',
          AgentVersion: '3.3.0',
          IsLatestVersion: index % 2 === 0,
          ResourceType: 'EC2Instance',
        }));
        const page = paged(managed, input, 'NextToken', 'MaxResults', 50);
        return { InstanceInformationList: page.items, ...(page.next ? { NextToken: page.next } : {}) };
      }
      case 'ssm.ListResourceComplianceSummaries': {
        const type = String((input.Filters as Array<{ Values?: string[] }> | undefined)?.[0]?.Values?.[0] ?? 'Patch');
        const summaries = here(instances).map((index) => ({
          ResourceId: `i-${String(index).padStart(8, '0')}`,
          ResourceType: 'ManagedInstance',
          ComplianceType: type,
          Status: index % 4 === 0 ? 'NON_COMPLIANT' : 'COMPLIANT',
          ExecutionSummary: { ExecutionTime: new Date(NOW.getTime() - DAY) },
          CompliantSummary: { CompliantCount: 10 },
          NonCompliantSummary: { NonCompliantCount: index % 4 === 0 ? 2 : 0, SeveritySummary: { CriticalCount: index % 4 === 0 ? 1 : 0, HighCount: 0, MediumCount: 0, LowCount: 0, InformationalCount: 0, UnspecifiedCount: 0 } },
        }));
        const page = paged(summaries, input, 'NextToken', 'MaxResults', 50);
        return { ResourceComplianceSummaryItems: page.items, ...(page.next ? { NextToken: page.next } : {}) };
      }
      default:
        throw serviceError('UnknownOperationException', 400);
    }
  }
}

/** AwsClients whose every client answers from a SyntheticAws. */
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
      this.synthetic.install(client as unknown as { middlewareStack: unknown }, service, region);
      this.configure?.(client as unknown as { config: Record<string, unknown> });
    }
    return client;
  }
}
