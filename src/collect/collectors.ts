/** Every inventory key's collector. The mapped type makes a key without a collector a compile error. */
import type { InventoryKey } from '../model/inventory.js';
import { accessAnalyzerFindingsCollector, accessAnalyzersCollector } from './access-analyzer.js';
import { cloudtrailTrailsCollector } from './cloudtrail.js';
import type { KeyCollector } from './collector.js';
import { cloudwatchAlarmsCollector, cloudwatchLogGroupsCollector, cloudwatchMetricFiltersCollector, snsSubscriptionsCollector } from './cloudwatch.js';
import { configRecordersCollector } from './config.js';
import { guardDutyDetectorsCollector } from './guardduty.js';
import { ec2FlowLogsCollector, ec2VpcsCollector } from './vpc.js';
import { accountAliasesCollector, accountRegionsCollector, accountSecurityContactCollector } from './account.js';
import {
  ec2ImageBlockPublicAccessCollector,
  ec2ImagePermissionsCollector,
  ec2ImagesCollector,
  ec2SerialConsoleCollector,
  ec2SnapshotBlockPublicAccessCollector,
  ec2SnapshotPermissionsCollector,
  ec2SnapshotsCollector,
} from './ec2-images-snapshots.js';
import { organizationCollector, organizationScpsCollector } from './organizations.js';
import { ec2SecurityGroupsCollector } from './ec2.js';
import { ec2NetworkInterfacesCollector, ec2UsedImagesCollector, ec2VpcEndpointsCollector, ec2VpnConnectionsCollector } from './ec2-extended.js';
import { ec2InstanceMetadataDefaultsCollector } from './ec2.js';
import { ec2InstancesCollector } from './ec2.js';
import { ec2NetworkAclsCollector } from './ec2.js';
import { ec2PrefixListsCollector } from './ec2.js';
import { ec2RouteTablesCollector } from './ec2.js';
import { ec2SubnetsCollector } from './ec2.js';
import { s3AccountPublicAccessBlockCollector } from './s3.js';
import { s3BucketAclsCollector } from './s3.js';
import { s3BucketOwnershipCollector } from './s3.js';
import { s3BucketPolicyStatusCollector } from './s3.js';
import { s3BucketPublicAccessBlockCollector } from './s3.js';
import { ssmManagedInstancesCollector } from './ssm.js';
import { ssmPatchComplianceCollector } from './ssm.js';
import { ebsEncryptionDefaultsCollector, ec2VolumesCollector } from './ebs.js';
import { macieStatusCollector } from './macie.js';
import { iamCredentialReportCollector } from './iam.js';
import { iamAccountSummaryCollector, iamAuthorizationDetailsCollector, iamPasswordPolicyCollector, iamVirtualMfaDevicesCollector } from './iam.js';
import { kmsKeyRotationCollector, kmsKeysCollector } from './kms.js';
import { kmsKeyPoliciesCollector, kmsKeyTagsCollector } from './kms.js';
import { s3BucketLifecycleCollector, s3BucketObjectPresenceCollector } from './s3-retention.js';
import { s3BucketTagsCollector, s3BucketVersioningCollector } from './s3-retention.js';
import { s3BucketObjectLockCollector } from './s3-retention.js';
import { s3BucketEncryptionCollector, s3BucketPoliciesCollector, s3BucketsCollector } from './s3.js';
import { s3BucketLoggingCollector, s3BucketReplicationCollector } from './s3-configuration.js';
import { ssmAssociationComplianceCollector } from './ssm.js';

