import { defineCheck, fail, pass, unknownError } from '../../src/model/check.js';
import { isUnknown } from '../../src/model/failure.js';

/** The AWS-managed EBS key, as GetEbsDefaultKmsKeyId reports it (alias name or alias ARN), or no key id at all. */
function isAwsManagedDefault(keyId: string | null): boolean {
  return keyId === null || keyId === '' || keyId.endsWith('alias/aws/ebs');
}

export default defineCheck({
  id: 'ebs-default-encryption-enabled',
  title: 'EBS encryption by default is on in every region, with a customer-managed key',
  controlArea: 'data-encryption',
  severity: 'high',
  nist: { sp800_53r5: ['SC-28(1)', 'SC-13'], sp800_171r2: ['3.13.16', '3.13.11'], sp800_171r3: ['03.13.08', '03.13.11'] },
  needs: ['ebsEncryptionDefaults'],
  rationale:
    'Encryption by default is a per-region account setting: without it, any volume or snapshot copy created in that region (by a person, a script or a pipeline) can hold controlled-access data in the clear. Regions with no volumes today count too, because the next volume there inherits the setting.',
  remediation: {
    summary:
      'Turn on EBS encryption by default in every enabled region. Set the default key to a customer-managed KMS key.',
    cli: 'aws ec2 enable-ebs-encryption-by-default --region REGION && aws ec2 modify-ebs-default-kms-key-id --kms-key-id KEY_ARN --region REGION  # applies to volumes created later',
    docUrl: 'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
  },
  evaluate({ ebsEncryptionDefaults }) {
    return ebsEncryptionDefaults.map((setting) => {
      if (!setting.encryptionByDefault) {
        // Certain whatever the default key is: with encryption by default off, the key is never used.
        const keyUnread = isUnknown(setting.defaultKmsKeyId) ? ' (the default key could not be read; it does not change this finding)' : '';
        return fail(setting, `EBS encryption by default is off in ${setting.region}: new volumes there can be unencrypted${keyUnread}.`);
      }
      if (isUnknown(setting.defaultKmsKeyId)) {
        return unknownError(setting, `Which key EBS encryption by default uses in ${setting.region}`, [setting.defaultKmsKeyId.unknown]);
      }
      if (isAwsManagedDefault(setting.defaultKmsKeyId)) {
        // Decision: encrypted with aws/ebs is much better than nothing, so it is a low finding, not high.
        return fail(setting, `EBS encryption by default is on in ${setting.region}, but with the AWS-managed key aws/ebs rather than a customer-managed key.`, 'low');
      }
      return pass(setting, `EBS encryption by default is on in ${setting.region} with key ${setting.defaultKmsKeyId}.`);
    });
  },
});
