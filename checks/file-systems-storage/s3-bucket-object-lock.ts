import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { isDbgapBucket } from '../../src/rules/data-classification.js';
import { DAY_MS, expiryDay, retentionDays } from '../../src/rules/dates.js';


export default defineCheck({
  id: 's3-bucket-object-lock',
  title: 'Log buckets use Object Lock, and Object Lock never blocks dbGaP close-out',
  controlArea: 'file-systems-storage',
  severity: 'medium',
  nist: { sp800_53r5: ['AU-9', 'CP-9', 'SI-12'], sp800_171r2: ['3.3.8'], sp800_171r3: ['03.03.08', '03.14.08'] },
  needs: ['s3BucketObjectLock', 'cloudtrailTrails', 's3BucketTags'],
  rationale:
    'Write-once retention on the CloudTrail bucket keeps the audit record intact even against an administrator. On a bucket of controlled-access data the same feature works against the institution: compliance-mode retention that outlasts the data use end date makes the required destruction impossible.',
  remediation: {
    summary:
      'Use Object Lock with a default retention on log buckets. On dbGaP data buckets use governance mode or a retention that ends before the expiry date, so that the data can still be destroyed at close-out.',
    cli: `aws s3api put-object-lock-configuration --bucket BUCKET --object-lock-configuration '{"ObjectLockEnabled":"Enabled","Rule":{"DefaultRetention":{"Mode":"GOVERNANCE","Days":365}}}'  # cannot be turned off once enabled (the bucket needs versioning); GOVERNANCE retention can be bypassed with s3:BypassGovernanceRetention`,
    docUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html',
  },
  evaluate({ s3BucketObjectLock, cloudtrailTrails, s3BucketTags }, { settings, now }) {
    const logBuckets = new Set(cloudtrailTrails.flatMap((trail) => (trail.s3BucketName ? [trail.s3BucketName] : [])));
    const tagsByArn = new Map(s3BucketTags.map((entry) => [entry.arn, entry.tags]));
    return s3BucketObjectLock.flatMap((bucket) => {
      const retention = bucket.defaultRetention;
      if (logBuckets.has(bucket.bucket)) {
        if (bucket.enabled && retention) {
          return [pass(bucket, `CloudTrail bucket ${bucket.bucket} has Object Lock with ${retention.mode} retention of ${retentionDays(retention)} days.`)];
        }
        return [fail(bucket, `CloudTrail bucket ${bucket.bucket} has ${bucket.enabled ? 'Object Lock without a default retention' : 'no Object Lock'}: log files can be deleted or overwritten.`)];
      }
      const tags = tagsByArn.get(bucket.arn);
      if (!isDbgapBucket(bucket.bucket, tags, settings)) return [];
      const label = `dbGaP bucket ${bucket.bucket}`;
      if (!bucket.enabled || !retention || retention.mode !== 'COMPLIANCE') {
        return [pass(bucket, `${label} has no compliance-mode default retention that could block its deletion.`)];
      }
      const expiryValue = tags?.[settings.dbgapTags.expiry];
      const day = expiryDay(expiryValue);
      if (!day) return [error(bucket, `${label} has compliance-mode retention of ${retentionDays(retention)} days and no readable expiry tag, so a conflict with close-out cannot be ruled out.`)];
      // An object written now stays locked until now + retention.
      const lockedUntil = new Date(now.getTime() + retentionDays(retention) * DAY_MS).toISOString().slice(0, 10);
      return lockedUntil > day
        ? [fail(bucket, `${label} has compliance-mode retention of ${retentionDays(retention)} days: objects written today stay locked until ${lockedUntil}, past the expiry ${day}, and cannot be destroyed at close-out.`, 'low')]
        : [pass(bucket, `${label} has compliance-mode retention that ends before its expiry ${day}.`)];
    });
  },
});
