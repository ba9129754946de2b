/** The check registry: explicit imports, sorted by id. Adding a check = one import and one entry here. */
import type { Check } from '../src/model/check.js';
import accountContextEvidence from './deployment-model/account-context-evidence.js';
import accountInOrganization from './deployment-model/account-in-organization.js';
import accountSecurityContactRegistered from './deployment-model/account-security-contact-registered.js';
import amiNotPublic from './portable-storage-media/ami-not-public.js';
import dataLocationOffsiteCopiesAttestation from './data-location/data-location-offsite-copies-attestation.js';
import dataRegionAllowlist from './data-location/data-region-allowlist.js';
import deploymentModelSspAttestation from './deployment-model/deployment-model-ssp-attestation.js';
import ebsSnapshotBlockPublicAccess from './portable-storage-media/ebs-snapshot-block-public-access.js';
import ebsSnapshotEncrypted from './portable-storage-media/ebs-snapshot-encrypted.js';
import ebsSnapshotNotPublic from './portable-storage-media/ebs-snapshot-not-public.js';
import ec2SerialConsoleAccessDisabled from './physical-server-access/ec2-serial-console-access-disabled.js';
import orgScpRegionDeny from './data-location/org-scp-region-deny.js';
import physicalControlsInheritedAttestation from './physical-server-access/physical-controls-inherited-attestation.js';
import portableMediaPolicyAttestation from './portable-storage-media/portable-media-policy-attestation.js';
import regionsEnabledOutsideAllowlist from './data-location/regions-enabled-outside-allowlist.js';
import snapshotAmiSharingAllowlist from './portable-storage-media/snapshot-ami-sharing-allowlist.js';
import cloudtrailMultiRegionLogging from './logging-monitoring/cloudtrail-multi-region-logging.js';
import ec2SgNoPublicAdminPorts from './networking/ec2-sg-no-public-admin-ports.js';
import iamUserConsoleMfa from './user-accounts/iam-user-console-mfa.js';
import kmsCmkRotationEnabled from './data-encryption/kms-cmk-rotation-enabled.js';
import s3BucketEncryptionKmsCmk from './data-encryption/s3-bucket-encryption-kms-cmk.js';
import s3BucketSslOnly from './data-encryption/s3-bucket-ssl-only.js';

export const CHECKS: readonly Check[] = [
  accountContextEvidence,
  accountInOrganization,
  accountSecurityContactRegistered,
  amiNotPublic,
  cloudtrailMultiRegionLogging,
  dataLocationOffsiteCopiesAttestation,
  dataRegionAllowlist,
  deploymentModelSspAttestation,
  ebsSnapshotBlockPublicAccess,
  ebsSnapshotEncrypted,
  ebsSnapshotNotPublic,
  ec2SerialConsoleAccessDisabled,
  ec2SgNoPublicAdminPorts,
  iamUserConsoleMfa,
  kmsCmkRotationEnabled,
  orgScpRegionDeny,
  physicalControlsInheritedAttestation,
  portableMediaPolicyAttestation,
  regionsEnabledOutsideAllowlist,
  s3BucketEncryptionKmsCmk,
  s3BucketSslOnly,
  snapshotAmiSharingAllowlist,
];

export function findCheck(id: string): Check | undefined {
  return CHECKS.find((check) => check.id === id);
}
