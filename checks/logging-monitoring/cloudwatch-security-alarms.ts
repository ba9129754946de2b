import { DAY_MS } from '../../src/rules/dates.js';
import { accountArn, defineCheck, error, fail, pass, regionalAccountRef, unknownError, type Finding } from '../../src/model/check.js';
import { known } from '../../src/model/failure.js';
import type { Trail } from '../../src/model/items/cloudtrail.js';
import type { CloudWatchAlarm, MetricFilter } from '../../src/model/items/cloudwatch.js';
import type { SnsTopicSubscriptions } from '../../src/model/items/sns.js';
import { isLogging, logsAllManagementEvents, unreadTrailFacts } from '../../src/rules/cloudtrail-selectors.js';

/**
 * The CIS AWS Foundations set of CloudTrail events that must raise an alarm, with the Security Hub control that
 * checks each (CloudWatch.1–11). Each needs every listed term.
 */
export const MONITORED_EVENTS: ReadonlyArray<{ id: string; cis: string; label: string; terms: string[] }> = [
  { id: 'root-usage', cis: 'CloudWatch.1', label: 'root account usage', terms: ['userIdentity.type=Root', 'userIdentity.invokedBy NOT EXISTS', 'eventType!=AwsServiceEvent'] },
  { id: 'unauthorized-api-calls', cis: 'CloudWatch.2', label: 'unauthorized API calls', terms: ['errorCode=*UnauthorizedOperation', 'errorCode=AccessDenied*'] },
  { id: 'console-sign-in-without-mfa', cis: 'CloudWatch.3', label: 'console sign-in without MFA', terms: ['eventName=ConsoleLogin', 'additionalEventData.MFAUsed!=Yes'] },
  {
    id: 'iam-policy-changes',
    cis: 'CloudWatch.4',
    label: 'IAM policy changes',
    terms: [
      'DeleteGroupPolicy', 'DeleteRolePolicy', 'DeleteUserPolicy', 'PutGroupPolicy', 'PutRolePolicy', 'PutUserPolicy', 'CreatePolicy', 'DeletePolicy',
      'CreatePolicyVersion', 'DeletePolicyVersion', 'AttachRolePolicy', 'DetachRolePolicy', 'AttachUserPolicy', 'DetachUserPolicy', 'AttachGroupPolicy', 'DetachGroupPolicy',
    ].map((name) => `eventName=${name}`),
  },
  { id: 'cloudtrail-changes', cis: 'CloudWatch.5', label: 'CloudTrail configuration changes', terms: ['CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging'].map((name) => `eventName=${name}`) },
  { id: 'kms-key-disable-or-deletion', cis: 'CloudWatch.7', label: 'KMS key disabling or scheduled deletion', terms: ['eventSource=kms.amazonaws.com', 'eventName=DisableKey', 'eventName=ScheduleKeyDeletion'] },
  {
    id: 's3-bucket-policy-changes',
    cis: 'CloudWatch.8',
    label: 'S3 bucket policy changes',
    terms: [
      'eventSource=s3.amazonaws.com',
      ...['PutBucketAcl', 'PutBucketPolicy', 'PutBucketCors', 'PutBucketLifecycle', 'PutBucketReplication', 'DeleteBucketPolicy', 'DeleteBucketCors', 'DeleteBucketLifecycle', 'DeleteBucketReplication'].map((name) => `eventName=${name}`),
    ],
  },
  {
    id: 'security-group-changes',
    cis: 'CloudWatch.10',
    label: 'security group changes',
    terms: ['AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress', 'RevokeSecurityGroupIngress', 'RevokeSecurityGroupEgress', 'CreateSecurityGroup', 'DeleteSecurityGroup'].map((name) => `eventName=${name}`),
  },
  {
    id: 'nacl-changes',
    cis: 'CloudWatch.11',
    label: 'network ACL changes',
    terms: ['CreateNetworkAcl', 'CreateNetworkAclEntry', 'DeleteNetworkAcl', 'DeleteNetworkAclEntry', 'ReplaceNetworkAclEntry', 'ReplaceNetworkAclAssociation'].map((name) => `eventName=${name}`),
  },
];

const COMPARISON = /\$\.([\w.[\]-]+)\s*(!=|=)\s*(?:"([^"]*)"|([^\s()|&"]+))/g;
const NOT_EXISTS = /\$\.([\w.[\]-]+)\s+NOT\s+EXISTS/gi;

/**
 * The comparisons a metric filter pattern makes, normalized (`field=value`, `field!=value`, `field NOT EXISTS`), so
 * that whitespace, quoting, parentheses and term order do not matter.
 */
export function patternTerms(pattern: string): Set<string> {
  const terms = new Set<string>();
  for (const match of pattern.matchAll(COMPARISON)) terms.add(`${match[1]}${match[2]}${match[3] ?? match[4] ?? ''}`);
  for (const match of pattern.matchAll(NOT_EXISTS)) terms.add(`${match[1]} NOT EXISTS`);
  return terms;
}

