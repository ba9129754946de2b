import { defineCheck, fail, pass, unknownError } from '../../src/model/check.js';
import { bucketOfLocation, classifyResultsBucket } from '../../src/rules/athena.js';

export default defineCheck({
  id: 'athena-workgroup-encryption-enforced',
  title: 'Athena workgroups enforce encryption of query results (KMS for dbGaP buckets)',
  controlArea: 'data-encryption',
  severity: 'high',
  nist: { sp800_53r5: ['SC-28(1)', 'SC-13', 'CM-6'], sp800_171r2: ['3.13.16', '3.13.11', '3.4.2'], sp800_171r3: ['03.13.08', '03.13.11', '03.04.02'] },
  needs: ['athenaWorkGroups', 's3BucketTags'],
  judgesFailuresOf: ['s3BucketTags'],
  rationale:
    'Every Athena query writes its full result set to S3: a query over phenotype tables leaves a CSV of controlled-access data in the results location. Only a workgroup that sets result encryption and enforces its configuration guarantees that; without enforcement each client picks its own location and encryption, or none. Results written to a dbGaP bucket must use a KMS key (SSE_KMS or CSE_KMS), as the bucket\'s own data does.',
  remediation: {
    summary:
      'Set result encryption on the workgroup and enforce its configuration. Use SSE_KMS with a customer-managed key when results go to a dbGaP bucket.',
    cli: 'aws athena update-work-group --work-group NAME --configuration-updates \'{"EnforceWorkGroupConfiguration":true,"ResultConfigurationUpdates":{"EncryptionConfiguration":{"EncryptionOption":"SSE_KMS","KmsKey":"KEY_ARN"}}}\'  # queries in the workgroup then ignore client-side result settings',
    docUrl: 'https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html',
  },
  evaluate({ athenaWorkGroups, s3BucketTags }, { settings, failures }) {
    const tagFailures = failures.s3BucketTags ?? [];
    return athenaWorkGroups.map((workGroup) => {
      const label = `Athena workgroup ${workGroup.name}${workGroup.state === 'DISABLED' ? ' (disabled)' : ''}`;
      const encryption = workGroup.managedQueryResults
        ? `managed query results${workGroup.managedQueryResultsKmsKey ? ` with KMS key ${workGroup.managedQueryResultsKmsKey}` : ''}`
        : workGroup.encryptionOption
          ? `${workGroup.encryptionOption}${workGroup.kmsKey ? ` with key ${workGroup.kmsKey}` : ''}`
          : undefined;
      // EnforceWorkGroupConfiguration false: "client-side settings are used", so the workgroup's encryption is only a
      // default a query can drop. https://docs.aws.amazon.com/athena/latest/ug/workgroups-settings-override.html
      if (!workGroup.enforceWorkGroupConfiguration) {
        return fail(workGroup, `${label} does not enforce its configuration: each query may choose its own result location and encryption${encryption ? ` (the workgroup's default is ${encryption})` : ', and the workgroup sets none'}.`);
      }
      if (!encryption) return fail(workGroup, `${label} enforces its configuration but sets no encryption for query results.`);
      // Managed query results are kept and encrypted by Athena, not in a bucket of the account.
      if (workGroup.managedQueryResults) return pass(workGroup, `${label} enforces ${encryption}.`);
      const bucket = bucketOfLocation(workGroup.outputLocation);
      if (!bucket) return pass(workGroup, `${label} enforces ${encryption} for query results (no workgroup result location set).`);
      const results = classifyResultsBucket(bucket, s3BucketTags, tagFailures, settings);
      const where = `results in s3://${bucket}${results.controlledData === true ? ' (a dbGaP bucket)' : results.inAccount ? '' : ' (not a bucket of this account)'}`;
      if (workGroup.encryptionOption === 'SSE_S3') {
        if (results.controlledData === true) return fail(workGroup, `${label} enforces SSE_S3, not a KMS key, for ${where}.`);
        if (results.controlledData === 'unknown') return unknownError(workGroup, `Whether ${label}'s SSE_S3 results bucket ${bucket} needs a KMS key`, results.failures);
      }
      return pass(workGroup, `${label} enforces ${encryption} for ${where}.`);
    });
  },
});