export const COLLECTORS: { [K in InventoryKey]: KeyCollector<K> } = {
  accountAliases: accountAliasesCollector,
  accountRegions: accountRegionsCollector,
  accountSecurityContact: accountSecurityContactCollector,
  ec2ImageBlockPublicAccess: ec2ImageBlockPublicAccessCollector,
  ec2ImagePermissions: ec2ImagePermissionsCollector,
  ec2Images: ec2ImagesCollector,
  ec2SerialConsole: ec2SerialConsoleCollector,
  ec2SnapshotBlockPublicAccess: ec2SnapshotBlockPublicAccessCollector,
  ec2SnapshotPermissions: ec2SnapshotPermissionsCollector,
  ec2Snapshots: ec2SnapshotsCollector,
  organization: organizationCollector,
  organizationScps: organizationScpsCollector,
  accessAnalyzerFindings: accessAnalyzerFindingsCollector,
  accessAnalyzers: accessAnalyzersCollector,
  cloudtrailTrails: cloudtrailTrailsCollector,
  cloudwatchAlarms: cloudwatchAlarmsCollector,
  cloudwatchLogGroups: cloudwatchLogGroupsCollector,
  cloudwatchMetricFilters: cloudwatchMetricFiltersCollector,
  configRecorders: configRecordersCollector,
  ec2FlowLogs: ec2FlowLogsCollector,
  ec2Vpcs: ec2VpcsCollector,
  guardDutyDetectors: guardDutyDetectorsCollector,
  snsSubscriptions: snsSubscriptionsCollector,
  ec2SecurityGroups: ec2SecurityGroupsCollector,
  iamAccountSummary: iamAccountSummaryCollector,
  iamAuthorizationDetails: iamAuthorizationDetailsCollector,
  ec2InstanceMetadataDefaults: ec2InstanceMetadataDefaultsCollector,
  ec2Instances: ec2InstancesCollector,
  ec2NetworkAcls: ec2NetworkAclsCollector,
  ec2PrefixLists: ec2PrefixListsCollector,
  ec2RouteTables: ec2RouteTablesCollector,
  ec2Subnets: ec2SubnetsCollector,
  ec2NetworkInterfaces: ec2NetworkInterfacesCollector,
  ec2UsedImages: ec2UsedImagesCollector,
  ec2VpcEndpoints: ec2VpcEndpointsCollector,
  ec2VpnConnections: ec2VpnConnectionsCollector,
  ebsEncryptionDefaults: ebsEncryptionDefaultsCollector,
  ec2Volumes: ec2VolumesCollector,
  macieStatus: macieStatusCollector,
  iamCredentialReport: iamCredentialReportCollector,
  iamPasswordPolicy: iamPasswordPolicyCollector,
  iamVirtualMfaDevices: iamVirtualMfaDevicesCollector,
  kmsKeyRotation: kmsKeyRotationCollector,
  kmsKeys: kmsKeysCollector,
  kmsKeyPolicies: kmsKeyPoliciesCollector,
  kmsKeyTags: kmsKeyTagsCollector,
  s3BucketEncryption: s3BucketEncryptionCollector,
  s3BucketPolicies: s3BucketPoliciesCollector,
  s3Buckets: s3BucketsCollector,
  s3AccountPublicAccessBlock: s3AccountPublicAccessBlockCollector,
  s3BucketAcls: s3BucketAclsCollector,
  s3BucketOwnership: s3BucketOwnershipCollector,
  s3BucketPolicyStatus: s3BucketPolicyStatusCollector,
  s3BucketPublicAccessBlock: s3BucketPublicAccessBlockCollector,
  ssmManagedInstances: ssmManagedInstancesCollector,
  ssmPatchCompliance: ssmPatchComplianceCollector,
  s3BucketLifecycle: s3BucketLifecycleCollector,
  s3BucketObjectLock: s3BucketObjectLockCollector,
  s3BucketObjectPresence: s3BucketObjectPresenceCollector,
  s3BucketTags: s3BucketTagsCollector,
  s3BucketVersioning: s3BucketVersioningCollector,
  s3BucketLogging: s3BucketLoggingCollector,
  s3BucketReplication: s3BucketReplicationCollector,
  ssmAssociationCompliance: ssmAssociationComplianceCollector,
};

export function collectorFor<K extends InventoryKey>(key: K): KeyCollector<K> {
  return COLLECTORS[key];
}
