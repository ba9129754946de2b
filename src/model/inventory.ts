/**
 * The normalized inventory: what the collectors saw, in our own JSON-serializable shape (never raw SDK output).
 * Each inventory key holds the items of one kind plus the failures met while collecting them.
 * Bump INVENTORY_SCHEMA_VERSION whenever a stored shape changes incompatibly.
 */
import type { CollectionFailure } from './failure.js';
import type { Settings } from './settings.js';

export const INVENTORY_SCHEMA_VERSION = 1;

/** Anything a result can be about. `region` is absent for global resources. */
export interface ResourceRef {
  arn: string;
  region?: string;
}

export interface AccountScope {
  id: string;
  partition: string;
  /** The caller identity the scan ran as (never credentials). */
  callerArn?: string;
  alias?: string;
}

// ---------- S3 ----------
export interface S3Bucket extends ResourceRef {
  name: string;
  region: string;
  createdAt?: string;
}

export interface S3BucketPolicy extends ResourceRef {
  bucket: string;
  region: string;
  /** The parsed bucket policy, or null when the bucket has none (NoSuchBucketPolicy). */
  policy: unknown;
}

export interface S3EncryptionRule {
  algorithm: string;
  kmsKeyId?: string;
  bucketKeyEnabled?: boolean;
}

export interface S3BucketEncryption extends ResourceRef {
  bucket: string;
  region: string;
  /** Default-encryption rules, or null when none is configured. */
  rules: S3EncryptionRule[] | null;
}

// ---------- IAM ----------
/** One row of the IAM credential report. Dates are ISO strings; `null` stands for N/A / no_information / not_supported. */
export interface CredentialReportRow extends ResourceRef {
  user: string;
  isRoot: boolean;
  userCreationTime: string | null;
  passwordEnabled: boolean | null;
  passwordLastUsed: string | null;
  passwordLastChanged: string | null;
  mfaActive: boolean;
  accessKey1Active: boolean;
  accessKey1LastRotated: string | null;
  accessKey1LastUsed: string | null;
  accessKey2Active: boolean;
  accessKey2LastRotated: string | null;
  accessKey2LastUsed: string | null;
}

export interface IamCredentialReport extends ResourceRef {
  generatedAt: string | null;
  rows: CredentialReportRow[];
}

// ---------- EC2 ----------
export interface IpPermission {
  /** `-1` means every protocol; otherwise a name (tcp, udp, icmp…) or an IANA number as a string. */
  protocol: string;
  fromPort?: number;
  toPort?: number;
  ipv4Ranges: string[];
  ipv6Ranges: string[];
  prefixListIds: string[];
  referencedGroupIds: string[];
}

export interface SecurityGroup extends ResourceRef {
  region: string;
  groupId: string;
  groupName: string;
  vpcId?: string;
  ingress: IpPermission[];
  egress: IpPermission[];
}

// ---------- CloudTrail ----------
export interface TrailEventSelectors {
  /** Classic selectors. */
  eventSelectors: Array<{
    readWriteType: string;
    includeManagementEvents: boolean;
    excludeManagementEventSources: string[];
    dataResources: Array<{ type: string; values: string[] }>;
  }>;
  /** Advanced selectors: field selectors as given. */
  advancedEventSelectors: Array<{
    name?: string;
    fieldSelectors: Array<{
      field: string;
      equals?: string[];
      startsWith?: string[];
      endsWith?: string[];
      notEquals?: string[];
      notStartsWith?: string[];
      notEndsWith?: string[];
    }>;
  }>;
}

export interface Trail extends ResourceRef {
  region: string;
  name: string;
  homeRegion: string;
  isMultiRegion: boolean;
  isOrganization: boolean;
  logFileValidation: boolean;
  kmsKeyId?: string;
  s3BucketName?: string;
  cloudWatchLogsLogGroupArn?: string;
  /** The regions from which DescribeTrails listed this trail (its home region, plus shadow copies). */
  seenInRegions: string[];
  /** null when GetTrailStatus failed (the failure is recorded against the trail ARN). */
  status: { isLogging: boolean; latestDeliveryError?: string; latestCloudWatchLogsDeliveryTime?: string } | null;
  /** null when GetEventSelectors failed. */
  selectors: TrailEventSelectors | null;
}

// ---------- KMS ----------
export interface KmsKey extends ResourceRef {
  region: string;
  keyId: string;
  keyManager: string;
  keyState: string;
  keySpec: string;
  keyUsage?: string;
  origin: string;
  multiRegion: boolean;
  multiRegionRole?: string;
  deletionDate?: string;
  aliases?: string[];
}

export interface KmsKeyRotation extends ResourceRef {
  region: string;
  keyId: string;
  rotationEnabled: boolean;
  rotationPeriodInDays?: number;
}

/**
 * Every inventory key and the type of its items. Adding a key here without a collector fails the registry
 * invariants test.
 */
export interface InventoryItems {
  s3Buckets: S3Bucket;
  s3BucketPolicies: S3BucketPolicy;
  s3BucketEncryption: S3BucketEncryption;
  iamCredentialReport: IamCredentialReport;
  ec2SecurityGroups: SecurityGroup;
  cloudtrailTrails: Trail;
  kmsKeys: KmsKey;
  kmsKeyRotation: KmsKeyRotation;
}

export type InventoryKey = keyof InventoryItems;

export interface KeyData<K extends InventoryKey = InventoryKey> {
  items: InventoryItems[K][];
  failures: CollectionFailure[];
  /** Regions this key was collected in (global keys: the one home region). */
  regions: string[];
}

export type InventoryData = { [K in InventoryKey]?: KeyData<K> };

export interface Inventory {
  schemaVersion: typeof INVENTORY_SCHEMA_VERSION;
  generator: { name: string; version: string };
  collectedAt: string;
  account: AccountScope;
  /** The regions in scope for regional keys. */
  regions: string[];
  /** Regions not scanned because they are not enabled for this account (opt-in regions). Absent when none. */
  skippedRegions?: string[];
  /** Problems with the scope itself (e.g. DescribeRegions denied, so only the home region was scanned). */
  scopeFailures: CollectionFailure[];
  keys: InventoryData;
}

export type { Settings };
