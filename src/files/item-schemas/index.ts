/**
 * The schema of every inventory key's items, which `scan --inventory` and the other readers of a saved inventory
 * check each item against. A mapped type over InventoryKey: a key added to src/model/inventory.ts without its
 * schema here is a compile error. One file per service, named like src/model/items/<service>.ts.
 */
import type { z } from 'zod';
import type { InventoryItems, InventoryKey } from '../../model/inventory.js';
import { accessAnalyzer, accessAnalyzerFinding } from './access-analyzer.js';
import { accountAliases, accountRegion, accountSecurityContact } from './account.js';
import { athenaWorkGroup } from './athena.js';
import { backupRecoveryPoint, backupVault, backupVaultPolicy } from './backup.js';
import { batchComputeEnvironment } from './batch.js';
import { trail } from './cloudtrail.js';
import { cloudWatchAlarm, logGroup, metricFilter } from './cloudwatch.js';
import { configRecorder } from './config.js';
import { dataSyncTask } from './datasync.js';
import { dynamodbContinuousBackups, dynamodbTable } from './dynamodb.js';
import {
  amiImage,
  amiLaunchPermissions,
  ebsEncryptionDefault,
  ebsSnapshot,
  ebsSnapshotPermissions,
  ec2Instance,
  ec2InstanceMetadataDefaults,
  ec2NetworkAcl,
  ec2NetworkInterface,
  ec2PrefixList,
  ec2RouteTable,
  ec2Subnet,
  ec2UsedImage,
  ec2Volume,
  ec2VpcEndpoint,
  ec2VpnConnection,
  flowLog,
  imageBlockPublicAccess,
  securityGroup,
  serialConsoleAccess,
  snapshotBlockPublicAccess,
  vpc,
} from './ec2.js';
import { efsBackupPolicy, efsFileSystem, efsFileSystemPolicy, efsMountTargets } from './efs.js';
import { emrBlockPublicAccess, emrCluster, emrSecurityConfiguration } from './emr.js';
import { fsxDataRepositoryAssociation, fsxFileSystem } from './fsx.js';
import { glueDataCatalogEncryption, glueSecurityConfiguration } from './glue.js';
import { guardDutyDetector } from './guardduty.js';
import { iamAccountSummary, iamAuthorizationEntry, iamCredentialReport, iamPasswordPolicy, iamVirtualMfaDevice } from './iam.js';
import { inspectorStatus } from './inspector.js';
import { kmsKey, kmsKeyPolicy, kmsKeyRotation, kmsKeyTags } from './kms.js';
import { lambdaFunction, lambdaFunctionUrls } from './lambda.js';
import { macieStatus } from './macie.js';
import { accountServiceControlPolicies, organizationMembership } from './organizations.js';
import { ramResourceShare } from './ram.js';
import { rdsCluster, rdsInstance, rdsParameterGroup, rdsSnapshot, rdsSnapshotSharing } from './rds.js';
import { redshiftCluster, redshiftClusterLogging, redshiftParameterGroup, redshiftSnapshot } from './redshift.js';
import {
  s3AccountPublicAccessBlock,
  s3Bucket,
  s3BucketAcl,
  s3BucketEncryption,
  s3BucketLifecycle,
  s3BucketLogging,
  s3BucketObjectLock,
  s3BucketObjectPresence,
  s3BucketOwnership,
  s3BucketPolicy,
  s3BucketPolicyStatus,
  s3BucketPublicAccessBlock,
  s3BucketReplication,
  s3BucketTags,
  s3BucketVersioning,
} from './s3.js';
import { sageMakerDomain, sageMakerNotebookInstance } from './sagemaker.js';
import { securityHubStatus } from './securityhub.js';
import { snsTopicSubscriptions } from './sns.js';
import { ssmAssociationCompliance, ssmManagedInstance, ssmPatchCompliance } from './ssm.js';
import { transferServer } from './transfer.js';

