import { defineCheck, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'glue-security-configuration-encryption',
  title: 'Glue security configurations encrypt S3 output, CloudWatch logs and job bookmarks',
  controlArea: 'data-encryption',
  severity: 'medium',
  nist: { sp800_53r5: ['SC-28(1)', 'SC-13', 'AU-9'], sp800_171r2: ['3.13.16', '3.13.11', '3.3.8'], sp800_171r3: ['03.13.08', '03.13.11', '03.03.08'] },
  needs: ['glueSecurityConfigurations'],
  rationale:
    'Glue ETL jobs, crawlers and development endpoints write what they process to S3, their logs to CloudWatch and their progress to job bookmarks only as encrypted as their security configuration says. A configuration with any of the three DISABLED lets a job over study data leave that part unencrypted.',
  remediation: {
    summary:
      'Use a security configuration that encrypts S3, logs and bookmarks. Configurations cannot be edited; point the jobs at the new one.',
    cli: `aws glue create-security-configuration --name NAME-encrypted --encryption-configuration '{"S3Encryption":[{"S3EncryptionMode":"SSE-KMS","KmsKeyArn":"KEY_ARN"}],"CloudWatchEncryption":{"CloudWatchEncryptionMode":"SSE-KMS","KmsKeyArn":"KEY_ARN"},"JobBookmarksEncryption":{"JobBookmarksEncryptionMode":"CSE-KMS","KmsKeyArn":"KEY_ARN"}}'  # creates a new configuration; jobs use it once updated to name it`,
    docUrl: 'https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html',
  },
  evaluate({ glueSecurityConfigurations }) {
    return glueSecurityConfigurations.map((configuration) => {
      const unencrypted: string[] = [];
      if (configuration.s3EncryptionModes.length === 0 || configuration.s3EncryptionModes.some((mode) => mode === 'DISABLED')) unencrypted.push('S3 data');
      if (configuration.cloudWatchEncryptionMode === 'DISABLED') unencrypted.push('CloudWatch logs');
      if (configuration.jobBookmarksEncryptionMode === 'DISABLED') unencrypted.push('job bookmarks');
      const label = `Glue security configuration ${configuration.name}`;
      if (unencrypted.length > 0) return fail(configuration, `${label} does not encrypt ${unencrypted.join(' or ')}.`);
      return pass(
        configuration,
        `${label} encrypts S3 data (${configuration.s3EncryptionModes.join(', ')}), CloudWatch logs (${configuration.cloudWatchEncryptionMode}) and job bookmarks (${configuration.jobBookmarksEncryptionMode}).`,
      );
    });
  },
});
