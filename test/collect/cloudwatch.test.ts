import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, DescribeLogGroupsCommand, DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs';
import { ListSubscriptionsByTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snsTopicRegion } from '../../src/collect/sns.js';
import { awsError, collect } from '../helpers/collect.js';

const cloudwatch = mockClient(CloudWatchClient);
const logs = mockClient(CloudWatchLogsClient);
const sns = mockClient(SNSClient);
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:security-alerts';
const GONE = 'arn:aws:sns:us-east-1:123456789012:deleted';

beforeEach(() => {
  for (const mock of [cloudwatch, logs, sns]) {
    mock.reset();
    mock.onAnyCommand().rejects(new Error('unexpected command'));
  }
});
afterEach(() => {
  cloudwatch.reset();
  logs.reset();
  sns.reset();
});

describe('CloudWatch, CloudWatch Logs and SNS collectors', () => {
  it('pages through metric alarms (including metric-math alarms) and lists the subscriptions of their SNS topics once', async () => {
    cloudwatch.on(DescribeAlarmsCommand, { AlarmTypes: ['MetricAlarm'] }).resolves({
      MetricAlarms: [{ AlarmName: 'root', AlarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:root', MetricName: 'RootUsage', Namespace: 'CIS', ActionsEnabled: true, AlarmActions: [TOPIC], StateValue: 'OK' }],
      NextToken: 'p2',
    });
    cloudwatch.on(DescribeAlarmsCommand, { AlarmTypes: ['MetricAlarm'], NextToken: 'p2' }).resolves({
      MetricAlarms: [
        {
          AlarmName: 'math',
          ActionsEnabled: false,
          AlarmActions: [TOPIC, GONE, 'arn:aws:automate:us-east-1:ec2:stop'],
          Metrics: [{ Id: 'm1', MetricStat: { Metric: { MetricName: 'Unauthorized', Namespace: 'CIS' }, Period: 300, Stat: 'Sum' } }, { Id: 'e1', Expression: 'm1*2' }],
        },
      ],
    });
    sns.on(ListSubscriptionsByTopicCommand, { TopicArn: TOPIC }).resolves({
      Subscriptions: [{ Protocol: 'email', SubscriptionArn: 'PendingConfirmation' }],
      NextToken: 's2',
    });
    sns.on(ListSubscriptionsByTopicCommand, { TopicArn: TOPIC, NextToken: 's2' }).resolves({
      Subscriptions: [{ Protocol: 'https', SubscriptionArn: `${TOPIC}:0b1c2d3e` }],
    });
    sns.on(ListSubscriptionsByTopicCommand, { TopicArn: GONE }).rejects(awsError('NotFoundException', 404));

    const inventory = await collect(['cloudwatchAlarms', 'snsSubscriptions']);

    // One alarm listing per region serves both keys.
    expect(cloudwatch.commandCalls(DescribeAlarmsCommand)).toHaveLength(2);
    expect(inventory.keys.cloudwatchAlarms?.items).toEqual([
      { arn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:root', region: 'us-east-1', name: 'root', metrics: [{ metricName: 'RootUsage', namespace: 'CIS' }], actionsEnabled: true, alarmActions: [TOPIC], stateValue: 'OK' },
      {
        arn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:math',
        region: 'us-east-1',
        name: 'math',
        metrics: [{ metricName: 'Unauthorized', namespace: 'CIS' }],
        actionsEnabled: false,
        alarmActions: [TOPIC, GONE, 'arn:aws:automate:us-east-1:ec2:stop'],
      },
    ]);
    expect(inventory.keys.snsSubscriptions?.items).toEqual([
      { arn: GONE, region: 'us-east-1', topicArn: GONE, topicExists: false, subscriptions: [] },
      {
        arn: TOPIC,
        region: 'us-east-1',
        topicArn: TOPIC,
        topicExists: true,
        subscriptions: [
          { protocol: 'email', confirmed: false },
          { protocol: 'https', confirmed: true },
        ],
      },
    ]);
    expect(inventory.keys.snsSubscriptions?.failures).toEqual([]);
  });

  it('records AuthorizationErrorException on a topic as a failure for that topic, naming sns:ListSubscriptionsByTopic', async () => {
    cloudwatch.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [{ AlarmName: 'a', AlarmActions: [TOPIC] }] });
    sns.on(ListSubscriptionsByTopicCommand).rejects(awsError('AuthorizationErrorException', 403));
    const inventory = await collect(['snsSubscriptions']);
    expect(inventory.keys.snsSubscriptions?.failures).toEqual([
      expect.objectContaining({ api: 'sns.ListSubscriptionsByTopic', action: 'sns:ListSubscriptionsByTopic', kind: 'access-denied', resourceArn: TOPIC }),
    ]);
  });

  it('records a denied DescribeAlarms (CloudWatch says AccessDenied) for both keys of that region', async () => {
    cloudwatch.on(DescribeAlarmsCommand).rejects(awsError('AccessDenied', 403));
    const inventory = await collect(['cloudwatchAlarms', 'snsSubscriptions']);
    for (const key of ['cloudwatchAlarms', 'snsSubscriptions'] as const) {
      expect(inventory.keys[key]?.failures).toEqual([expect.objectContaining({ api: 'cloudwatch.DescribeAlarms', action: 'cloudwatch:DescribeAlarms', kind: 'access-denied', region: 'us-east-1' })]);
    }
  });

  it('pages through every metric filter of each region', async () => {
    logs.on(DescribeMetricFiltersCommand).callsFake(async (input: { nextToken?: string }, getClient) => {
      const region = await (getClient() as CloudWatchLogsClient).config.region();
      if (region === 'us-west-2') return { metricFilters: [] };
      if (!input.nextToken) return { metricFilters: [{ filterName: 'root', logGroupName: 'trail', filterPattern: '{ $.userIdentity.type = "Root" }', metricTransformations: [{ metricName: 'RootUsage', metricNamespace: 'CIS', metricValue: '1' }] }], nextToken: 'n' };
      return { metricFilters: [{ filterName: 'mfa', logGroupName: 'trail', filterPattern: 'x', metricTransformations: [] }] };
    });
    const inventory = await collect(['cloudwatchMetricFilters'], { regions: ['us-east-1', 'us-west-2'] });
    expect(logs.commandCalls(DescribeMetricFiltersCommand)).toHaveLength(3);
    expect(inventory.keys.cloudwatchMetricFilters?.items).toEqual([
      { arn: 'arn:aws:logs:us-east-1:123456789012:log-group:trail:metric-filter:root', region: 'us-east-1', logGroupName: 'trail', filterName: 'root', filterPattern: '{ $.userIdentity.type = "Root" }', metricTransformations: [{ metricName: 'RootUsage', metricNamespace: 'CIS' }] },
      { arn: 'arn:aws:logs:us-east-1:123456789012:log-group:trail:metric-filter:mfa', region: 'us-east-1', logGroupName: 'trail', filterName: 'mfa', filterPattern: 'x', metricTransformations: [] },
    ]);
  });

  it('lists log groups with their retention (absent = never expire)', async () => {
    logs.on(DescribeLogGroupsCommand).resolves({
      logGroups: [
        { logGroupName: 'kept', arn: 'arn:aws:logs:us-east-1:123456789012:log-group:kept:*', retentionInDays: 400, kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k', storedBytes: 10 },
        { logGroupName: 'forever', logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:forever' },
      ],
    });
    const inventory = await collect(['cloudwatchLogGroups']);
    expect(inventory.keys.cloudwatchLogGroups?.items).toEqual([
      { arn: 'arn:aws:logs:us-east-1:123456789012:log-group:kept', region: 'us-east-1', name: 'kept', retentionInDays: 400, kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k', storedBytes: 10 },
      { arn: 'arn:aws:logs:us-east-1:123456789012:log-group:forever', region: 'us-east-1', name: 'forever' },
    ]);
  });

  it('records AccessDeniedException from CloudWatch Logs naming the IAM action', async () => {
    logs.on(DescribeLogGroupsCommand).rejects(awsError('AccessDeniedException'));
    logs.on(DescribeMetricFiltersCommand).rejects(awsError('AccessDeniedException'));
    const inventory = await collect(['cloudwatchLogGroups', 'cloudwatchMetricFilters']);
    expect(inventory.keys.cloudwatchLogGroups?.failures[0]).toMatchObject({ action: 'logs:DescribeLogGroups', kind: 'access-denied', region: 'us-east-1' });
    expect(inventory.keys.cloudwatchMetricFilters?.failures[0]).toMatchObject({ action: 'logs:DescribeMetricFilters', kind: 'access-denied', region: 'us-east-1' });
  });

  it.each([
    [TOPIC, 'us-east-1'],
    ['arn:aws-us-gov:sns:us-gov-west-1:123456789012:t', 'us-gov-west-1'],
    ['arn:aws:automate:us-east-1:ec2:stop', undefined],
    ['arn:aws:swf:us-east-1:123456789012:action/actions/AWS_EC2.InstanceId.Reboot/1.0', undefined],
  ])('reads the topic region of %s', (arn, region) => {
    expect(snsTopicRegion(arn)).toBe(region);
  });
});
