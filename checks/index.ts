/** The check registry: explicit imports, sorted by id. Adding a check = one import and one entry here. */
import type { Check } from '../src/model/check.js';
import cloudtrailMultiRegionLogging from './logging-monitoring/cloudtrail-multi-region-logging.js';
import ec2Imdsv2Required from './operating-systems/ec2-imdsv2-required.js';
import ec2InstanceNoPublicIp from './networking/ec2-instance-no-public-ip.js';
import ec2InstanceProfileAttached from './user-accounts/ec2-instance-profile-attached.js';
import fileSystemsStorageDataCopiesAttestation from './file-systems-storage/file-systems-storage-data-copies-attestation.js';
import networkingApprovedTransferPathsAttestation from './networking/networking-approved-transfer-paths-attestation.js';
import operatingSystemsAntiMalwareAttestation from './operating-systems/operating-systems-anti-malware-attestation.js';
import operatingSystemsHardeningBaselineAttestation from './operating-systems/operating-systems-hardening-baseline-attestation.js';
import ssmInstanceManaged from './operating-systems/ssm-instance-managed.js';
import ssmPatchCompliance from './operating-systems/ssm-patch-compliance.js';
import ec2DefaultSgClosed from './networking/ec2-default-sg-closed.js';
import ec2SgNoPublicAdminPorts from './networking/ec2-sg-no-public-admin-ports.js';
import ec2SgNoPublicUnrestrictedPorts from './networking/ec2-sg-no-public-unrestricted-ports.js';
import vpcNaclNoPublicAdminPorts from './networking/vpc-nacl-no-public-admin-ports.js';
import iamUserConsoleMfa from './user-accounts/iam-user-console-mfa.js';
import kmsCmkRotationEnabled from './data-encryption/kms-cmk-rotation-enabled.js';
import s3AccountPublicAccessBlock from './file-systems-storage/s3-account-public-access-block.js';
import s3BucketAclsDisabled from './authorizing-access/s3-bucket-acls-disabled.js';
import s3BucketNotPublic from './file-systems-storage/s3-bucket-not-public.js';
import s3BucketPublicAccessBlock from './file-systems-storage/s3-bucket-public-access-block.js';
import s3BucketEncryptionKmsCmk from './data-encryption/s3-bucket-encryption-kms-cmk.js';
import s3BucketSslOnly from './data-encryption/s3-bucket-ssl-only.js';

export const CHECKS: readonly Check[] = [
  cloudtrailMultiRegionLogging,
  ec2DefaultSgClosed,
  ec2Imdsv2Required,
  ec2InstanceNoPublicIp,
  ec2InstanceProfileAttached,
  ec2SgNoPublicAdminPorts,
  ec2SgNoPublicUnrestrictedPorts,
  fileSystemsStorageDataCopiesAttestation,
  iamUserConsoleMfa,
  kmsCmkRotationEnabled,
  networkingApprovedTransferPathsAttestation,
  operatingSystemsAntiMalwareAttestation,
  operatingSystemsHardeningBaselineAttestation,
  s3AccountPublicAccessBlock,
  s3BucketAclsDisabled,
  s3BucketEncryptionKmsCmk,
  s3BucketNotPublic,
  s3BucketPublicAccessBlock,
  s3BucketSslOnly,
  ssmInstanceManaged,
  ssmPatchCompliance,
  vpcNaclNoPublicAdminPorts,
];

export function findCheck(id: string): Check | undefined {
  return CHECKS.find((check) => check.id === id);
}
