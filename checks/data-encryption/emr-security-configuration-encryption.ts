import { defineCheck, fail, pass } from '../../src/model/check.js';
import { missingEmrEncryption } from '../../src/rules/emr.js';

export default defineCheck({
  id: 'emr-security-configuration-encryption',
  title: 'EMR security configurations turn on encryption at rest and in transit',
  controlArea: 'data-encryption',
  severity: 'high',
  nist: {
    sp800_53r5: ['SC-8', 'SC-8(1)', 'SC-28(1)', 'SC-13'],
    sp800_171r2: ['3.13.8', '3.13.16', '3.13.11'],
    sp800_171r3: ['03.13.08', '03.13.11'],
  },
  needs: ['emrSecurityConfigurations'],
  rationale:
    'An EMR cluster spreads its input across HDFS on local disks and EBS volumes, shuffles it between nodes and writes results to S3. Only a security configuration with EnableAtRestEncryption and EnableInTransitEncryption encrypts all of that; a configuration that leaves either out (for example one written only for Kerberos) leaves genomic data readable on disk or on the wire.',
  remediation: {
    summary:
      'Create a security configuration with encryption at rest and in transit. Existing configurations cannot be edited; launch clusters with the new one.',
    cli: `aws emr create-security-configuration --name NAME-encrypted --security-configuration '{"EncryptionConfiguration":{"EnableAtRestEncryption":true,"EnableInTransitEncryption":true,"AtRestEncryptionConfiguration":{"S3EncryptionConfiguration":{"EncryptionMode":"SSE-KMS","AwsKmsKey":"KEY_ARN"},"LocalDiskEncryptionConfiguration":{"EncryptionKeyProviderType":"AwsKms","AwsKmsKey":"KEY_ARN","EnableEbsEncryption":true}},"InTransitEncryptionConfiguration":{"TLSCertificateConfiguration":{"CertificateProviderType":"PEM","S3Object":"s3://BUCKET/certs.zip"}}}}'  # creates a new configuration; clusters launched with it are encrypted`,
    docUrl: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-create-security-configuration.html',
  },
  evaluate({ emrSecurityConfigurations }) {
    return emrSecurityConfigurations.map((configuration) => {
      const missing = missingEmrEncryption(configuration);
      const label = `EMR security configuration ${configuration.name}`;
      if (missing.length > 0) return fail(configuration, `${label} does not turn on ${missing.join(' or ')}.`);
      const s3 = configuration.s3EncryptionMode ? `S3 ${configuration.s3EncryptionMode}` : 'no EMRFS S3 encryption mode';
      const disk = configuration.localDiskKeyProvider ? `local disks via ${configuration.localDiskKeyProvider}${configuration.ebsEncryption ? ' including EBS' : ''}` : 'local disks';
      return pass(configuration, `${label} turns on encryption at rest (${s3}, ${disk}) and in transit.`);
    });
  },
});