export function matchesEvent(pattern: string, event: { terms: string[] }): boolean {
  const terms = patternTerms(pattern);
  return event.terms.every((term) => terms.has(term));
}

/** `arn:aws:logs:us-east-1:123456789012:log-group:CloudTrail/logs:*` → region and name. */
export function parseLogGroupArn(arn: string): { region: string; name: string } | undefined {
  const match = /^arn:[^:]+:logs:([^:]+):[^:]*:log-group:([^:]+)(:\*)?$/.exec(arn);
  return match?.[1] && match[2] ? { region: match[1], name: match[2] } : undefined;
}


type Outcome = { status: 'ok' } | { status: 'missing'; reason: string } | { status: 'unknown'; reason: string };

function evaluateEvent(
  event: (typeof MONITORED_EVENTS)[number],
  logGroups: Array<{ region: string; name: string }>,
  filters: MetricFilter[],
  alarms: CloudWatchAlarm[],
  topics: Map<string, SnsTopicSubscriptions>,
): Outcome {
  const matching = filters.filter(
    (filter) => logGroups.some((group) => group.region === filter.region && group.name === filter.logGroupName) && matchesEvent(filter.filterPattern, event),
  );
  if (matching.length === 0) return { status: 'missing', reason: 'no metric filter' };
  const watching = alarms.filter((alarm) =>
    matching.some(
      (filter) =>
        filter.region === alarm.region &&
        filter.metricTransformations.some((metric) => alarm.metrics.some((watched) => watched.metricName === metric.metricName && watched.namespace === metric.metricNamespace)),
    ),
  );
  if (watching.length === 0) return { status: 'missing', reason: 'no alarm on its metric' };
  let unknownTopic: string | undefined;
  for (const alarm of watching.filter((candidate) => candidate.actionsEnabled)) {
    for (const action of alarm.alarmActions.filter((candidate) => candidate.split(':')[2] === 'sns')) {
      const topic = topics.get(action);
      if (!topic) unknownTopic ??= action;
      else if (topic.subscriptions.some((subscription) => subscription.confirmed)) return { status: 'ok' };
    }
  }
  if (unknownTopic) return { status: 'unknown', reason: `subscriptions of ${unknownTopic} unknown` };
  return { status: 'missing', reason: 'alarm notifies no SNS topic with a confirmed subscription' };
}

function isRecentlyDelivering(trail: Trail, now: Date): boolean {
  const last = known(trail.status)?.latestCloudWatchLogsDeliveryTime;
  return last !== undefined && now.getTime() - new Date(last).getTime() <= DAY_MS;
}

