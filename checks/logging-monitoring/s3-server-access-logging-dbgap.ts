import { defineCheck, fail, pass } from '../../src/model/check.js';
import { isDbgapBucket, severityForStore } from '../../src/rules/data-classification.js';

export default defineCheck({
  id: 's3-server-access-logging-dbgap',
  title: 'S3 buckets record server access logs, dbGaP buckets above all',
  controlArea: 'logging-monitoring',
  severity: 'medium',
  nist: { sp800_53r5: ['AU-2', 'AU-12'], sp800_171r2: ['3.3.1'], sp800_171r3: ['03.03.01'] },
  needs: ['s3BucketLogging', 's3BucketTags'],
  rationale:
    'Server access logs record every request against a bucket, including anonymous and denied ones, with the requester and source IP. For controlled-access data they are the record that shows who read which object, complementing CloudTrail data events. Buckets that do not hold dbGaP data are reported at low severity.',
  remediation: {
    summary:
      'Enable server access logging to a dedicated, restricted log bucket. Use a log bucket in the same account and region, never the bucket itself.',
    cli: `aws s3api put-bucket-logging --bucket BUCKET --bucket-logging-status '{"LoggingEnabled":{"TargetBucket":"LOG_BUCKET","TargetPrefix":"BUCKET/"}}'  # replaces the bucket's logging target, if it had one`,
    docUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html',
  },
  evaluate({ s3BucketLogging, s3BucketTags }, { settings }) {
    const tagsByArn = new Map(s3BucketTags.map((entry) => [entry.arn, entry.tags]));
    return s3BucketLogging.map((bucket) => {
      const dbgap = isDbgapBucket(bucket.bucket, tagsByArn.get(bucket.arn), settings);
      const label = `${dbgap ? 'dbGaP bucket' : 'Bucket'} ${bucket.bucket}`;
      if (bucket.targetBucket !== null) {
        const prefix = bucket.targetPrefix ? `/${bucket.targetPrefix}` : '';
        return pass(bucket, `${label} logs server access to s3://${bucket.targetBucket}${prefix}.`);
      }
      return fail(bucket, `${label} has server access logging disabled.`, severityForStore(dbgap, 'medium'));
    });
  },
});
