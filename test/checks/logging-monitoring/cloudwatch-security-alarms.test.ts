import { describe, expect, it } from 'vitest';
import check, { MONITORED_EVENTS, matchesEvent, parseLogGroupArn } from '../../../checks/logging-monitoring/cloudwatch-security-alarms.js';
import type { Trail } from '../../../src/model/items/cloudtrail.js';
import type { CloudWatchAlarm, MetricFilter } from '../../../src/model/items/cloudwatch.js';
import type { SnsTopicSubscriptions } from '../../../src/model/items/sns.js';
import { aFailure, anUnknown, NOW, run, statuses } from '../../helpers/inventory.js';
import { aTrail } from '../../helpers/cloudtrail.js';
import { aMetricFilter, anAlarm, CIS_PATTERNS } from '../../helpers/cloudwatch.js';
import { aTopic } from '../../helpers/sns.js';

const LOG_GROUP = 'CloudTrail/audit';
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:security-alerts';

/** CIS-benchmark patterns as AWS documents them. */

const trail = (overrides: Partial<Trail> = {}) =>
  aTrail('audit', {
    cloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:123456789012:log-group:${LOG_GROUP}:*`,
    status: { isLogging: true, latestCloudWatchLogsDeliveryTime: new Date(NOW.getTime() - 3_600_000).toISOString() },
    ...overrides,
  });

function fullSetup(): { filters: MetricFilter[]; alarms: CloudWatchAlarm[]; topics: SnsTopicSubscriptions[] } {
  return {
    filters: MONITORED_EVENTS.map((event) => aMetricFilter(LOG_GROUP, event.id, CIS_PATTERNS[event.id] ?? '')),
    alarms: MONITORED_EVENTS.map((event) => anAlarm(`${event.id}-alarm`, event.id)),
    topics: [aTopic(TOPIC)],
  };
}

function evaluate(trails: Trail[], setup = fullSetup()) {
  return run(check, { cloudtrailTrails: trails, cloudwatchMetricFilters: setup.filters, cloudwatchAlarms: setup.alarms, snsSubscriptions: setup.topics });
}

describe('cloudwatch-security-alarms', () => {
  it.each(MONITORED_EVENTS.map((event) => [event.id, event] as const))('recognizes the CIS pattern for %s', (id, event) => {
    expect(matchesEvent(CIS_PATTERNS[id] ?? '', event)).toBe(true);
    // …and only that one: no other event's pattern satisfies it.
    for (const [otherId, pattern] of Object.entries(CIS_PATTERNS)) if (otherId !== id) expect(matchesEvent(pattern, event)).toBe(false);
  });

  it.each([
    ['reordered terms and no spaces', '{$.eventType!="AwsServiceEvent"&&$.userIdentity.invokedBy NOT EXISTS&&$.userIdentity.type="Root"}', true],
    ['extra whitespace and line breaks', '{\n  $.userIdentity.type   =   "Root"\n  && $.userIdentity.invokedBy   NOT   EXISTS\n  && $.eventType != "AwsServiceEvent" }', true],
    ['a missing term', '{ $.userIdentity.type = "Root" && $.eventType != "AwsServiceEvent" }', false],
    ['an inverted comparison', '{ $.userIdentity.type != "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }', false],
  ])('root-usage pattern with %s → %s', (_name, pattern, expected) => {
    expect(matchesEvent(pattern, MONITORED_EVENTS[0] as (typeof MONITORED_EVENTS)[number])).toBe(expected);
  });

  it('passes with filters, alarms and a subscribed topic for every event', () => {
    const results = evaluate([trail()]);
    expect(statuses(results)).toEqual(['pass']);
    expect(results[0]).toMatchObject({ resourceArn: 'arn:aws:cloudwatch:us-east-1:123456789012:account', region: 'us-east-1' });
  });

  it.each<[string, (setup: ReturnType<typeof fullSetup>) => void, RegExp]>([
    ['a missing metric filter', (setup) => void setup.filters.splice(0, 1), /root account usage \(CloudWatch\.\d+: no metric filter\)/],
    ['a filter on another log group', (setup) => void (setup.filters[2] = { ...(setup.filters[2] as MetricFilter), logGroupName: 'other' }), /console sign-in without MFA \(CloudWatch\.\d+: no metric filter\)/],
    ['an alarm on another namespace', (setup) => void (setup.alarms[1] = anAlarm('x', 'unauthorized-api-calls', { metrics: [{ metricName: 'unauthorized-api-calls', namespace: 'Other' }] })), /unauthorized API calls \(CloudWatch\.\d+: no alarm on its metric\)/],
    ['an alarm in another region', (setup) => void (setup.alarms[1] = anAlarm('x', 'unauthorized-api-calls', { region: 'us-west-2' })), /unauthorized API calls \(CloudWatch\.\d+: no alarm on its metric\)/],
    ['an alarm without actions', (setup) => void (setup.alarms[3] = anAlarm('x', 'iam-policy-changes', { alarmActions: [] })), /IAM policy changes \(CloudWatch\.\d+: alarm notifies no SNS topic/],
    ['an alarm with actions disabled', (setup) => void (setup.alarms[3] = anAlarm('x', 'iam-policy-changes', { actionsEnabled: false })), /IAM policy changes \(CloudWatch\.\d+: alarm notifies/],
    ['a topic whose only subscription is pending', (setup) => void (setup.topics[0] = aTopic(TOPIC, [{ protocol: 'email', confirmed: false }])), /9 of 9/],
    ['a topic that no longer exists', (setup) => void (setup.topics[0] = { ...aTopic(TOPIC, []), topicExists: false }), /9 of 9/],
  ])('fails with %s', (_name, mutate, message) => {
    const setup = fullSetup();
    mutate(setup);
    const results = evaluate([trail()], setup);
    expect(statuses(results)).toEqual(['fail']);
    expect(results[0]?.message).toMatch(message);
  });

  it.each<[string, Trail[], RegExp]>([
    ['no trail', [], /No logging multi-region trail/],
    ['a trail without a log group', [trail({ cloudWatchLogsLogGroupArn: undefined })], /No logging multi-region trail/],
    ['a single-region trail', [trail({ isMultiRegion: false })], /No logging multi-region trail/],
    ['a trail that stopped logging', [trail({ status: { isLogging: false, latestCloudWatchLogsDeliveryTime: NOW.toISOString() } })], /No logging multi-region trail/],
    ['no delivery in the last 24 hours', [trail({ status: { isLogging: true, latestCloudWatchLogsDeliveryTime: '2026-11-20T00:00:00.000Z' } })], /last delivery 2026-11-20/],
    ['never delivered', [trail({ status: { isLogging: true } })], /last delivery never/],
  ])('fails for %s', (_name, trails, message) => {
    const results = evaluate(trails);
    expect(statuses(results)).toEqual(['fail']);
    expect(results[0]?.message).toMatch(message);
  });

  it('is an error, for the account and for the region of its log group, when the only trail status is unreadable', () => {
    const results = evaluate([trail({ status: anUnknown('status', { api: 'cloudtrail.GetTrailStatus', action: 'cloudtrail:GetTrailStatus' }) })]);
    // Read, the trail either feeds no alarm (an account-level fail) or feeds its log group's region.
    expect(results.map((result) => [result.resourceArn, result.status])).toEqual([
      ['arn:aws:iam::123456789012:root', 'error'],
      ['arn:aws:cloudwatch:us-east-1:123456789012:account', 'error'],
    ]);
    expect(results.every((result) => result.message.includes('cloudtrail:GetTrailStatus'))).toBe(true);
  });

  it('is an error, not a pass or a fail, when the subscriptions of an alarm topic are unknown', () => {
    const setup = fullSetup();
    setup.topics = [];
    const results = run(check, {
      cloudtrailTrails: [trail()],
      cloudwatchMetricFilters: setup.filters,
      cloudwatchAlarms: setup.alarms,
      snsSubscriptions: { items: [], failures: [aFailure({ api: 'sns.ListSubscriptionsByTopic', action: 'sns:ListSubscriptionsByTopic', code: 'AuthorizationErrorException', resourceArn: TOPIC })] },
    });
    expect(statuses(results)).toEqual(['error', 'error']);
    expect(results[1]?.message).toMatch(/sns:ListSubscriptionsByTopic/);
  });

  it('is an error when the alarms of the log group region could not be listed', () => {
    const setup = fullSetup();
    const results = run(check, {
      cloudtrailTrails: [trail()],
      cloudwatchMetricFilters: setup.filters,
      cloudwatchAlarms: { items: [], failures: [aFailure({ api: 'cloudwatch.DescribeAlarms', action: 'cloudwatch:DescribeAlarms', region: 'us-east-1' })] },
      snsSubscriptions: setup.topics,
    });
    expect(statuses(results)).toEqual(['error']);
  });

  it.each([
    ['arn:aws:logs:us-east-1:123456789012:log-group:CloudTrail/audit:*', { region: 'us-east-1', name: 'CloudTrail/audit' }],
    ['arn:aws-us-gov:logs:us-gov-west-1:123456789012:log-group:aws-cloudtrail-logs', { region: 'us-gov-west-1', name: 'aws-cloudtrail-logs' }],
    ['not-an-arn', undefined],
  ])('parses %s', (arn, expected) => {
    expect(parseLogGroupArn(arn)).toEqual(expected);
  });
});

describe('cloudwatch-security-alarms per region of the log group', () => {
  it('gives each log group region its own result, naming what is missing in each', () => {
    const east = trail();
    const west = aTrail('west-audit', {
      cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-west-2:123456789012:log-group:CloudTrail/west:*',
      status: { isLogging: true, latestCloudWatchLogsDeliveryTime: new Date(NOW.getTime() - 3_600_000).toISOString() },
    });
    const results = evaluate([east, west]);
    expect(results.map((result) => [result.resourceArn, result.status])).toEqual([
      ['arn:aws:cloudwatch:us-east-1:123456789012:account', 'pass'],
      ['arn:aws:cloudwatch:us-west-2:123456789012:account', 'fail'],
    ]);
    expect(results[1]?.message).toMatch(/CloudTrail\/west in us-west-2: 9 of 9 .*root account usage \(CloudWatch\.1: no metric filter\)/);
  });

  it('names the missing filters and alarms even where the trail stopped delivering', () => {
    const setup = fullSetup();
    setup.filters.splice(0, 1);
    const results = evaluate([trail({ status: { isLogging: true } })], setup);
    expect(statuses(results)).toEqual(['fail']);
    expect(results[0]?.message).toMatch(/last delivery never.*Also missing: root account usage \(CloudWatch\.1: no metric filter\)/);
    expect(results[0]?.resourceArn).toBe('arn:aws:cloudwatch:us-east-1:123456789012:account');
  });
});
