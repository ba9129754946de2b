/** The check registry: explicit imports, sorted by id. Adding a check = one import and one entry here. */
import type { Check } from '../src/model/check.js';
import accessAnalyzerEnabled from './authorizing-access/access-analyzer-enabled.js';
import accessAnalyzerNoExternalFindings from './authorizing-access/access-analyzer-no-external-findings.js';
import accountContextEvidence from './deployment-model/account-context-evidence.js';
import accountInOrganization from './deployment-model/account-in-organization.js';
import accountSecurityContactRegistered from './deployment-model/account-security-contact-registered.js';
import amiNotPublic from './portable-storage-media/ami-not-public.js';
import authorizingAccessDacApprovalAttestation from './authorizing-access/authorizing-access-dac-approval-attestation.js';
import authorizingAccessPeriodicReviewAttestation from './authorizing-access/authorizing-access-periodic-review-attestation.js';
import cloudtrailKmsEncrypted from './logging-monitoring/cloudtrail-kms-encrypted.js';
import cloudtrailLogFileValidation from './logging-monitoring/cloudtrail-log-file-validation.js';
import cloudtrailMultiRegionLogging from './logging-monitoring/cloudtrail-multi-region-logging.js';
import cloudtrailS3DataEvents from './logging-monitoring/cloudtrail-s3-data-events.js';
import cloudwatchLogGroupRetention from './logging-monitoring/cloudwatch-log-group-retention.js';
import cloudwatchSecurityAlarms from './logging-monitoring/cloudwatch-security-alarms.js';
import configRecorderEnabled from './logging-monitoring/config-recorder-enabled.js';
import dataLocationOffsiteCopiesAttestation from './data-location/data-location-offsite-copies-attestation.js';
import dataRegionAllowlist from './data-location/data-region-allowlist.js';
import deploymentModelSspAttestation from './deployment-model/deployment-model-ssp-attestation.js';
import ebsSnapshotBlockPublicAccess from './portable-storage-media/ebs-snapshot-block-public-access.js';
import ebsSnapshotEncrypted from './portable-storage-media/ebs-snapshot-encrypted.js';
import ebsSnapshotNotPublic from './portable-storage-media/ebs-snapshot-not-public.js';
import ec2SerialConsoleAccessDisabled from './physical-server-access/ec2-serial-console-access-disabled.js';
import ec2SgNoPublicAdminPorts from './networking/ec2-sg-no-public-admin-ports.js';
import guarddutyEnabled from './logging-monitoring/guardduty-enabled.js';
import iamNoFullAdminPolicies from './user-accounts/iam-no-full-admin-policies.js';
import iamPasswordPolicyStrong from './user-accounts/iam-password-policy-strong.js';
import iamRoleTrustRestricted from './authorizing-access/iam-role-trust-restricted.js';
import iamRootMfaEnabled from './user-accounts/iam-root-mfa-enabled.js';
import iamRootNoAccessKeys from './user-accounts/iam-root-no-access-keys.js';
import iamRootNotRecentlyUsed from './user-accounts/iam-root-not-recently-used.js';
import iamUserConsoleMfa from './user-accounts/iam-user-console-mfa.js';
import iamUserCredentialHygiene from './user-accounts/iam-user-credential-hygiene.js';
import kmsCmkRotationEnabled from './data-encryption/kms-cmk-rotation-enabled.js';
import loggingReviewIncidentResponseAttestation from './logging-monitoring/logging-review-incident-response-attestation.js';
import orgScpRegionDeny from './data-location/org-scp-region-deny.js';
import physicalControlsInheritedAttestation from './physical-server-access/physical-controls-inherited-attestation.js';
import portableMediaPolicyAttestation from './portable-storage-media/portable-media-policy-attestation.js';
import regionsEnabledOutsideAllowlist from './data-location/regions-enabled-outside-allowlist.js';
import s3BucketEncryptionKmsCmk from './data-encryption/s3-bucket-encryption-kms-cmk.js';
import s3BucketNoUnapprovedCrossAccount from './authorizing-access/s3-bucket-no-unapproved-cross-account.js';
import s3BucketSslOnly from './data-encryption/s3-bucket-ssl-only.js';
import snapshotAmiSharingAllowlist from './portable-storage-media/snapshot-ami-sharing-allowlist.js';
import userAccountsDeprovisioningAttestation from './user-accounts/user-accounts-deprovisioning-attestation.js';
import userAccountsIndividualAttestation from './user-accounts/user-accounts-individual-attestation.js';
import vpcFlowLogsEnabled from './logging-monitoring/vpc-flow-logs-enabled.js';

export const CHECKS: readonly Check[] = [
  accessAnalyzerEnabled,
  accessAnalyzerNoExternalFindings,
  accountContextEvidence,
  accountInOrganization,
  accountSecurityContactRegistered,
  amiNotPublic,
  authorizingAccessDacApprovalAttestation,
  authorizingAccessPeriodicReviewAttestation,
  cloudtrailKmsEncrypted,
  cloudtrailLogFileValidation,
  cloudtrailMultiRegionLogging,
  cloudtrailS3DataEvents,
  cloudwatchLogGroupRetention,
  cloudwatchSecurityAlarms,
  configRecorderEnabled,
  dataLocationOffsiteCopiesAttestation,
  dataRegionAllowlist,
  deploymentModelSspAttestation,
  ebsSnapshotBlockPublicAccess,
  ebsSnapshotEncrypted,
  ebsSnapshotNotPublic,
  ec2SerialConsoleAccessDisabled,
  ec2SgNoPublicAdminPorts,
  guarddutyEnabled,
  iamNoFullAdminPolicies,
  iamPasswordPolicyStrong,
  iamRoleTrustRestricted,
  iamRootMfaEnabled,
  iamRootNoAccessKeys,
  iamRootNotRecentlyUsed,
  iamUserConsoleMfa,
  iamUserCredentialHygiene,
  kmsCmkRotationEnabled,
  loggingReviewIncidentResponseAttestation,
  orgScpRegionDeny,
  physicalControlsInheritedAttestation,
  portableMediaPolicyAttestation,
  regionsEnabledOutsideAllowlist,
  s3BucketEncryptionKmsCmk,
  s3BucketNoUnapprovedCrossAccount,
  s3BucketSslOnly,
  snapshotAmiSharingAllowlist,
  userAccountsDeprovisioningAttestation,
  userAccountsIndividualAttestation,
  vpcFlowLogsEnabled,
];

export function findCheck(id: string): Check | undefined {
  return CHECKS.find((check) => check.id === id);
}
