/** The check registry: explicit imports, sorted by id. Adding a check = one import and one entry here. */
import type { Check } from '../src/model/check.js';
import accessAnalyzerEnabled from './authorizing-access/access-analyzer-enabled.js';
import accessAnalyzerNoExternalFindings from './authorizing-access/access-analyzer-no-external-findings.js';
import accountContextEvidence from './deployment-model/account-context-evidence.js';
import accountInOrganization from './deployment-model/account-in-organization.js';
import accountSecurityContactRegistered from './deployment-model/account-security-contact-registered.js';
import amiNotPublic from './portable-storage-media/ami-not-public.js';
import athenaWorkgroupEncryptionEnforced from './data-encryption/athena-workgroup-encryption-enforced.js';
import authorizingAccessDacApprovalAttestation from './authorizing-access/authorizing-access-dac-approval-attestation.js';
import authorizingAccessPeriodicReviewAttestation from './authorizing-access/authorizing-access-periodic-review-attestation.js';
import backupRecoveryPointsPastExpiry from './data-cleanup-retention/backup-recovery-points-past-expiry.js';
import backupVaultEncryptedCmk from './data-encryption/backup-vault-encrypted-cmk.js';
import backupVaultLockDbgap from './file-systems-storage/backup-vault-lock-dbgap.js';
import backupVaultPolicyNotPublic from './authorizing-access/backup-vault-policy-not-public.js';
import batchComputeEnvironmentPrivate from './networking/batch-compute-environment-private.js';
import cloudtrailBucketProtected from './logging-monitoring/cloudtrail-bucket-protected.js';
import cloudtrailKmsEncrypted from './logging-monitoring/cloudtrail-kms-encrypted.js';
import cloudtrailLogFileValidation from './logging-monitoring/cloudtrail-log-file-validation.js';
import cloudtrailMultiRegionLogging from './logging-monitoring/cloudtrail-multi-region-logging.js';
import cloudtrailS3DataEvents from './logging-monitoring/cloudtrail-s3-data-events.js';
import cloudwatchLogGroupRetention from './logging-monitoring/cloudwatch-log-group-retention.js';
import cloudwatchSecurityAlarms from './logging-monitoring/cloudwatch-security-alarms.js';
import configRecorderEnabled from './logging-monitoring/config-recorder-enabled.js';
import dataCleanupCloseoutAttestation from './data-cleanup-retention/data-cleanup-closeout-attestation.js';
import dataEncryptionFipsEndpointsAttestation from './data-encryption/data-encryption-fips-endpoints-attestation.js';
import dataLocationOffsiteCopiesAttestation from './data-location/data-location-offsite-copies-attestation.js';
import dataRegionAllowlist from './data-location/data-region-allowlist.js';
import datasyncDestinationAllowed from './data-location/datasync-destination-allowed.js';
import dbgapDataRetainedPastExpiry from './data-cleanup-retention/dbgap-data-retained-past-expiry.js';
import dbgapResourcesTagged from './data-cleanup-retention/dbgap-resources-tagged.js';
import deploymentModelSspAttestation from './deployment-model/deployment-model-ssp-attestation.js';
import dynamodbPitrEnabled from './file-systems-storage/dynamodb-pitr-enabled.js';
import dynamodbTableCmk from './data-encryption/dynamodb-table-cmk.js';
import ebsDefaultEncryptionEnabled from './data-encryption/ebs-default-encryption-enabled.js';
import ebsOrphanedVolumesSnapshots from './data-cleanup-retention/ebs-orphaned-volumes-snapshots.js';
import ebsSnapshotBlockPublicAccess from './portable-storage-media/ebs-snapshot-block-public-access.js';
import ebsSnapshotEncrypted from './portable-storage-media/ebs-snapshot-encrypted.js';
import ebsSnapshotNotPublic from './portable-storage-media/ebs-snapshot-not-public.js';
import ebsVolumeEncrypted from './data-encryption/ebs-volume-encrypted.js';
import ec2AmiAgeAndSupport from './operating-systems/ec2-ami-age-and-support.js';
import ec2DefaultSgClosed from './networking/ec2-default-sg-closed.js';
import ec2Imdsv2Required from './operating-systems/ec2-imdsv2-required.js';
import ec2InstanceNoPublicIp from './networking/ec2-instance-no-public-ip.js';
import ec2InstanceProfileAttached from './user-accounts/ec2-instance-profile-attached.js';
import ec2InstanceTenancy from './deployment-model/ec2-instance-tenancy.js';
import ec2SerialConsoleAccessDisabled from './physical-server-access/ec2-serial-console-access-disabled.js';
import ec2SgNoPublicAdminPorts from './networking/ec2-sg-no-public-admin-ports.js';
import ec2SgNoPublicUnrestrictedPorts from './networking/ec2-sg-no-public-unrestricted-ports.js';
import ec2StoppedInstancesStale from './data-cleanup-retention/ec2-stopped-instances-stale.js';
import efsBackupEnabled from './file-systems-storage/efs-backup-enabled.js';
import efsEncryptedAtRest from './data-encryption/efs-encrypted-at-rest.js';
import efsMountTargetsRestricted from './networking/efs-mount-targets-restricted.js';
import efsTlsRequired from './data-encryption/efs-tls-required.js';
import emrBlockPublicAccess from './networking/emr-block-public-access.js';
import emrClustersUseSecurityConfiguration from './data-encryption/emr-clusters-use-security-configuration.js';
import emrSecurityConfigurationEncryption from './data-encryption/emr-security-configuration-encryption.js';
import fileSystemsStorageDataCopiesAttestation from './file-systems-storage/file-systems-storage-data-copies-attestation.js';
import fsxBackupsEnabled from './file-systems-storage/fsx-backups-enabled.js';
import fsxDataRepositoryAllowed from './data-location/fsx-data-repository-allowed.js';
import fsxEncryptedWithCmk from './data-encryption/fsx-encrypted-with-cmk.js';
import glueDataCatalogEncrypted from './data-encryption/glue-data-catalog-encrypted.js';
import glueSecurityConfigurationEncryption from './data-encryption/glue-security-configuration-encryption.js';
import guarddutyEnabled from './logging-monitoring/guardduty-enabled.js';
import guarddutyProtectionPlans from './logging-monitoring/guardduty-protection-plans.js';
import iamNoFullAdminPolicies from './user-accounts/iam-no-full-admin-policies.js';
import iamPasswordPolicyStrong from './user-accounts/iam-password-policy-strong.js';
import iamRoleServiceTrustConfusedDeputy from './authorizing-access/iam-role-service-trust-confused-deputy.js';
import iamRoleTrustRestricted from './authorizing-access/iam-role-trust-restricted.js';
import iamRootMfaEnabled from './user-accounts/iam-root-mfa-enabled.js';
import iamRootNoAccessKeys from './user-accounts/iam-root-no-access-keys.js';
import iamRootNotRecentlyUsed from './user-accounts/iam-root-not-recently-used.js';
import iamUserConsoleMfa from './user-accounts/iam-user-console-mfa.js';
import iamUserCredentialHygiene from './user-accounts/iam-user-credential-hygiene.js';
import iamUserSingleCredential from './user-accounts/iam-user-single-credential.js';
import inspectorEnabled from './operating-systems/inspector-enabled.js';
import kmsCmkNotPendingDeletion from './data-encryption/kms-cmk-not-pending-deletion.js';
import kmsCmkRotationEnabled from './data-encryption/kms-cmk-rotation-enabled.js';
import kmsCryptoErasureEvidence from './data-cleanup-retention/kms-crypto-erasure-evidence.js';
import kmsKeyPolicyNotPublic from './data-encryption/kms-key-policy-not-public.js';
import lambdaEnvironmentEncrypted from './data-encryption/lambda-environment-encrypted.js';
import lambdaFunctionUrlAuth from './authorizing-access/lambda-function-url-auth.js';
import loggingReviewIncidentResponseAttestation from './logging-monitoring/logging-review-incident-response-attestation.js';
import macieSensitiveDataDiscovery from './data-cleanup-retention/macie-sensitive-data-discovery.js';
import networkingApprovedTransferPathsAttestation from './networking/networking-approved-transfer-paths-attestation.js';
import operatingSystemsAntiMalwareAttestation from './operating-systems/operating-systems-anti-malware-attestation.js';
import operatingSystemsHardeningBaselineAttestation from './operating-systems/operating-systems-hardening-baseline-attestation.js';
import orgScpRegionDeny from './data-location/org-scp-region-deny.js';
import physicalControlsInheritedAttestation from './physical-server-access/physical-controls-inherited-attestation.js';
import portableMediaPolicyAttestation from './portable-storage-media/portable-media-policy-attestation.js';
import ramSharesWithinOrganization from './authorizing-access/ram-shares-within-organization.js';
import rdsBackupRetention from './data-cleanup-retention/rds-backup-retention.js';
import rdsDataRegionAllowed from './data-location/rds-data-region-allowed.js';
import rdsDeletionProtection from './data-cleanup-retention/rds-deletion-protection.js';
import rdsLogExports from './logging-monitoring/rds-log-exports.js';
import rdsNotPubliclyAccessible from './networking/rds-not-publicly-accessible.js';
import rdsSnapshotEncrypted from './portable-storage-media/rds-snapshot-encrypted.js';
import rdsSnapshotNotPublic from './portable-storage-media/rds-snapshot-not-public.js';
import rdsStorageEncrypted from './data-encryption/rds-storage-encrypted.js';
import rdsTlsEnforced from './data-encryption/rds-tls-enforced.js';
import redshiftAuditLogging from './logging-monitoring/redshift-audit-logging.js';
import redshiftClusterEncrypted from './data-encryption/redshift-cluster-encrypted.js';
import redshiftClusterNotPublic from './networking/redshift-cluster-not-public.js';
import redshiftRequireSsl from './data-encryption/redshift-require-ssl.js';
import redshiftSnapshotNotShared from './portable-storage-media/redshift-snapshot-not-shared.js';
import regionsEnabledOutsideAllowlist from './data-location/regions-enabled-outside-allowlist.js';
import s3AccountPublicAccessBlock from './file-systems-storage/s3-account-public-access-block.js';
import s3BucketAclsDisabled from './authorizing-access/s3-bucket-acls-disabled.js';
import s3BucketEncryptionKmsCmk from './data-encryption/s3-bucket-encryption-kms-cmk.js';
import s3BucketNoUnapprovedCrossAccount from './authorizing-access/s3-bucket-no-unapproved-cross-account.js';
import s3BucketNotPublic from './file-systems-storage/s3-bucket-not-public.js';
import s3BucketObjectLock from './file-systems-storage/s3-bucket-object-lock.js';
import s3BucketPolicyNetworkRestricted from './networking/s3-bucket-policy-network-restricted.js';
import s3BucketPublicAccessBlock from './file-systems-storage/s3-bucket-public-access-block.js';
import s3BucketSslOnly from './data-encryption/s3-bucket-ssl-only.js';
import s3BucketVersioningEnabled from './file-systems-storage/s3-bucket-versioning-enabled.js';
import s3DbgapLifecycleConfigured from './data-cleanup-retention/s3-dbgap-lifecycle-configured.js';
import s3ReplicationDestinationAllowed from './data-location/s3-replication-destination-allowed.js';
import s3ServerAccessLoggingDbgap from './logging-monitoring/s3-server-access-logging-dbgap.js';
import sagemakerDomainKms from './data-encryption/sagemaker-domain-kms.js';
import sagemakerDomainVpcOnly from './networking/sagemaker-domain-vpc-only.js';
import sagemakerNotebookInVpc from './networking/sagemaker-notebook-in-vpc.js';
import sagemakerNotebookKms from './data-encryption/sagemaker-notebook-kms.js';
import sagemakerNotebookNoDirectInternet from './networking/sagemaker-notebook-no-direct-internet.js';
import sagemakerNotebookRootAccessDisabled from './user-accounts/sagemaker-notebook-root-access-disabled.js';
import securityhubEnabled from './logging-monitoring/securityhub-enabled.js';
import snapshotAmiSharingAllowlist from './portable-storage-media/snapshot-ami-sharing-allowlist.js';
import ssmAssociationCompliance from './operating-systems/ssm-association-compliance.js';
import ssmInstanceManaged from './operating-systems/ssm-instance-managed.js';
import ssmPatchCompliance from './operating-systems/ssm-patch-compliance.js';
import storageVolumeInventory from './file-systems-storage/storage-volume-inventory.js';
import transferServerLogging from './logging-monitoring/transfer-server-logging.js';
import transferServerSecureProtocols from './networking/transfer-server-secure-protocols.js';
import userAccountsDeprovisioningAttestation from './user-accounts/user-accounts-deprovisioning-attestation.js';
import userAccountsIndividualAttestation from './user-accounts/user-accounts-individual-attestation.js';
import vpcDefaultNotUsed from './deployment-model/vpc-default-not-used.js';
import vpcFlowLogsEnabled from './logging-monitoring/vpc-flow-logs-enabled.js';
import vpcNaclNoPublicAdminPorts from './networking/vpc-nacl-no-public-admin-ports.js';
import vpcPrivateConnectivityEvidence from './networking/vpc-private-connectivity-evidence.js';