export default defineCheck({
  id: 'cloudwatch-security-alarms',
  title: 'CloudTrail events feed CloudWatch alarms for the key security events',
  controlArea: 'logging-monitoring',
  severity: 'medium',
  nist: {
    sp800_53r5: ['AU-6', 'AU-6(1)', 'AU-5', 'SI-4', 'SI-4(2)', 'IR-4'],
    sp800_171r2: ['3.3.4', '3.3.5', '3.14.6', '3.14.7'],
    sp800_171r3: ['03.03.04', '03.03.05', '03.14.06'],
  },
  needs: ['cloudtrailTrails', 'cloudwatchMetricFilters', 'cloudwatchAlarms', 'snsSubscriptions'],
  rationale:
    'Root sign-ins, policy edits, stopped trails and opened security groups are how a breach of controlled-access data usually starts. An alarm that reaches a person within minutes turns the audit log into detection; without it these events are only found after the fact, if ever.',
  remediation: {
    summary:
      'Alarm on the CIS events from a multi-region trail in CloudWatch Logs. Add a metric filter and an alarm for each event (root use, unauthorized calls, sign-in without MFA, IAM policy, CloudTrail, KMS key, S3 bucket policy, security group and NACL changes), notifying an SNS topic with a confirmed subscriber. If EventBridge rules or a SIEM do this instead, waive this check and attach their configuration as evidence.',
    cli: `aws logs put-metric-filter --log-group-name TRAIL_LOG_GROUP --filter-name root-usage --metric-transformations metricName=RootUsage,metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }' && aws cloudwatch put-metric-alarm --alarm-name root-usage --metric-name RootUsage --namespace CISBenchmark --statistic Sum --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions SNS_TOPIC_ARN  # adds a filter and an alarm named root-usage (a filter or alarm of that name is overwritten)`,
    docUrl: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
  },
  evaluate({ cloudtrailTrails, cloudwatchMetricFilters, cloudwatchAlarms, snsSubscriptions }, { account, now }) {
    const fullTrails = cloudtrailTrails.filter((trail) => trail.isMultiRegion);
    // A trail that sends nothing to CloudWatch Logs feeds no alarm whatever its status: only the others can matter.
    const unreadable = fullTrails.filter((trail) => trail.cloudWatchLogsLogGroupArn !== undefined && unreadTrailFacts(trail).length > 0);
    const candidates = fullTrails.filter(
      (trail) => isLogging(trail) === true && logsAllManagementEvents(trail) === true && trail.cloudWatchLogsLogGroupArn !== undefined,
    );
    // An unread trail may feed a log group of its own region: a region that does not pass waits for it.
    const findings: Finding[] = [];
    const unreadByRegion = new Map<string, Trail[]>();
    for (const trail of unreadable) {
      const region = parseLogGroupArn(trail.cloudWatchLogsLogGroupArn ?? '')?.region;
      if (!region) findings.push(unknownError(accountArn(account), `Whether trail ${trail.name} feeds the security alarms`, unreadTrailFacts(trail)));
      else unreadByRegion.set(region, [...(unreadByRegion.get(region) ?? []), trail]);
    }
    if (candidates.length === 0) {
      if (unreadable.length > 0) {
        // Read, the trails either feed no alarm (one account-level finding) or feed their log groups' regions.
        const regional = [...unreadByRegion].map(([region, trails]) =>
          unknownError(regionalAccountRef(account, 'cloudwatch', region), `The security alarms of region ${region}`, trails.flatMap(unreadTrailFacts)),
        );
        return [unknownError(accountArn(account), `Whether trail ${unreadable.map((trail) => trail.name).join(', ')} feeds the security alarms`, unreadable.flatMap(unreadTrailFacts)), ...regional];
      }
      const all = MONITORED_EVENTS.map((event) => `${event.label} (${event.cis})`).join('; ');
      return [fail(accountArn(account), `No logging multi-region trail that records all management events sends them to CloudWatch Logs, so none of the ${MONITORED_EVENTS.length} CIS security events can raise an alarm: ${all}.`)];
    }
    // One result per region of a trail's log group: the filters and alarms live there.
    const byRegion = new Map<string, Array<{ trail: Trail; group: { region: string; name: string } }>>();
    for (const trail of candidates) {
      const group = parseLogGroupArn(trail.cloudWatchLogsLogGroupArn ?? '');
      if (!group) {
        findings.push(fail(accountArn(account), `Trail ${trail.name} names a CloudWatch Logs group that could not be parsed: ${trail.cloudWatchLogsLogGroupArn ?? ''}.`));
        continue;
      }
      byRegion.set(group.region, [...(byRegion.get(group.region) ?? []), { trail, group }]);
    }
    for (const [region, trails] of unreadByRegion) {
      if (byRegion.has(region)) continue;
      findings.push(unknownError(regionalAccountRef(account, 'cloudwatch', region), `The security alarms of region ${region}`, trails.flatMap(unreadTrailFacts)));
    }
    const topics = new Map(snsSubscriptions.map((topic) => [topic.topicArn, topic]));
    for (const [region, feeds] of byRegion) {
      const where = regionalAccountRef(account, 'cloudwatch', region);
      const unread = unreadByRegion.get(region) ?? [];
      const groups = feeds.map((feed) => feed.group);
      const names = [...new Set(groups.map((group) => group.name))].join(', ');
      const outcomes = MONITORED_EVENTS.map((event) => ({ event, outcome: evaluateEvent(event, groups, cloudwatchMetricFilters, cloudwatchAlarms, topics) }));
      const missing = outcomes.filter(({ outcome }) => outcome.status === 'missing');
      const missingList = missing.map(({ event, outcome }) => `${event.label} (${event.cis}: ${outcome.status === 'missing' ? outcome.reason : ''})`);
      const delivering = feeds.filter((feed) => isRecentlyDelivering(feed.trail, now));
      const passes = delivering.length > 0 && missing.length === 0 && outcomes.every(({ outcome }) => outcome.status === 'ok');
      if (!passes && unread.length > 0) {
        findings.push(unknownError(where, `The security alarms of region ${region} (trail ${unread.map((trail) => trail.name).join(', ')} may feed another log group there)`, unread.flatMap(unreadTrailFacts)));
        continue;
      }
      if (delivering.length === 0) {
        const last = feeds.map((feed) => `${feed.trail.name} (last delivery ${known(feed.trail.status)?.latestCloudWatchLogsDeliveryTime ?? 'never'})`);
        const also = missing.length > 0 ? ` Also missing: ${missingList.join('; ')}.` : '';
        findings.push(fail(where, `Log group ${names} in ${region}: no trail has delivered to it in the last 24 hours: ${last.join(', ')}.${also}`));
        continue;
      }
      if (missing.length > 0) {
        findings.push(fail(where, `Log group ${names} in ${region}: ${missing.length} of ${MONITORED_EVENTS.length} security events raise no notified alarm: ${missingList.join('; ')}.`));
        continue;
      }
      const unknown = outcomes.filter(({ outcome }) => outcome.status === 'unknown');
      if (unknown.length > 0) {
        findings.push(error(where, `Log group ${names} in ${region}: ${unknown.map(({ event, outcome }) => `${event.label} (${outcome.status === 'unknown' ? outcome.reason : ''})`).join('; ')}.`));
        continue;
      }
      findings.push(pass(where, `Log group ${names} in ${region} has metric filters and notified alarms for all ${MONITORED_EVENTS.length} CIS security events.`));
    }
    return findings;
  },
});
