/**
 * Every inventory key's collector, and the service module that holds it. A collector lives in
 * src/collect/<service>.ts or src/collect/<service>/ (the same base name as its item types in
 * src/model/items/<service>.ts); the key's prefix names the service (test/registry.test.ts checks the map).
 */
import type { InventoryKey } from '../model/inventory.js';
import type { KeyCollector } from './collector.js';
import * as accessAnalyzer from './access-analyzer.js';
import * as account from './account.js';
import * as athena from './athena.js';
import * as backup from './backup.js';
import * as batch from './batch.js';
import * as cloudtrail from './cloudtrail.js';
import * as cloudwatch from './cloudwatch.js';
import * as config from './config.js';
import * as datasync from './datasync.js';
import * as dynamodb from './dynamodb.js';
import * as ec2 from './ec2/index.js';
import * as efs from './efs.js';
import * as emr from './emr.js';
import * as fsx from './fsx.js';
import * as glue from './glue.js';
import * as guardduty from './guardduty.js';
import * as iam from './iam.js';
import * as inspector from './inspector.js';
import * as kms from './kms.js';
import * as lambda from './lambda.js';
import * as macie from './macie.js';
import * as organizations from './organizations.js';
import * as ram from './ram.js';
import * as rds from './rds.js';
import * as redshift from './redshift.js';
import * as s3 from './s3/index.js';
import * as sagemaker from './sagemaker.js';
import * as securityhub from './securityhub.js';
import * as sns from './sns.js';
import * as ssm from './ssm.js';
import * as transfer from './transfer.js';

/** The collector modules by service name (a module's collectors are its exports named `…Collector`). */
export const COLLECTOR_MODULES: Readonly<Record<string, Record<string, unknown>>> = {
  'access-analyzer': accessAnalyzer,
  account,
  athena,
  backup,
  batch,
  cloudtrail,
  cloudwatch,
  config,
  datasync,
  dynamodb,
  ec2,
  efs,
  emr,
  fsx,
  glue,
  guardduty,
  iam,
  inspector,
  kms,
  lambda,
  macie,
  organizations,
  ram,
  rds,
  redshift,
  s3,
  sagemaker,
  securityhub,
  sns,
  ssm,
  transfer,
};

/** Each service's collectors, as its module exports them (the registry test maps their keys to the service). */
export function collectorsByService(): Array<[service: string, collectors: KeyCollector[]]> {
  return Object.entries(COLLECTOR_MODULES).map(([service, module]) => [service, Object.values(flatten(module)).filter(isCollector)]);
}

function flatten(module: Record<string, unknown>): Record<string, unknown> {
  // ec2/index.ts and s3/index.ts export one record of collectors; single-file services export each collector.
  const entries = Object.entries(module).flatMap(([name, value]) =>
    name.endsWith('Collectors') && typeof value === 'object' && value !== null ? Object.entries(value) : [[name, value]],
  );
  return Object.fromEntries(entries);
}

function isCollector(value: unknown): value is KeyCollector {
  return typeof value === 'object' && value !== null && 'key' in value && 'collect' in value && 'apis' in value;
}

const byKey = new Map(collectorsByService().flatMap(([, collectors]) => collectors.map((collector) => [collector.key, collector] as const)));

