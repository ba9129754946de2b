/** Every inventory key's collector. The mapped type makes a key without a collector a compile error. */
import type { InventoryKey } from '../model/inventory.js';
import { cloudtrailTrailsCollector } from './cloudtrail.js';
import type { KeyCollector } from './collector.js';
import { ec2SecurityGroupsCollector } from './ec2.js';
import { ebsEncryptionDefaultsCollector, ec2VolumesCollector } from './ebs.js';
import { macieStatusCollector } from './macie.js';
import { iamCredentialReportCollector } from './iam.js';
import { kmsKeyRotationCollector, kmsKeysCollector } from './kms.js';
import { kmsKeyPoliciesCollector, kmsKeyTagsCollector } from './kms.js';
import { s3BucketLifecycleCollector, s3BucketObjectPresenceCollector } from './s3-retention.js';
import { s3BucketTagsCollector, s3BucketVersioningCollector } from './s3-retention.js';
import { s3BucketObjectLockCollector } from './s3-retention.js';
import { s3BucketEncryptionCollector, s3BucketPoliciesCollector, s3BucketsCollector } from './s3.js';

export const COLLECTORS: { [K in InventoryKey]: KeyCollector<K> } = {
  cloudtrailTrails: cloudtrailTrailsCollector,
  ec2SecurityGroups: ec2SecurityGroupsCollector,
  ebsEncryptionDefaults: ebsEncryptionDefaultsCollector,
  ec2Volumes: ec2VolumesCollector,
  macieStatus: macieStatusCollector,
  iamCredentialReport: iamCredentialReportCollector,
  kmsKeyRotation: kmsKeyRotationCollector,
  kmsKeys: kmsKeysCollector,
  kmsKeyPolicies: kmsKeyPoliciesCollector,
  kmsKeyTags: kmsKeyTagsCollector,
  s3BucketEncryption: s3BucketEncryptionCollector,
  s3BucketPolicies: s3BucketPoliciesCollector,
  s3Buckets: s3BucketsCollector,
  s3BucketLifecycle: s3BucketLifecycleCollector,
  s3BucketObjectLock: s3BucketObjectLockCollector,
  s3BucketObjectPresence: s3BucketObjectPresenceCollector,
  s3BucketTags: s3BucketTagsCollector,
  s3BucketVersioning: s3BucketVersioningCollector,
};

export function collectorFor<K extends InventoryKey>(key: K): KeyCollector<K> {
  return COLLECTORS[key];
}
