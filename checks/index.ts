/** The check registry: explicit imports, sorted by id. Adding a check = one import and one entry here. */
import type { Check } from '../src/model/check.js';
import accessAnalyzerEnabled from './authorizing-access/access-analyzer-enabled.js';
import accessAnalyzerNoExternalFindings from './authorizing-access/access-analyzer-no-external-findings.js';
import authorizingAccessDacApprovalAttestation from './authorizing-access/authorizing-access-dac-approval-attestation.js';
import authorizingAccessPeriodicReviewAttestation from './authorizing-access/authorizing-access-periodic-review-attestation.js';
import iamRoleTrustRestricted from './authorizing-access/iam-role-trust-restricted.js';
import s3BucketNoUnapprovedCrossAccount from './authorizing-access/s3-bucket-no-unapproved-cross-account.js';
import cloudtrailMultiRegionLogging from './logging-monitoring/cloudtrail-multi-region-logging.js';
import ec2SgNoPublicAdminPorts from './networking/ec2-sg-no-public-admin-ports.js';
import iamUserConsoleMfa from './user-accounts/iam-user-console-mfa.js';
import userAccountsDeprovisioningAttestation from './user-accounts/user-accounts-deprovisioning-attestation.js';
import userAccountsIndividualAttestation from './user-accounts/user-accounts-individual-attestation.js';
import iamNoFullAdminPolicies from './user-accounts/iam-no-full-admin-policies.js';
import iamPasswordPolicyStrong from './user-accounts/iam-password-policy-strong.js';
import iamRootMfaEnabled from './user-accounts/iam-root-mfa-enabled.js';
import iamRootNoAccessKeys from './user-accounts/iam-root-no-access-keys.js';
import iamRootNotRecentlyUsed from './user-accounts/iam-root-not-recently-used.js';
import iamUserCredentialHygiene from './user-accounts/iam-user-credential-hygiene.js';
import kmsCmkRotationEnabled from './data-encryption/kms-cmk-rotation-enabled.js';
import s3BucketEncryptionKmsCmk from './data-encryption/s3-bucket-encryption-kms-cmk.js';
import s3BucketSslOnly from './data-encryption/s3-bucket-ssl-only.js';

export const CHECKS: readonly Check[] = [
  accessAnalyzerEnabled,
  accessAnalyzerNoExternalFindings,
  authorizingAccessDacApprovalAttestation,
  authorizingAccessPeriodicReviewAttestation,
  cloudtrailMultiRegionLogging,
  ec2SgNoPublicAdminPorts,
  iamNoFullAdminPolicies,
  iamPasswordPolicyStrong,
  iamRoleTrustRestricted,
  iamRootMfaEnabled,
  iamRootNoAccessKeys,
  iamRootNotRecentlyUsed,
  iamUserConsoleMfa,
  iamUserCredentialHygiene,
  kmsCmkRotationEnabled,
  s3BucketEncryptionKmsCmk,
  s3BucketNoUnapprovedCrossAccount,
  s3BucketSslOnly,
  userAccountsDeprovisioningAttestation,
  userAccountsIndividualAttestation,
];

export function findCheck(id: string): Check | undefined {
  return CHECKS.find((check) => check.id === id);
}
