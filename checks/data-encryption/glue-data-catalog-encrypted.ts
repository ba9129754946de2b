import { defineCheck, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'glue-data-catalog-encrypted',
  title: 'The Glue Data Catalog encrypts metadata and connection passwords with KMS',
  controlArea: 'data-encryption',
  severity: 'medium',
  nist: { sp800_53r5: ['SC-28(1)', 'SC-12', 'IA-5(1)'], sp800_171r2: ['3.13.16', '3.13.11', '3.5.10'], sp800_171r3: ['03.13.08', '03.13.11', '03.05.07'] },
  needs: ['glueDataCatalogEncryption'],
  rationale:
    'The Data Catalog that Athena, EMR and Glue jobs query holds the table definitions of the study data (column names, partition values, S3 locations) and the passwords of JDBC connections. Metadata encryption (SSE-KMS) puts it behind a key policy; connection password encryption keeps the passwords out of GetConnection answers.',
  remediation: {
    summary:
      'Turn on SSE-KMS metadata encryption and connection password encryption. Existing objects are encrypted as they are next written.',
    cli: `aws glue put-data-catalog-encryption-settings --data-catalog-encryption-settings '{"EncryptionAtRest":{"CatalogEncryptionMode":"SSE-KMS","SseAwsKmsKeyId":"KEY_ARN"},"ConnectionPasswordEncryption":{"ReturnConnectionPasswordEncrypted":true,"AwsKmsKeyId":"KEY_ARN"}}'  # replaces the region's catalog encryption settings; callers need kms:Decrypt on the key`,
    docUrl: 'https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html',
  },
  evaluate({ glueDataCatalogEncryption }) {
    return glueDataCatalogEncryption.map((catalog) => {
      const problems: string[] = [];
      // SSE-KMS and SSE-KMS-WITH-SERVICE-ROLE both encrypt with the named key; DISABLED leaves metadata in clear.
      // https://docs.aws.amazon.com/glue/latest/webapi/API_EncryptionAtRest.html
      if (!catalog.catalogEncryptionMode.startsWith('SSE-KMS')) problems.push(`metadata encryption is ${catalog.catalogEncryptionMode}`);
      if (!catalog.returnConnectionPasswordEncrypted) problems.push('connection passwords are returned unencrypted');
      const label = `The Glue Data Catalog in ${catalog.region}`;
      if (problems.length > 0) return fail(catalog, `${label}: ${problems.join('; ')}.`);
      return pass(catalog, `${label} encrypts metadata (${catalog.catalogEncryptionMode}${catalog.sseKmsKeyId ? `, key ${catalog.sseKmsKeyId}` : ''}) and connection passwords.`);
    });
  },
});
