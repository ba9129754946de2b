import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { holdsControlledData } from '../../src/rules/data-classification.js';
import { expiryDay, isPastExpiry } from '../../src/rules/dates.js';

export default defineCheck({
  id: 'dbgap-data-retained-past-expiry',
  title: 'No controlled-access data remains in buckets or volumes past their expiry date',
  controlArea: 'data-cleanup-retention',
  severity: 'high',
  nist: { sp800_53r5: ['SI-12', 'MP-6'], sp800_171r2: ['3.8.3'], sp800_171r3: ['03.08.03', '03.14.08'] },
  needs: ['s3BucketTags', 's3BucketObjectPresence', 'ec2Volumes'],
  rationale:
    'When a data use certification or project ends, the controlled-access data and every copy must be destroyed. A bucket tagged with a past expiry date that still lists objects, object versions or delete markers, or a tagged EBS volume that still exists, is data kept beyond its approval; delete markers alone can hide full noncurrent copies.',
  remediation: {
    summary:
      'Destroy the expired data, then record it in the close-out attestation. Delete every object and object version from the bucket (or the bucket) and the expired volumes; if the data use was renewed, update the expiry tag instead.',
    cli: 'aws s3api list-object-versions --bucket BUCKET --max-items 1  # then expire every version with a lifecycle rule (see s3-dbgap-lifecycle-configured): that destroys the data on purpose, once the close-out is approved',
    docUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/empty-bucket.html',
  },
  evaluate({ s3BucketTags, s3BucketObjectPresence, ec2Volumes }, { settings, now }) {
    const presenceByArn = new Map(s3BucketObjectPresence.map((entry) => [entry.arn, entry]));
    const expiryTag = settings.dbgapTags.expiry;
    const volumeFindings = ec2Volumes.flatMap((volume) => {
      // Volumes are classified by their own tags (an expiry tag classifies them too).
      if (volume.state === 'deleted' || !holdsControlledData({ kind: 'ebs-volume', name: volume.volumeId, tags: volume.tags }, settings)) return [];
      const value = volume.tags[expiryTag];
      if (value === undefined) return [];
      const label = `Volume ${volume.volumeId}`;
      const day = expiryDay(value);
      if (!day) return [error(volume, `${label} has ${expiryTag}="${value}", which is not an ISO date, so its expiry cannot be judged.`)];
      if (!isPastExpiry(day, now)) return [];
      return [fail(volume, `${label} (${volume.sizeGiB ?? '?'} GiB, ${volume.state}) expired on ${day} and still exists.`)];
    });
    const bucketFindings = s3BucketTags.flatMap((bucket) => {
      if (!holdsControlledData({ kind: 's3-bucket', name: bucket.bucket, tags: bucket.tags }, settings)) return [];
      const value = bucket.tags[expiryTag];
      if (value === undefined) return [];
      const label = `Bucket ${bucket.bucket}`;
      const day = expiryDay(value);
      if (!day) return [error(bucket, `${label} has ${expiryTag}="${value}", which is not an ISO date, so its expiry cannot be judged.`)];
      if (!isPastExpiry(day, now)) return [];
      const presence = presenceByArn.get(bucket.arn);
      if (!presence) return [error(bucket, `${label} expired on ${day}, but whether it still holds data was not collected.`)];
      if (presence.hasCurrentObjects) return [fail(bucket, `${label} expired on ${day} and still holds objects.`)];
      if (presence.hasVersionsOrDeleteMarkers) {
        return [fail(bucket, `${label} expired on ${day}; it lists no current objects but still holds object versions or delete markers.`)];
      }
      const scope = presence.hasVersionsOrDeleteMarkers === false ? 'no objects and no object versions' : 'no objects (never versioned)';
      return [pass(bucket, `${label} expired on ${day} and holds ${scope}.`)];
    });
    return [...bucketFindings, ...volumeFindings];
  },
});
