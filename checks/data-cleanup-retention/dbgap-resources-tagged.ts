import { defineCheck, fail, pass } from '../../src/model/check.js';
import { isDbgapBucket } from '../../src/rules/data-classification.js';
import { expiryDay } from '../../src/rules/dates.js';

export default defineCheck({
  id: 'dbgap-resources-tagged',
  title: 'dbGaP buckets carry the project and expiry tags',
  controlArea: 'data-cleanup-retention',
  severity: 'low',
  nist: { sp800_53r5: ['CM-8', 'CM-12', 'AC-16'], sp800_171r2: ['3.4.1'], sp800_171r3: ['03.04.10', '03.04.11'] },
  needs: ['s3BucketTags'],
  rationale:
    'Close-out starts with knowing where each project\'s controlled-access data lives and when its data use ends. A project tag and an ISO expiry date on every dbGaP bucket let the expiry, lifecycle and crypto-erasure checks find data that must be destroyed.',
  remediation: {
    summary:
      'Tag each dbGaP bucket with its project id and expiry date (YYYY-MM-DD). The expiry is the day the data use certification or the project ends.',
    cli: `aws s3api get-bucket-tagging --bucket BUCKET > tags.json && jq '{TagSet: (.TagSet + [{"Key":"dbgap:project","Value":"phs000000"},{"Key":"dbgap:expiry","Value":"2027-06-30"}])}' tags.json > merged.json && aws s3api put-bucket-tagging --bucket BUCKET --tagging file://merged.json  # keeps the existing tags (put-bucket-tagging replaces the whole set); with none yet (NoSuchTagSet) start tags.json from {"TagSet":[]}`,
    docUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/CostAllocTagging.html',
  },
  evaluate({ s3BucketTags }, { settings }) {
    const { project, expiry } = settings.dbgapTags;
    return s3BucketTags
      .filter((bucket) => isDbgapBucket(bucket.bucket, bucket.tags, settings))
      .map((bucket) => {
        const problems: string[] = [];
        if (!bucket.tags[project]?.trim()) problems.push(`no ${project} tag`);
        const expiryValue = bucket.tags[expiry];
        if (expiryValue === undefined) problems.push(`no ${expiry} tag`);
        else if (!expiryDay(expiryValue)) problems.push(`${expiry}="${expiryValue}" is not an ISO date (YYYY-MM-DD)`);
        return problems.length === 0
          ? pass(bucket, `dbGaP bucket ${bucket.bucket} is tagged ${project}=${bucket.tags[project]} and ${expiry}=${expiryValue}.`)
          : fail(bucket, `dbGaP bucket ${bucket.bucket} has ${problems.join(' and ')}.`);
      });
  },
});