export const ITEM_SCHEMAS: { [K in InventoryKey]: z.ZodType<InventoryItems[K]> } = {
  accessAnalyzerFindings: accessAnalyzerFinding,
  accessAnalyzers: accessAnalyzer,
  accountAliases,
  accountRegions: accountRegion,
  accountSecurityContact,
  athenaWorkGroups: athenaWorkGroup,
  backupRecoveryPoints: backupRecoveryPoint,
  backupVaultPolicies: backupVaultPolicy,
  backupVaults: backupVault,
  batchComputeEnvironments: batchComputeEnvironment,
  cloudtrailTrails: trail,
  cloudwatchAlarms: cloudWatchAlarm,
  cloudwatchLogGroups: logGroup,
  cloudwatchMetricFilters: metricFilter,
  configRecorders: configRecorder,
  datasyncTasks: dataSyncTask,
  dynamodbContinuousBackups,
  dynamodbTables: dynamodbTable,
  ebsEncryptionDefaults: ebsEncryptionDefault,
  ec2FlowLogs: flowLog,
  ec2ImageBlockPublicAccess: imageBlockPublicAccess,
  ec2ImagePermissions: amiLaunchPermissions,
  ec2Images: amiImage,
  ec2InstanceMetadataDefaults,
  ec2Instances: ec2Instance,
  ec2NetworkAcls: ec2NetworkAcl,
  ec2NetworkInterfaces: ec2NetworkInterface,
  ec2PrefixLists: ec2PrefixList,
  ec2RouteTables: ec2RouteTable,
  ec2SecurityGroups: securityGroup,
  ec2SerialConsole: serialConsoleAccess,
  ec2SnapshotBlockPublicAccess: snapshotBlockPublicAccess,
  ec2SnapshotPermissions: ebsSnapshotPermissions,
  ec2Snapshots: ebsSnapshot,
  ec2Subnets: ec2Subnet,
  ec2UsedImages: ec2UsedImage,
  ec2Volumes: ec2Volume,
  ec2VpcEndpoints: ec2VpcEndpoint,
  ec2Vpcs: vpc,
  ec2VpnConnections: ec2VpnConnection,
  efsBackupPolicies: efsBackupPolicy,
  efsFileSystemPolicies: efsFileSystemPolicy,
  efsFileSystems: efsFileSystem,
  efsMountTargets,
  emrBlockPublicAccess,
  emrClusters: emrCluster,
  emrSecurityConfigurations: emrSecurityConfiguration,
  fsxDataRepositoryAssociations: fsxDataRepositoryAssociation,
  fsxFileSystems: fsxFileSystem,
  glueDataCatalogEncryption,
  glueSecurityConfigurations: glueSecurityConfiguration,
  guardDutyDetectors: guardDutyDetector,
  iamAccountSummary,
  iamAuthorizationDetails: iamAuthorizationEntry,
  iamCredentialReport,
  iamPasswordPolicy,
  iamVirtualMfaDevices: iamVirtualMfaDevice,
  inspectorStatus,
  kmsKeyPolicies: kmsKeyPolicy,
  kmsKeyRotation,
  kmsKeyTags,
  kmsKeys: kmsKey,
  lambdaFunctionUrls,
  lambdaFunctions: lambdaFunction,
  macieStatus,
  organization: organizationMembership,
  organizationScps: accountServiceControlPolicies,
  ramResourceShares: ramResourceShare,
  rdsClusters: rdsCluster,
  rdsInstances: rdsInstance,
  rdsParameterGroups: rdsParameterGroup,
  rdsSnapshotSharing,
  rdsSnapshots: rdsSnapshot,
  redshiftClusterLogging,
  redshiftClusters: redshiftCluster,
  redshiftParameterGroups: redshiftParameterGroup,
  redshiftSnapshots: redshiftSnapshot,
  s3AccountPublicAccessBlock,
  s3BucketAcls: s3BucketAcl,
  s3BucketEncryption,
  s3BucketLifecycle,
  s3BucketLogging,
  s3BucketObjectLock,
  s3BucketObjectPresence,
  s3BucketOwnership,
  s3BucketPolicies: s3BucketPolicy,
  s3BucketPolicyStatus,
  s3BucketPublicAccessBlock,
  s3BucketReplication,
  s3BucketTags,
  s3BucketVersioning,
  s3Buckets: s3Bucket,
  sagemakerDomains: sageMakerDomain,
  sagemakerNotebookInstances: sageMakerNotebookInstance,
  securityHubStatus,
  snsSubscriptions: snsTopicSubscriptions,
  ssmAssociationCompliance,
  ssmManagedInstances: ssmManagedInstance,
  ssmPatchCompliance,
  transferServers: transferServer,
};
