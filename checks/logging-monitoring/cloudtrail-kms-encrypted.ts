import { defineCheck, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'cloudtrail-kms-encrypted',
  title: 'CloudTrail trails encrypt their log files with a KMS key',
  controlArea: 'logging-monitoring',
  severity: 'medium',
  nist: { sp800_53r5: ['AU-9(3)', 'SC-28(1)'], sp800_171r2: ['3.3.8', '3.13.16'], sp800_171r3: ['03.03.08', '03.13.08'] },
  needs: ['cloudtrailTrails'],
  rationale:
    'Trail logs name users, roles, buckets and object keys that describe controlled-access studies. Encrypting them with a KMS key the institution controls adds a second permission (kms:Decrypt) that anyone reading the logs must hold, and records each use of that key.',
  remediation: {
    summary:
      'Encrypt every trail with a customer-managed KMS key. Its key policy must let CloudTrail encrypt and your auditors decrypt.',
    cli: 'aws cloudtrail update-trail --name TRAIL_NAME --kms-key-id alias/cloudtrail-logs  # applies to new log files; readers then need kms:Decrypt on the key',
    docUrl: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
  },
  evaluate({ cloudtrailTrails }) {
    return cloudtrailTrails.map((trail) =>
      trail.kmsKeyId
        ? pass(trail, `Trail ${trail.name} encrypts its logs with KMS key ${trail.kmsKeyId}.`)
        : fail(trail, `Trail ${trail.name} has no KMS key: its logs only get the S3 bucket's default encryption.`),
    );
  },
});
