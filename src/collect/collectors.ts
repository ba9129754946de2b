/** Every inventory key's collector. The mapped type makes a key without a collector a compile error. */
import type { InventoryKey } from '../model/inventory.js';
import { accessAnalyzerFindingsCollector, accessAnalyzersCollector } from './access-analyzer.js';
import { cloudtrailTrailsCollector } from './cloudtrail.js';
import type { KeyCollector } from './collector.js';
import { ec2SecurityGroupsCollector } from './ec2.js';
import { iamCredentialReportCollector } from './iam.js';
import { iamAccountSummaryCollector, iamAuthorizationDetailsCollector, iamPasswordPolicyCollector, iamVirtualMfaDevicesCollector } from './iam.js';
import { kmsKeyRotationCollector, kmsKeysCollector } from './kms.js';
import { s3BucketEncryptionCollector, s3BucketPoliciesCollector, s3BucketsCollector } from './s3.js';

export const COLLECTORS: { [K in InventoryKey]: KeyCollector<K> } = {
  accessAnalyzerFindings: accessAnalyzerFindingsCollector,
  accessAnalyzers: accessAnalyzersCollector,
  cloudtrailTrails: cloudtrailTrailsCollector,
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
