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
import { iamCredentialReportCollector } from './iam.js';
import { iamAccountSummaryCollector, iamAuthorizationDetailsCollector, iamPasswordPolicyCollector, iamVirtualMfaDevicesCollector } from './iam.js';
import { kmsKeyRotationCollector, kmsKeysCollector } from './kms.js';
import { s3BucketEncryptionCollector, s3BucketPoliciesCollector, s3BucketsCollector } from './s3.js';

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
  iamCredentialReport: iamCredentialReportCollector,
  iamPasswordPolicy: iamPasswordPolicyCollector,
  iamVirtualMfaDevices: iamVirtualMfaDevicesCollector,
  kmsKeyRotation: kmsKeyRotationCollector,
  kmsKeys: kmsKeysCollector,
  s3BucketEncryption: s3BucketEncryptionCollector,
  s3BucketPolicies: s3BucketPoliciesCollector,
  s3Buckets: s3BucketsCollector,
};

export function collectorFor<K extends InventoryKey>(key: K): KeyCollector<K> {
  return COLLECTORS[key];
}
