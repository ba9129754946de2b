import { defineCheck, fail, pass, unknownError } from '../../src/model/check.js';
import { known } from '../../src/model/failure.js';
import { isLogging, unreadTrailFacts } from '../../src/rules/cloudtrail-selectors.js';
import { isDbgapBucket, severityForStore } from '../../src/rules/data-classification.js';
import type { S3Bucket } from '../../src/model/items/s3.js';
import type { Trail, TrailEventSelectors } from '../../src/model/items/cloudtrail.js';

type AdvancedSelector = TrailEventSelectors['advancedEventSelectors'][number];
type FieldSelector = AdvancedSelector['fieldSelectors'][number];

/** Which halves of object-level activity a trail records for a bucket. */
export interface Coverage {
  read: boolean;
  write: boolean;
}

function partitionOf(arn: string): string {
  return arn.split(':')[1] ?? 'aws';
}

function classicCoverage(trail: Trail, bucket: S3Bucket): Coverage {
  const partition = partitionOf(bucket.arn);
  const accepted = new Set([`arn:${partition}:s3`, `arn:${partition}:s3:::`, `arn:${partition}:s3:::${bucket.name}/`]);
  const coverage: Coverage = { read: false, write: false };
  for (const selector of known(trail.selectors)?.eventSelectors ?? []) {
    const logsBucket = selector.dataResources.some(
      (resource) => resource.type === 'AWS::S3::Object' && resource.values.some((value) => accepted.has(value)),
    );
    if (!logsBucket) continue;
    if (selector.readWriteType === 'All' || selector.readWriteType === 'ReadOnly') coverage.read = true;
    if (selector.readWriteType === 'All' || selector.readWriteType === 'WriteOnly') coverage.write = true;
  }
  return coverage;
}

/** Fields that may appear on a data-event selector without narrowing it below "every object of the bucket". */
const NEUTRAL_FIELDS = new Set(['eventCategory', 'resources.type', 'resources.ARN', 'readOnly']);

function hasOnly(selector: FieldSelector | undefined, operators: ReadonlyArray<keyof FieldSelector>): boolean {
  if (!selector) return true;
  return (Object.keys(selector) as Array<keyof FieldSelector>).every(
    (key) => key === 'field' || operators.includes(key) || (selector[key]?.length ?? 0) === 0,
  );
}

function advancedSelectorCoverage(selector: AdvancedSelector, bucket: S3Bucket): Coverage {
  const none: Coverage = { read: false, write: false };
  const field = (name: string) => selector.fieldSelectors.find((entry) => entry.field === name);
  if (!(field('eventCategory')?.equals ?? []).includes('Data')) return none;
  if (!(field('resources.type')?.equals ?? []).includes('AWS::S3::Object')) return none;
  for (const entry of selector.fieldSelectors) {
    if (NEUTRAL_FIELDS.has(entry.field)) continue;
    // eventSource = s3.amazonaws.com is implied by the resource type; anything else narrows the events logged.
    if (entry.field === 'eventSource' && hasOnly(entry, ['equals']) && (entry.equals ?? []).includes('s3.amazonaws.com')) continue;
    return none;
  }
  const objects = `arn:${partitionOf(bucket.arn)}:s3:::${bucket.name}/`;
  const arnField = field('resources.ARN');
  if (arnField) {
    // Only StartsWith (covering the bucket) and NotStartsWith (not touching it) keep every object of the bucket.
    if (!hasOnly(arnField, ['startsWith', 'notStartsWith'])) return none;
    if (arnField.startsWith?.length && !arnField.startsWith.some((prefix) => objects.startsWith(prefix))) return none;
    if ((arnField.notStartsWith ?? []).some((prefix) => objects.startsWith(prefix) || prefix.startsWith(objects))) return none;
  }
  const readOnly = field('readOnly');
  if (!readOnly) return { read: true, write: true };
  if (!hasOnly(readOnly, ['equals'])) return none;
  const values = new Set((readOnly.equals ?? []).map((value) => value.toLowerCase()));
  return { read: values.has('true'), write: values.has('false') };
}

/** Object-level read/write coverage of one bucket by one trail's selectors (ignoring whether the trail is logging). */
export function dataEventCoverage(trail: Trail, bucket: S3Bucket): Coverage {
  const coverage = classicCoverage(trail, bucket);
  for (const selector of known(trail.selectors)?.advancedEventSelectors ?? []) {
    const advanced = advancedSelectorCoverage(selector, bucket);
    coverage.read ||= advanced.read;
    coverage.write ||= advanced.write;
  }
  return coverage;
}

