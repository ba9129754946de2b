/**
 * The normalized inventory: what the collectors saw, in our own JSON-serializable shape (never raw SDK output).
 * Each inventory key holds the items of one kind plus the failures met while collecting them.
 * Bump INVENTORY_SCHEMA_VERSION whenever a stored shape changes incompatibly.
 */
import type { CollectionFailure } from './failure.js';
import type { Settings } from './settings.js';
import type { AccessAnalyzer, AccessAnalyzerFinding } from './items/access-analyzer.js';
import type { AccountAliases, AccountRegion, AccountSecurityContact } from './items/account.js';
import type { AthenaWorkGroup } from './items/athena.js';
import type { Trail } from './items/cloudtrail.js';
import type { CloudWatchAlarm, LogGroup, MetricFilter } from './items/cloudwatch.js';
import type { ConfigRecorder } from './items/config.js';
import type { DynamodbContinuousBackups, DynamodbTable } from './items/dynamodb.js';
import type { BackupRecoveryPoint, BackupVault, BackupVaultPolicy } from './items/backup.js';
import type { BatchComputeEnvironment } from './items/batch.js';
import type { DataSyncTask } from './items/datasync.js';
import type { AmiImage, AmiLaunchPermissions, EbsEncryptionDefault, EbsSnapshot, EbsSnapshotPermissions, Ec2Instance, Ec2InstanceMetadataDefaults, Ec2NetworkAcl, Ec2NetworkInterface, Ec2PrefixList, Ec2RouteTable, Ec2Subnet, Ec2UsedImage, Ec2Volume, Ec2VpcEndpoint, Ec2VpnConnection, FlowLog, ImageBlockPublicAccess, SecurityGroup, SerialConsoleAccess, SnapshotBlockPublicAccess, Vpc } from './items/ec2.js';
import type { EfsBackupPolicy, EfsFileSystem, EfsFileSystemPolicy, EfsMountTargets } from './items/efs.js';
import type { FsxDataRepositoryAssociation, FsxFileSystem } from './items/fsx.js';
import type { EmrBlockPublicAccess, EmrCluster, EmrSecurityConfiguration } from './items/emr.js';
import type { GlueDataCatalogEncryption, GlueSecurityConfiguration } from './items/glue.js';
import type { GuardDutyDetector } from './items/guardduty.js';
import type { IamAccountSummary, IamAuthorizationEntry, IamCredentialReport, IamPasswordPolicy, IamVirtualMfaDevice } from './items/iam.js';
import type { InspectorStatus } from './items/inspector.js';
import type { KmsKey, KmsKeyPolicy, KmsKeyRotation, KmsKeyTags } from './items/kms.js';
import type { LambdaFunction, LambdaFunctionUrls } from './items/lambda.js';
import type { MacieStatus } from './items/macie.js';
import type { AccountServiceControlPolicies, OrganizationMembership } from './items/organizations.js';
import type { RdsCluster, RdsInstance, RdsParameterGroup, RdsSnapshot, RdsSnapshotSharing } from './items/rds.js';
import type { RedshiftCluster, RedshiftClusterLogging, RedshiftParameterGroup, RedshiftSnapshot } from './items/redshift.js';
import type { RamResourceShare } from './items/ram.js';
import type { S3AccountPublicAccessBlock, S3Bucket, S3BucketAcl, S3BucketEncryption, S3BucketLifecycle, S3BucketLogging, S3BucketObjectLock, S3BucketObjectPresence, S3BucketOwnership, S3BucketPolicy, S3BucketPolicyStatus, S3BucketPublicAccessBlock, S3BucketReplication, S3BucketTags, S3BucketVersioning } from './items/s3.js';
import type { SageMakerDomain, SageMakerNotebookInstance } from './items/sagemaker.js';
import type { SecurityHubStatus } from './items/securityhub.js';
import type { SnsTopicSubscriptions } from './items/sns.js';
import type { SsmAssociationCompliance, SsmManagedInstance, SsmPatchCompliance } from './items/ssm.js';
import type { TransferServer } from './items/transfer.js';

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

/**
 * Every inventory key and the type of its items, sorted. A key's prefix names its AWS service, and its item type
 * lives in src/model/items/<service>.ts (test/registry.test.ts holds that map). Adding a key here without a
 * collector is a compile error in src/collect/collectors.ts.
 */
