/** The check registry: explicit imports, sorted by id. Adding a check = one import and one entry here. */
import type { Check } from '../src/model/check.js';
import cloudtrailKmsEncrypted from './logging-monitoring/cloudtrail-kms-encrypted.js';
import cloudtrailLogFileValidation from './logging-monitoring/cloudtrail-log-file-validation.js';
import cloudtrailS3DataEvents from './logging-monitoring/cloudtrail-s3-data-events.js';
import cloudtrailMultiRegionLogging from './logging-monitoring/cloudtrail-multi-region-logging.js';
import cloudwatchLogGroupRetention from './logging-monitoring/cloudwatch-log-group-retention.js';
import cloudwatchSecurityAlarms from './logging-monitoring/cloudwatch-security-alarms.js';
import loggingReviewIncidentResponseAttestation from './logging-monitoring/logging-review-incident-response-attestation.js';
import configRecorderEnabled from './logging-monitoring/config-recorder-enabled.js';
import guarddutyEnabled from './logging-monitoring/guardduty-enabled.js';
import vpcFlowLogsEnabled from './logging-monitoring/vpc-flow-logs-enabled.js';
import ec2SgNoPublicAdminPorts from './networking/ec2-sg-no-public-admin-ports.js';
import iamUserConsoleMfa from './user-accounts/iam-user-console-mfa.js';
import kmsCmkRotationEnabled from './data-encryption/kms-cmk-rotation-enabled.js';
import s3BucketEncryptionKmsCmk from './data-encryption/s3-bucket-encryption-kms-cmk.js';
import s3BucketSslOnly from './data-encryption/s3-bucket-ssl-only.js';

export const CHECKS: readonly Check[] = [
  cloudtrailKmsEncrypted,
  cloudtrailLogFileValidation,
  cloudtrailMultiRegionLogging,
  cloudtrailS3DataEvents,
  cloudwatchLogGroupRetention,
  cloudwatchSecurityAlarms,
  configRecorderEnabled,
  ec2SgNoPublicAdminPorts,
  guarddutyEnabled,
  iamUserConsoleMfa,
  kmsCmkRotationEnabled,
  loggingReviewIncidentResponseAttestation,
  s3BucketEncryptionKmsCmk,
  s3BucketSslOnly,
  vpcFlowLogsEnabled,
];

export function findCheck(id: string): Check | undefined {
  return CHECKS.find((check) => check.id === id);
}
