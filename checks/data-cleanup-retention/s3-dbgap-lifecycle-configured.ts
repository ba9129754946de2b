import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { isDbgapBucket } from '../../src/rules/data-classification.js';
import type { S3LifecycleRule } from '../../src/model/items/s3.js';

const expiresCurrentObjects = (rule: S3LifecycleRule) => rule.expirationDays !== undefined || rule.expirationDate !== undefined;
const expiresNoncurrentVersions = (rule: S3LifecycleRule) => rule.noncurrentVersionExpirationDays !== undefined;

export default defineCheck({
  id: 's3-dbgap-lifecycle-configured',
  title: 'dbGaP buckets have lifecycle rules that expire objects and old versions',
  controlArea: 'data-cleanup-retention',
  severity: 'medium',
  nist: { sp800_53r5: ['SI-12', 'MP-6'], sp800_171r2: ['3.8.3'], sp800_171r3: ['03.08.03', '03.14.08'] },
  needs: ['s3BucketTags', 's3BucketLifecycle', 's3BucketVersioning'],
  rationale:
    'A lifecycle expiration turns the end of a data use agreement into an automatic deletion instead of a task someone must remember. On a versioned bucket, expiring current objects only adds delete markers: without a noncurrent-version expiration the controlled-access data stays in old versions. Moving objects to Glacier is not deletion.',
  remediation: {
    summary:
      'Add a whole-bucket lifecycle rule that expires the data on its end date. Use an enabled rule with an Expiration (the data use end date, or days) and, on versioned buckets, NoncurrentVersionExpiration and ExpiredObjectDeleteMarker clean-up.',
    cli: `aws s3api get-bucket-lifecycle-configuration --bucket BUCKET > lifecycle.json && jq '{Rules: (.Rules + [{"ID":"dbgap-closeout","Status":"Enabled","Filter":{},"Expiration":{"Date":"2027-06-30T00:00:00Z"},"NoncurrentVersionExpiration":{"NoncurrentDays":1}}])}' lifecycle.json > merged.json && aws s3api put-bucket-lifecycle-configuration --bucket BUCKET --lifecycle-configuration file://merged.json  # keeps the existing rules (the put replaces them all); with none yet (NoSuchLifecycleConfiguration) start lifecycle.json from {"Rules":[]}; the new rule deletes the data on its date`,
    docUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html',
  },
  evaluate({ s3BucketTags, s3BucketLifecycle, s3BucketVersioning }, { settings }) {
    const lifecycleByArn = new Map(s3BucketLifecycle.map((entry) => [entry.arn, entry]));
    const versioningByArn = new Map(s3BucketVersioning.map((entry) => [entry.arn, entry]));
    return s3BucketTags
      .filter((bucket) => isDbgapBucket(bucket.bucket, bucket.tags, settings))
      .map((bucket) => {
        const label = `dbGaP bucket ${bucket.bucket}`;
        const lifecycle = lifecycleByArn.get(bucket.arn);
        const versioning = versioningByArn.get(bucket.arn);
        if (!lifecycle || !versioning) return error(bucket, `${label}: its lifecycle or versioning configuration was not collected.`);
        if (!lifecycle.rules) return fail(bucket, `${label} has no lifecycle configuration: its data is never deleted automatically.`);
        const active = lifecycle.rules.filter((rule) => rule.status === 'Enabled' && rule.appliesToWholeBucket);
        if (!active.some(expiresCurrentObjects)) {
          const partial = lifecycle.rules.some((rule) => rule.status === 'Enabled' && expiresCurrentObjects(rule));
          const onlyTransitions = lifecycle.rules.some((rule) => rule.status === 'Enabled' && rule.transitionCount > 0);
          const why = partial
            ? 'its expiration rules cover only part of the bucket (prefix, tag or size filter)'
            : onlyTransitions
              ? 'its rules only transition objects to other storage classes, which is not deletion'
              : 'no enabled rule expires current objects';
          return fail(bucket, `${label}: ${why}.`);
        }
        // A suspended bucket still holds the versions made while versioning was on.
        const isVersioned = versioning.status !== null;
        if (isVersioned && !active.some(expiresNoncurrentVersions)) {
          return fail(bucket, `${label} is versioned (${versioning.status}) but no enabled whole-bucket rule expires noncurrent versions: deleted data stays in old versions.`);
        }
        return pass(bucket, `${label} has an enabled lifecycle rule that expires objects${isVersioned ? ' and noncurrent versions' : ''}.`);
      });
  },
});
