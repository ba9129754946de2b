import { defineCheck, error, fail, notApplicable, pass } from '../../src/model/check.js';
import { severityRank, type Severity } from '../../src/model/severity.js';
import { bucketAccessFacts, bucketExposure } from '../../src/rules/s3-bucket-exposure.js';

interface Problem {
  text: string;
  severity: Severity;
}

function worst(problems: readonly Problem[]): Severity {
  return problems.reduce<Severity>((max, problem) => (severityRank(problem.severity) > severityRank(max) ? problem.severity : max), 'informational');
}

/**
 * Severities (decision, the catalog gives none per property): a public trail bucket is high (anyone can read the
 * account's activity, or with a public-write ACL erase it); a bucket whose objects can be silently overwritten or
 * deleted (neither Object Lock nor versioning) is medium, since log file validation still detects tampering; missing
 * server access logging is low (it only records who read the logs).
 */
export default defineCheck({
  id: 'cloudtrail-bucket-protected',
  title: 'CloudTrail log buckets are private, access-logged and protected against deletion',
  controlArea: 'logging-monitoring',
  severity: 'high',
  nist: { sp800_53r5: ['AU-9', 'AU-9(2)', 'AC-3', 'AU-2'], sp800_171r2: ['3.3.8', '3.3.1'], sp800_171r3: ['03.03.08', '03.03.01'] },
  needs: [
    'cloudtrailTrails',
    's3Buckets',
    's3BucketPolicyStatus',
    's3BucketPolicies',
    's3BucketAcls',
    's3BucketOwnership',
    's3BucketPublicAccessBlock',
    's3AccountPublicAccessBlock',
    's3BucketLogging',
    's3BucketVersioning',
    's3BucketObjectLock',
  ],
  rationale:
    'The audit trail is only evidence while nobody can read it from outside or quietly remove entries from it. The bucket CloudTrail writes to must not be public, should record who accesses the log files, and should keep deleted or overwritten log files recoverable (Object Lock, or at least versioning), so that an intruder who gains access cannot cover their tracks.',
  remediation: {
    summary:
      'Block public access, log access and version the trail bucket. Send its access logs to a separate log bucket; better still, create the trail bucket with Object Lock and a default retention. A trail bucket owned by another (log archive) account is evaluated by scanning that account.',
    cli: 'aws s3api put-public-access-block --bucket TRAIL_BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true && aws s3api put-bucket-versioning --bucket TRAIL_BUCKET --versioning-configuration Status=Enabled  # tightens only: blocks public access and keeps overwritten log files as versions',
    docUrl: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/best-practices-security.html',
  },
  evaluate(items, context) {
    const { account } = context;
    const trailsByBucket = new Map<string, string[]>();
    for (const trail of items.cloudtrailTrails) {
      if (!trail.s3BucketName) continue;
      trailsByBucket.set(trail.s3BucketName, [...(trailsByBucket.get(trail.s3BucketName) ?? []), trail.name]);
    }
    const ownBuckets = new Map(items.s3Buckets.map((bucket) => [bucket.name, bucket]));
    const byArn = <T extends { arn: string }>(list: T[]) => new Map(list.map((entry) => [entry.arn, entry]));
    const logging = byArn(items.s3BucketLogging);
    const versioning = byArn(items.s3BucketVersioning);
    const objectLock = byArn(items.s3BucketObjectLock);
    const factsOf = bucketAccessFacts(items);

    return [...trailsByBucket].map(([name, trails]) => {
      const trailText = `trail${trails.length > 1 ? 's' : ''} ${trails.join(', ')}`;
      const bucket = ownBuckets.get(name);
      if (!bucket) {
        // ListBuckets lists every bucket this account owns: the logs go to another account (typically an
        // organization's log archive), whose own scan evaluates the bucket.
        return notApplicable(
          `arn:${account.partition}:s3:::${name}`,
          `CloudTrail bucket ${name} (${trailText}) is not owned by this account; scan the account that owns it to evaluate its protection.`,
        );
      }
      const label = `CloudTrail bucket ${name} (${trailText})`;
      const problems: Problem[] = [];
      const unknowns: string[] = [];

      // The same rules as s3-bucket-not-public, from the shared rule.
      const exposure = bucketExposure(factsOf(bucket), context);
      if (exposure.status === 'public') problems.push({ text: `is public: ${exposure.exposures.join('; ')}`, severity: 'high' });
      else if (exposure.status === 'unknown') unknowns.push(`whether it is public (${exposure.unknowns.join('; ')})`);

      const log = logging.get(bucket.arn);
      if (!log) unknowns.push('its server access logging');
      else if (log.targetBucket === null) problems.push({ text: 'has server access logging disabled', severity: 'low' });

      const lock = objectLock.get(bucket.arn);
      const versions = versioning.get(bucket.arn);
      const locked = lock?.enabled === true;
      const versioned = versions?.status === 'Enabled';
      if (!locked && !versioned) {
        if (!lock || !versions) unknowns.push('its Object Lock or versioning configuration');
        else problems.push({ text: `has neither Object Lock nor versioning (versioning ${versions.status ?? 'never enabled'}): log files can be deleted or overwritten without a trace in S3`, severity: 'medium' });
      }

      const unknownText = unknowns.length > 0 ? ` Could not evaluate ${unknowns.join('; ')}.` : '';
      if (problems.length > 0) return fail(bucket, `${label} ${problems.map((problem) => problem.text).join('; ')}.${unknownText}`, worst(problems));
      if (unknowns.length > 0) return error(bucket, `${label} could not be fully evaluated.${unknownText}`);
      return pass(bucket, `${label} is not public, logs server access and is protected by ${locked ? 'Object Lock' : 'versioning'}.`);
    });
  },
});
