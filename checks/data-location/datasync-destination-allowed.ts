import { defineCheck, error, fail, notApplicable, pass } from '../../src/model/check.js';

/** The bucket of an `s3://bucket/prefix/` location URI (S3 on Outposts and access points are not parsed). */
function bucketOf(uri: string): string | undefined {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/|$)/.exec(uri);
  return match?.[1];
}

export default defineCheck({
  id: 'datasync-destination-allowed',
  title: 'DataSync tasks copy data only to this account’s buckets in allowed regions',
  controlArea: 'data-location',
  severity: 'high',
  nist: { sp800_53r5: ['AC-4', 'CM-12', 'SA-9(5)'], sp800_171r2: ['3.1.3'], sp800_171r3: ['03.01.03', '03.04.11'] },
  needs: ['datasyncTasks', 's3Buckets'],
  rationale:
    'A DataSync task moves whole datasets on a schedule. A task whose destination is a bucket of another account, or a bucket in a region the security plan does not name, takes controlled-access data outside the approved boundary. S3 destinations are judged; NFS, SMB, HDFS, EFS, FSx and object-storage destinations are reported for review.',
  remediation: {
    summary:
      'Point the task at an approved bucket, or delete it. Use a bucket of this account in an allowed region; delete the copies already made at the old destination once the owner confirms.',
    cli: 'aws datasync describe-task --task-arn TASK_ARN  # create a new task with an approved --destination-location-arn, then: aws datasync delete-task --task-arn TASK_ARN (the data already copied stays where it is)',
    docUrl: 'https://docs.aws.amazon.com/datasync/latest/userguide/create-s3-location.html',
  },
  evaluate({ datasyncTasks, s3Buckets }, { settings }) {
    const buckets = new Map(s3Buckets.map((bucket) => [bucket.name, bucket]));
    const allowedRegions = new Set(settings.allowedRegions.map((region) => region.toLowerCase()));
    return datasyncTasks.map((task) => {
      const label = `DataSync task ${task.name ?? task.arn}`;
      const uri = task.destinationLocationUri;
      if (!uri) return error(task, `${label}: its destination location ${task.destinationLocationArn ?? '(none named)'} is not among the region's locations (datasync:ListLocations), so where it copies is unknown.`);
      if (!uri.startsWith('s3://')) return notApplicable(task, `${label} copies to ${uri}, which is not an S3 location: review it by hand.`);
      const name = bucketOf(uri);
      if (!name) return error(task, `${label} copies to ${uri}, whose bucket could not be read from the URI.`);
      const bucket = buckets.get(name);
      if (!bucket) return fail(task, `${label} copies to bucket ${name}, which is not a bucket of this account.`);
      if (allowedRegions.size > 0 && !allowedRegions.has(bucket.region.toLowerCase())) {
        return fail(task, `${label} copies to bucket ${name} in ${bucket.region}, outside the allowed regions (${settings.allowedRegions.join(', ')}).`);
      }
      return pass(task, `${label} copies to bucket ${name} of this account${allowedRegions.size > 0 ? ` in allowed region ${bucket.region}` : ''}.`);
    });
  },
});