export interface InventoryItems {
  accessAnalyzerFindings: AccessAnalyzerFinding;
  accessAnalyzers: AccessAnalyzer;
  accountAliases: AccountAliases;
  accountRegions: AccountRegion;
  accountSecurityContact: AccountSecurityContact;
  athenaWorkGroups: AthenaWorkGroup;
  backupRecoveryPoints: BackupRecoveryPoint;
  backupVaultPolicies: BackupVaultPolicy;
  backupVaults: BackupVault;
  batchComputeEnvironments: BatchComputeEnvironment;
  cloudtrailTrails: Trail;
  cloudwatchAlarms: CloudWatchAlarm;
  cloudwatchLogGroups: LogGroup;
  cloudwatchMetricFilters: MetricFilter;
  configRecorders: ConfigRecorder;
  datasyncTasks: DataSyncTask;
  dynamodbContinuousBackups: DynamodbContinuousBackups;
  dynamodbTables: DynamodbTable;
  ebsEncryptionDefaults: EbsEncryptionDefault;
  ec2FlowLogs: FlowLog;
  ec2ImageBlockPublicAccess: ImageBlockPublicAccess;
  ec2ImagePermissions: AmiLaunchPermissions;
  ec2Images: AmiImage;
  ec2InstanceMetadataDefaults: Ec2InstanceMetadataDefaults;
  ec2Instances: Ec2Instance;
  ec2NetworkAcls: Ec2NetworkAcl;
  ec2NetworkInterfaces: Ec2NetworkInterface;
  ec2PrefixLists: Ec2PrefixList;
  ec2RouteTables: Ec2RouteTable;
  ec2SecurityGroups: SecurityGroup;
  ec2SerialConsole: SerialConsoleAccess;
  ec2SnapshotBlockPublicAccess: SnapshotBlockPublicAccess;
  ec2SnapshotPermissions: EbsSnapshotPermissions;
  ec2Snapshots: EbsSnapshot;
  ec2Subnets: Ec2Subnet;
  ec2UsedImages: Ec2UsedImage;
  ec2Volumes: Ec2Volume;
  ec2VpcEndpoints: Ec2VpcEndpoint;
  ec2Vpcs: Vpc;
  ec2VpnConnections: Ec2VpnConnection;
  efsBackupPolicies: EfsBackupPolicy;
  efsFileSystemPolicies: EfsFileSystemPolicy;
  efsFileSystems: EfsFileSystem;
  efsMountTargets: EfsMountTargets;
  emrBlockPublicAccess: EmrBlockPublicAccess;
  emrClusters: EmrCluster;
  emrSecurityConfigurations: EmrSecurityConfiguration;
  fsxDataRepositoryAssociations: FsxDataRepositoryAssociation;
  fsxFileSystems: FsxFileSystem;
  glueDataCatalogEncryption: GlueDataCatalogEncryption;
  glueSecurityConfigurations: GlueSecurityConfiguration;
  guardDutyDetectors: GuardDutyDetector;
  iamAccountSummary: IamAccountSummary;
  iamAuthorizationDetails: IamAuthorizationEntry;
  iamCredentialReport: IamCredentialReport;
  iamPasswordPolicy: IamPasswordPolicy;
  iamVirtualMfaDevices: IamVirtualMfaDevice;
  inspectorStatus: InspectorStatus;
  kmsKeyPolicies: KmsKeyPolicy;
  kmsKeyRotation: KmsKeyRotation;
  kmsKeyTags: KmsKeyTags;
  kmsKeys: KmsKey;
  lambdaFunctionUrls: LambdaFunctionUrls;
  lambdaFunctions: LambdaFunction;
  macieStatus: MacieStatus;
  organization: OrganizationMembership;
  organizationScps: AccountServiceControlPolicies;
  ramResourceShares: RamResourceShare;
  rdsClusters: RdsCluster;
  rdsInstances: RdsInstance;
  rdsParameterGroups: RdsParameterGroup;
  rdsSnapshotSharing: RdsSnapshotSharing;
  rdsSnapshots: RdsSnapshot;
  redshiftClusterLogging: RedshiftClusterLogging;
  redshiftClusters: RedshiftCluster;
  redshiftParameterGroups: RedshiftParameterGroup;
  redshiftSnapshots: RedshiftSnapshot;
  s3AccountPublicAccessBlock: S3AccountPublicAccessBlock;
  s3BucketAcls: S3BucketAcl;
  s3BucketEncryption: S3BucketEncryption;
  s3BucketLifecycle: S3BucketLifecycle;
  s3BucketLogging: S3BucketLogging;
  s3BucketObjectLock: S3BucketObjectLock;
  s3BucketObjectPresence: S3BucketObjectPresence;
  s3BucketOwnership: S3BucketOwnership;
  s3BucketPolicies: S3BucketPolicy;
  s3BucketPolicyStatus: S3BucketPolicyStatus;
  s3BucketPublicAccessBlock: S3BucketPublicAccessBlock;
  s3BucketReplication: S3BucketReplication;
  s3BucketTags: S3BucketTags;
  s3BucketVersioning: S3BucketVersioning;
  s3Buckets: S3Bucket;
  sagemakerDomains: SageMakerDomain;
  sagemakerNotebookInstances: SageMakerNotebookInstance;
  securityHubStatus: SecurityHubStatus;
  snsSubscriptions: SnsTopicSubscriptions;
  ssmAssociationCompliance: SsmAssociationCompliance;
  ssmManagedInstances: SsmManagedInstance;
  ssmPatchCompliance: SsmPatchCompliance;
  transferServers: TransferServer;
}

export type InventoryKey = keyof InventoryItems;

export interface KeyData<K extends InventoryKey = InventoryKey> {
  items: InventoryItems[K][];
  failures: CollectionFailure[];
  /** Regions this key was collected in (global keys: the one home region). */
  regions: string[];
}

export type InventoryData = { [K in InventoryKey]?: KeyData<K> };

export interface NotOwnedCount {
  /** The listing (`service.Operation`). */
  api: string;
  region: string;
  count: number;
}

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
  /**
   * Resources a listing returned although they belong to another account (an endpoint that ignored
   * `OwnerIds=self`), dropped before any per-resource call. Absent when none.
   */
  notOwned?: NotOwnedCount[];
  keys: InventoryData;
}

export type { Settings };
