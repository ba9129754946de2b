import { defineCheck, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 's3-bucket-versioning-enabled',
  title: 'S3 buckets keep object versions',
  controlArea: 'file-systems-storage',
  severity: 'medium',
  nist: { sp800_53r5: ['CP-9', 'CP-10', 'AU-9(2)'], sp800_171r2: ['3.3.8', '3.8.9'], sp800_171r3: ['03.03.08', '03.08.09'] },
  needs: ['s3BucketVersioning'],
  rationale:
    'Versioning keeps the previous copy of every overwritten or deleted object, so a mistaken pipeline run, a compromised credential or ransomware cannot silently destroy analysis results or logs. Versioned buckets that hold dbGaP data also need lifecycle rules that expire noncurrent versions, or deleted data lingers.',
  remediation: {
    summary:
      'Enable versioning on the bucket. Add a NoncurrentVersionExpiration lifecycle rule so that old versions do not outlive the data use agreement.',
    cli: 'aws s3api put-bucket-versioning --bucket BUCKET --versioning-configuration Status=Enabled  # can later be suspended, not removed; old versions are billed until they expire',
    docUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/manage-versioning-examples.html',
  },
  evaluate({ s3BucketVersioning }) {
    return s3BucketVersioning.map((bucket) => {
      if (bucket.status === 'Enabled') {
        const mfa = bucket.mfaDelete === 'Enabled' ? ' with MFA delete' : '';
        return pass(bucket, `Bucket ${bucket.bucket} has versioning enabled${mfa}.`);
      }
      return bucket.status === 'Suspended'
        ? fail(bucket, `Bucket ${bucket.bucket} has versioning suspended: new overwrites and deletes are not recoverable.`)
        : fail(bucket, `Bucket ${bucket.bucket} has never had versioning enabled.`);
    });
  },
});