export const CHECKS: readonly Check[] = [
  accessAnalyzerEnabled,
  accessAnalyzerNoExternalFindings,
  accountContextEvidence,
  accountInOrganization,
  accountSecurityContactRegistered,
  amiNotPublic,
  athenaWorkgroupEncryptionEnforced,
  authorizingAccessDacApprovalAttestation,
  authorizingAccessPeriodicReviewAttestation,
  backupRecoveryPointsPastExpiry,
  backupVaultEncryptedCmk,
  backupVaultLockDbgap,
  backupVaultPolicyNotPublic,
  batchComputeEnvironmentPrivate,
  cloudtrailBucketProtected,
  cloudtrailKmsEncrypted,
  cloudtrailLogFileValidation,
  cloudtrailMultiRegionLogging,
  cloudtrailS3DataEvents,
  cloudwatchLogGroupRetention,
  cloudwatchSecurityAlarms,
  configRecorderEnabled,
  dataCleanupCloseoutAttestation,
  dataEncryptionFipsEndpointsAttestation,
  dataLocationOffsiteCopiesAttestation,
  dataRegionAllowlist,
  datasyncDestinationAllowed,
  dbgapDataRetainedPastExpiry,
  dbgapResourcesTagged,
  deploymentModelSspAttestation,
  dynamodbPitrEnabled,
  dynamodbTableCmk,
  ebsDefaultEncryptionEnabled,
  ebsOrphanedVolumesSnapshots,
  ebsSnapshotBlockPublicAccess,
  ebsSnapshotEncrypted,
  ebsSnapshotNotPublic,
  ebsVolumeEncrypted,
  ec2AmiAgeAndSupport,
  ec2DefaultSgClosed,
  ec2Imdsv2Required,
  ec2InstanceNoPublicIp,
  ec2InstanceProfileAttached,
  ec2InstanceTenancy,
  ec2SerialConsoleAccessDisabled,
  ec2SgNoPublicAdminPorts,
  ec2SgNoPublicUnrestrictedPorts,
  ec2StoppedInstancesStale,
  efsBackupEnabled,
  efsEncryptedAtRest,
  efsMountTargetsRestricted,
  efsTlsRequired,
  emrBlockPublicAccess,
  emrClustersUseSecurityConfiguration,
  emrSecurityConfigurationEncryption,
  fileSystemsStorageDataCopiesAttestation,
  fsxBackupsEnabled,
  fsxDataRepositoryAllowed,
  fsxEncryptedWithCmk,
  glueDataCatalogEncrypted,
  glueSecurityConfigurationEncryption,
  guarddutyEnabled,
  guarddutyProtectionPlans,
  iamNoFullAdminPolicies,
  iamPasswordPolicyStrong,
  iamRoleServiceTrustConfusedDeputy,
  iamRoleTrustRestricted,
  iamRootMfaEnabled,
  iamRootNoAccessKeys,
  iamRootNotRecentlyUsed,
  iamUserConsoleMfa,
  iamUserCredentialHygiene,
  iamUserSingleCredential,
  inspectorEnabled,
  kmsCmkNotPendingDeletion,
  kmsCmkRotationEnabled,
  kmsCryptoErasureEvidence,
  kmsKeyPolicyNotPublic,
  lambdaEnvironmentEncrypted,
  lambdaFunctionUrlAuth,
  loggingReviewIncidentResponseAttestation,
  macieSensitiveDataDiscovery,
  networkingApprovedTransferPathsAttestation,
  operatingSystemsAntiMalwareAttestation,
  operatingSystemsHardeningBaselineAttestation,
  orgScpRegionDeny,
  physicalControlsInheritedAttestation,
  portableMediaPolicyAttestation,
  ramSharesWithinOrganization,
  rdsBackupRetention,
  rdsDataRegionAllowed,
  rdsDeletionProtection,
  rdsLogExports,
  rdsNotPubliclyAccessible,
  rdsSnapshotEncrypted,
  rdsSnapshotNotPublic,
  rdsStorageEncrypted,
  rdsTlsEnforced,
  redshiftAuditLogging,
  redshiftClusterEncrypted,
  redshiftClusterNotPublic,
  redshiftRequireSsl,
  redshiftSnapshotNotShared,
  regionsEnabledOutsideAllowlist,
  s3AccountPublicAccessBlock,
  s3BucketAclsDisabled,
  s3BucketEncryptionKmsCmk,
  s3BucketNoUnapprovedCrossAccount,
  s3BucketNotPublic,
  s3BucketObjectLock,
  s3BucketPolicyNetworkRestricted,
  s3BucketPublicAccessBlock,
  s3BucketSslOnly,
  s3BucketVersioningEnabled,
  s3DbgapLifecycleConfigured,
  s3ReplicationDestinationAllowed,
  s3ServerAccessLoggingDbgap,
  sagemakerDomainKms,
  sagemakerDomainVpcOnly,
  sagemakerNotebookInVpc,
  sagemakerNotebookKms,
  sagemakerNotebookNoDirectInternet,
  sagemakerNotebookRootAccessDisabled,
  securityhubEnabled,
  snapshotAmiSharingAllowlist,
  ssmAssociationCompliance,
  ssmInstanceManaged,
  ssmPatchCompliance,
  storageVolumeInventory,
  transferServerLogging,
  transferServerSecureProtocols,
  userAccountsDeprovisioningAttestation,
  userAccountsIndividualAttestation,
  vpcDefaultNotUsed,
  vpcFlowLogsEnabled,
  vpcNaclNoPublicAdminPorts,
  vpcPrivateConnectivityEvidence,
];
