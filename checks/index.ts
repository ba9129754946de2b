/** The check registry: explicit imports, sorted by id. Adding a check = one import and one entry here. */
import type { Check } from '../src/model/check.js';
import cloudtrailMultiRegionLogging from './logging-monitoring/cloudtrail-multi-region-logging.js';
import ec2SgNoPublicAdminPorts from './networking/ec2-sg-no-public-admin-ports.js';
import iamUserConsoleMfa from './user-accounts/iam-user-console-mfa.js';
import kmsCmkRotationEnabled from './data-encryption/kms-cmk-rotation-enabled.js';
import s3BucketEncryptionKmsCmk from './data-encryption/s3-bucket-encryption-kms-cmk.js';
import s3BucketSslOnly from './data-encryption/s3-bucket-ssl-only.js';
import ebsDefaultEncryptionEnabled from './data-encryption/ebs-default-encryption-enabled.js';
import ebsVolumeEncrypted from './data-encryption/ebs-volume-encrypted.js';
import kmsCmkNotPendingDeletion from './data-encryption/kms-cmk-not-pending-deletion.js';
import kmsKeyPolicyNotPublic from './data-encryption/kms-key-policy-not-public.js';
import dbgapDataRetainedPastExpiry from './data-cleanup-retention/dbgap-data-retained-past-expiry.js';
import dbgapResourcesTagged from './data-cleanup-retention/dbgap-resources-tagged.js';
import s3DbgapLifecycleConfigured from './data-cleanup-retention/s3-dbgap-lifecycle-configured.js';
import s3BucketVersioningEnabled from './file-systems-storage/s3-bucket-versioning-enabled.js';
import s3BucketObjectLock from './file-systems-storage/s3-bucket-object-lock.js';
import macieSensitiveDataDiscovery from './data-cleanup-retention/macie-sensitive-data-discovery.js';
import kmsCryptoErasureEvidence from './data-cleanup-retention/kms-crypto-erasure-evidence.js';
import dataEncryptionFipsEndpointsAttestation from './data-encryption/data-encryption-fips-endpoints-attestation.js';
import dataCleanupCloseoutAttestation from './data-cleanup-retention/data-cleanup-closeout-attestation.js';

export const CHECKS: readonly Check[] = [
  cloudtrailMultiRegionLogging,
  dataCleanupCloseoutAttestation,
  dataEncryptionFipsEndpointsAttestation,
  dbgapDataRetainedPastExpiry,
  dbgapResourcesTagged,
  ebsDefaultEncryptionEnabled,
  ebsVolumeEncrypted,
  ec2SgNoPublicAdminPorts,
  iamUserConsoleMfa,
  kmsCmkNotPendingDeletion,
  kmsCmkRotationEnabled,
  kmsCryptoErasureEvidence,
  kmsKeyPolicyNotPublic,
  macieSensitiveDataDiscovery,
  s3BucketEncryptionKmsCmk,
  s3BucketObjectLock,
  s3BucketSslOnly,
  s3BucketVersioningEnabled,
  s3DbgapLifecycleConfigured,
];

export function findCheck(id: string): Check | undefined {
  return CHECKS.find((check) => check.id === id);
}