/** The mapped type makes a key without a collector a compile error. */
export const COLLECTORS: { [K in InventoryKey]: KeyCollector<K> } = {
  accessAnalyzerFindings: required('accessAnalyzerFindings'),
  accessAnalyzers: required('accessAnalyzers'),
  accountAliases: required('accountAliases'),
  accountRegions: required('accountRegions'),
  accountSecurityContact: required('accountSecurityContact'),
  athenaWorkGroups: required('athenaWorkGroups'),
  backupRecoveryPoints: required('backupRecoveryPoints'),
  backupVaultPolicies: required('backupVaultPolicies'),
  backupVaults: required('backupVaults'),
  batchComputeEnvironments: required('batchComputeEnvironments'),
  cloudtrailTrails: required('cloudtrailTrails'),
  cloudwatchAlarms: required('cloudwatchAlarms'),
  cloudwatchLogGroups: required('cloudwatchLogGroups'),
  cloudwatchMetricFilters: required('cloudwatchMetricFilters'),
  configRecorders: required('configRecorders'),
  datasyncTasks: required('datasyncTasks'),
  dynamodbContinuousBackups: required('dynamodbContinuousBackups'),
  dynamodbTables: required('dynamodbTables'),
  ebsEncryptionDefaults: required('ebsEncryptionDefaults'),
  ec2FlowLogs: required('ec2FlowLogs'),
  ec2ImageBlockPublicAccess: required('ec2ImageBlockPublicAccess'),
  ec2ImagePermissions: required('ec2ImagePermissions'),
  ec2Images: required('ec2Images'),
  ec2InstanceMetadataDefaults: required('ec2InstanceMetadataDefaults'),
  ec2Instances: required('ec2Instances'),
  ec2NetworkAcls: required('ec2NetworkAcls'),
  ec2NetworkInterfaces: required('ec2NetworkInterfaces'),
  ec2PrefixLists: required('ec2PrefixLists'),
  ec2RouteTables: required('ec2RouteTables'),
  ec2SecurityGroups: required('ec2SecurityGroups'),
  ec2SerialConsole: required('ec2SerialConsole'),
  ec2SnapshotBlockPublicAccess: required('ec2SnapshotBlockPublicAccess'),
  ec2SnapshotPermissions: required('ec2SnapshotPermissions'),
  ec2Snapshots: required('ec2Snapshots'),
  ec2Subnets: required('ec2Subnets'),
  ec2UsedImages: required('ec2UsedImages'),
  ec2Volumes: required('ec2Volumes'),
  ec2VpcEndpoints: required('ec2VpcEndpoints'),
  ec2Vpcs: required('ec2Vpcs'),
  ec2VpnConnections: required('ec2VpnConnections'),
  efsBackupPolicies: required('efsBackupPolicies'),
  efsFileSystemPolicies: required('efsFileSystemPolicies'),
  efsFileSystems: required('efsFileSystems'),
  efsMountTargets: required('efsMountTargets'),
  emrBlockPublicAccess: required('emrBlockPublicAccess'),
  emrClusters: required('emrClusters'),
  emrSecurityConfigurations: required('emrSecurityConfigurations'),
  fsxDataRepositoryAssociations: required('fsxDataRepositoryAssociations'),
  fsxFileSystems: required('fsxFileSystems'),
  glueDataCatalogEncryption: required('glueDataCatalogEncryption'),
  glueSecurityConfigurations: required('glueSecurityConfigurations'),
  guardDutyDetectors: required('guardDutyDetectors'),
  iamAccountSummary: required('iamAccountSummary'),
  iamAuthorizationDetails: required('iamAuthorizationDetails'),
  iamCredentialReport: required('iamCredentialReport'),
  iamPasswordPolicy: required('iamPasswordPolicy'),
  iamVirtualMfaDevices: required('iamVirtualMfaDevices'),
  inspectorStatus: required('inspectorStatus'),
  kmsKeyPolicies: required('kmsKeyPolicies'),
  kmsKeyRotation: required('kmsKeyRotation'),
  kmsKeyTags: required('kmsKeyTags'),
  kmsKeys: required('kmsKeys'),
  lambdaFunctionUrls: required('lambdaFunctionUrls'),
  lambdaFunctions: required('lambdaFunctions'),
  macieStatus: required('macieStatus'),
  organization: required('organization'),
  organizationScps: required('organizationScps'),
  ramResourceShares: required('ramResourceShares'),
  rdsClusters: required('rdsClusters'),
  rdsInstances: required('rdsInstances'),
  rdsParameterGroups: required('rdsParameterGroups'),
  rdsSnapshotSharing: required('rdsSnapshotSharing'),
  rdsSnapshots: required('rdsSnapshots'),
  redshiftClusterLogging: required('redshiftClusterLogging'),
  redshiftClusters: required('redshiftClusters'),
  redshiftParameterGroups: required('redshiftParameterGroups'),
  redshiftSnapshots: required('redshiftSnapshots'),
  s3AccountPublicAccessBlock: required('s3AccountPublicAccessBlock'),
  s3BucketAcls: required('s3BucketAcls'),
  s3BucketEncryption: required('s3BucketEncryption'),
  s3BucketLifecycle: required('s3BucketLifecycle'),
  s3BucketLogging: required('s3BucketLogging'),
  s3BucketObjectLock: required('s3BucketObjectLock'),
  s3BucketObjectPresence: required('s3BucketObjectPresence'),
  s3BucketOwnership: required('s3BucketOwnership'),
  s3BucketPolicies: required('s3BucketPolicies'),
  s3BucketPolicyStatus: required('s3BucketPolicyStatus'),
  s3BucketPublicAccessBlock: required('s3BucketPublicAccessBlock'),
  s3BucketReplication: required('s3BucketReplication'),
  s3BucketTags: required('s3BucketTags'),
  s3BucketVersioning: required('s3BucketVersioning'),
  s3Buckets: required('s3Buckets'),
  sagemakerDomains: required('sagemakerDomains'),
  sagemakerNotebookInstances: required('sagemakerNotebookInstances'),
  securityHubStatus: required('securityHubStatus'),
  snsSubscriptions: required('snsSubscriptions'),
  ssmAssociationCompliance: required('ssmAssociationCompliance'),
  ssmManagedInstances: required('ssmManagedInstances'),
  ssmPatchCompliance: required('ssmPatchCompliance'),
  transferServers: required('transferServers'),
};

function required<K extends InventoryKey>(key: K): KeyCollector<K> {
  const collector = byKey.get(key);
  if (!collector) throw new Error(`No collector for inventory key ${key}`);
  return collector as unknown as KeyCollector<K>;
}

export function collectorFor<K extends InventoryKey>(key: K): KeyCollector<K> {
  return COLLECTORS[key];
}
