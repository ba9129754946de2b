import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { isDbgapBucket, severityForStore } from '../../src/rules/data-classification.js';
import { bucketNameFromArn } from '../../src/rules/arn.js';
import { type S3ReplicationRule } from '../../src/model/items/s3.js';

interface RuleVerdict {
  violations: string[];
  unknowns: string[];
}

export default defineCheck({
  id: 's3-replication-destination-allowed',
  title: 'S3 replication only copies data to allowed regions and accounts',
  controlArea: 'data-location',
  severity: 'high',
  nist: { sp800_53r5: ['AC-4', 'CM-12', 'SA-9(5)'], sp800_171r2: ['3.1.3'], sp800_171r3: ['03.01.03', '03.04.11'] },
  needs: ['s3Buckets', 's3BucketReplication', 's3BucketTags'],
  rationale:
    'A replication rule silently keeps a second, continuously updated copy of every object somewhere else. If that destination is in a region or an account the data use agreement and security plan do not name, controlled-access data has left the approved boundary without anyone downloading it. General-purpose scanners reward cross-region replication for resilience; here the destination has to be an approved one.',
  remediation: {
    summary:
      'Replicate only to buckets in allowed regions and approved accounts. Point the rule at such a bucket (settings.allowedAccounts lists approved accounts), or disable the rule and delete the copies it made.',
    cli: 'aws s3api get-bucket-replication --bucket BUCKET --query ReplicationConfiguration > replication.json  # set the rule’s Destination.Bucket to an allowed bucket (or its Status to Disabled), then (it replaces the whole configuration): aws s3api put-bucket-replication --bucket BUCKET --replication-configuration file://replication.json',
    docUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html',
  },
  evaluate({ s3Buckets, s3BucketReplication, s3BucketTags }, { account, settings }) {
    const ownBuckets = new Map(s3Buckets.map((bucket) => [bucket.name, bucket]));
    const tagsByArn = new Map(s3BucketTags.map((entry) => [entry.arn, entry.tags]));
    const allowedRegions = new Set(settings.allowedRegions.map((region) => region.toLowerCase()));
    const allowedAccounts = new Set([account.id, ...settings.allowedAccounts]);

    function judge(rule: S3ReplicationRule): RuleVerdict {
      const verdict: RuleVerdict = { violations: [], unknowns: [] };
      const name = bucketNameFromArn(rule.destinationBucketArn);
      const own = ownBuckets.get(name);
      // Destination.Account is only set for cross-account rules; a destination among this account's buckets is ours.
      const destinationAccount = rule.destinationAccount ?? (own ? account.id : undefined);
      if (destinationAccount === undefined) {
        verdict.unknowns.push(`the owner of destination ${name} is unknown (not a bucket of this account, and the rule names no Destination.Account)`);
      } else if (!allowedAccounts.has(destinationAccount)) {
        verdict.violations.push(`destination ${name} belongs to account ${destinationAccount}, which is not in allowedAccounts`);
      }
      if (allowedRegions.size > 0) {
        if (!own) {
          verdict.unknowns.push(`the region of destination ${name} cannot be read from this account`);
        } else if (!allowedRegions.has(own.region.toLowerCase())) {
          verdict.violations.push(`destination ${name} is in ${own.region}, outside the allowed regions (${settings.allowedRegions.join(', ')})`);
        }
      }
      return verdict;
    }

    return s3BucketReplication.map((bucket) => {
      const dbgap = isDbgapBucket(bucket.bucket, tagsByArn.get(bucket.arn), settings);
      const label = `${dbgap ? 'dbGaP bucket' : 'Bucket'} ${bucket.bucket}`;
      const active = (bucket.rules ?? []).filter((rule) => rule.status === 'Enabled');
      if (active.length === 0) {
        return pass(bucket, bucket.rules === null ? `${label} has no replication configuration.` : `${label} has no enabled replication rule.`);
      }
      const verdicts = active.map((rule) => ({ rule, ...judge(rule) }));
      const ruleName = (rule: S3ReplicationRule) => (rule.id ? `rule ${rule.id}` : 'an unnamed rule');
      const violations = verdicts.flatMap(({ rule, violations: list }) => list.map((text) => `${ruleName(rule)}: ${text}`));
      if (violations.length > 0) return fail(bucket, `${label} replicates to a disallowed destination: ${violations.join('; ')}.`, severityForStore(dbgap, 'high', 'medium'));
      const unknowns = verdicts.flatMap(({ rule, unknowns: list }) => list.map((text) => `${ruleName(rule)}: ${text}`));
      if (unknowns.length > 0) return error(bucket, `${label} replicates to a destination that could not be verified: ${unknowns.join('; ')}.`);
      const destinations = [...new Set(active.map((rule) => bucketNameFromArn(rule.destinationBucketArn)))].join(', ');
      return pass(bucket, `${label} replicates only to allowed destinations (${destinations}).`);
    });
  },
});