function describe(coverage: Coverage): string {
  if (coverage.read && coverage.write) return 'read and write';
  if (coverage.read) return 'read only (no write events)';
  if (coverage.write) return 'write only (no read events)';
  return 'no';
}

export default defineCheck({
  id: 'cloudtrail-s3-data-events',
  title: 'CloudTrail records object-level read and write events for every dbGaP bucket',
  controlArea: 'logging-monitoring',
  severity: 'high',
  nist: { sp800_53r5: ['AU-2', 'AU-3', 'AU-12', 'AC-6(9)'], sp800_171r2: ['3.3.1', '3.3.2'], sp800_171r3: ['03.03.01', '03.03.02', '03.03.03'] },
  needs: ['cloudtrailTrails', 's3Buckets', 's3BucketTags'],
  // Tags only classify a bucket (dbGaP or not); an unread tag set never blocks a verdict, it keeps the severity high.
  judgesFailuresOf: ['s3BucketTags'],
  rationale:
    'Management events say who changed a bucket, not who downloaded which genome. Only S3 data events (GetObject, PutObject, DeleteObject) record each access to a controlled-access file, which is what an incident report to NIH has to reconstruct.',
  remediation: {
    summary:
      'Log S3 data events (read and write) for the bucket on a logging trail. Add the selector to a multi-region trail, for the bucket or for all buckets.',
    cli: `aws cloudtrail get-event-selectors --trail-name TRAIL_NAME --query AdvancedEventSelectors > selectors.json && jq 'if type == "array" then . + [{"Name":"S3 objects","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::S3::Object"]},{"Field":"resources.ARN","StartsWith":["arn:aws:s3:::BUCKET/"]}]}] else error("the trail uses basic event selectors: rewrite them as advanced selectors first") end' selectors.json > merged.json && aws cloudtrail put-event-selectors --trail-name TRAIL_NAME --advanced-event-selectors file://merged.json  # keeps the existing selectors: put-event-selectors replaces them all, management events included`,
    docUrl: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html',
  },
  evaluate({ cloudtrailTrails, s3Buckets, s3BucketTags }, { settings, failures }) {
    const tagsByArn = new Map(s3BucketTags.map((entry) => [entry.arn, entry.tags]));
    const tagsUnread = new Set((failures.s3BucketTags ?? []).map((failure) => failure.resourceArn ?? '*'));
    return s3Buckets.map((bucket) => {
      const tags = tagsByArn.get(bucket.arn);
      const unread = tags === undefined && (tagsUnread.has(bucket.arn) || tagsUnread.has('*'));
      const isDbgap = isDbgapBucket(bucket.name, tags, settings) ? true : unread ? 'unknown' : false;
      const severity = severityForStore(isDbgap, 'high');
      const label = `${isDbgap === true ? 'dbGaP bucket' : 'Bucket'} ${bucket.name}`;
      const classification = isDbgap === 'unknown' ? ' Its tags could not be read, so it is treated as possibly holding dbGaP data.' : '';
      // S3 data events are recorded in the bucket's region: a single-region trail elsewhere does not see them.
      const trails = cloudtrailTrails.filter((trail) => trail.isMultiRegion || trail.homeRegion === bucket.region);
      const logging = trails.filter((trail) => isLogging(trail) === true);
      const total: Coverage = { read: false, write: false };
      const contributors: string[] = [];
      for (const trail of logging) {
        const coverage = dataEventCoverage(trail, bucket);
        if (coverage.read || coverage.write) contributors.push(trail.name);
        total.read ||= coverage.read;
        total.write ||= coverage.write;
      }
      if (total.read && total.write) return pass(bucket, `${label}: object-level read and write events are logged by ${contributors.join(', ')}.`);
      // An unread trail could log the missing half: the verdict waits for it.
      const unknown = trails.filter((trail) => unreadTrailFacts(trail).length > 0);
      if (unknown.length > 0) {
        return unknownError(bucket, `${label}'s data-event coverage by trail ${unknown.map((trail) => trail.name).join(', ')}`, unknown.flatMap(unreadTrailFacts));
      }
      const stopped = trails.filter((trail) => isLogging(trail) !== true && describe(dataEventCoverage(trail, bucket)) !== 'no');
      const note = stopped.length > 0 ? ` Trail ${stopped.map((trail) => trail.name).join(', ')} selects it but is not logging.` : '';
      return fail(bucket, `${label}: ${describe(total)} object-level events are logged by a logging trail.${note}${classification}`, severity);
    });
  },
});
