/** Builders for the logging/monitoring fixtures (trails' selectors, VPCs, flow logs, detectors, recorders, alarms…). */
import type { Trail, TrailEventSelectors } from '../../src/model/items/cloudtrail.js';
import type { CloudWatchAlarm, LogGroup, MetricFilter } from '../../src/model/items/cloudwatch.js';
import type { ConfigRecorder } from '../../src/model/items/config.js';
import type { FlowLog, Vpc } from '../../src/model/items/ec2.js';
import type { GuardDutyDetector } from '../../src/model/items/guardduty.js';
import type { SnsTopicSubscriptions } from '../../src/model/items/sns.js';
import { ACCOUNT } from './inventory.js';

type ClassicSelector = TrailEventSelectors['eventSelectors'][number];
type AdvancedSelector = TrailEventSelectors['advancedEventSelectors'][number];
type FieldSelector = AdvancedSelector['fieldSelectors'][number];

export function aClassicSelector(overrides: Partial<ClassicSelector> = {}): ClassicSelector {
  return { readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: [], dataResources: [], ...overrides };
}

export function anAdvancedSelector(...fieldSelectors: FieldSelector[]): AdvancedSelector {
  return { fieldSelectors };
}

export function selectors(
  eventSelectors: ClassicSelector[],
  advancedEventSelectors: AdvancedSelector[] = [],
): NonNullable<Trail['selectors']> {
  return { eventSelectors, advancedEventSelectors };
}

export function aVpc(vpcId: string, overrides: Partial<Vpc> = {}): Vpc {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:ec2:${region}:${ACCOUNT.id}:vpc/${vpcId}`,
    region,
    vpcId,
    isDefault: false,
    cidr: '10.0.0.0/16',
    cidrs: ['10.0.0.0/16'],
    tags: {},
    ...overrides,
  };
}

export function aFlowLog(flowLogId: string, resourceId: string, overrides: Partial<FlowLog> = {}): FlowLog {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:ec2:${region}:${ACCOUNT.id}:vpc-flow-log/${flowLogId}`,
    region,
    flowLogId,
    resourceId,
    status: 'ACTIVE',
    deliverLogsStatus: 'SUCCESS',
    trafficType: 'ALL',
    ...overrides,
  };
}

export function aDetector(region: string, overrides: Partial<GuardDutyDetector> = {}): GuardDutyDetector {
  const detectorId = overrides.detectorId ?? `d-${region}`;
  return {
    arn: `arn:aws:guardduty:${region}:${ACCOUNT.id}:detector/${detectorId}`,
    region,
    detectorId,
    status: 'ENABLED',
    features: { CLOUD_TRAIL: 'ENABLED', S3_DATA_EVENTS: 'ENABLED' },
    ...overrides,
  };
}

export function aRecorder(region: string, overrides: Partial<ConfigRecorder> = {}): ConfigRecorder {
  const name = overrides.name ?? 'default';
  return {
    arn: `arn:aws:config:${region}:${ACCOUNT.id}:configuration-recorder/${name}`,
    region,
    name,
    recordingScope: 'PAID',
    allSupported: true,
    includeGlobalResourceTypes: true,
    recording: true,
    lastStatus: 'SUCCESS',
    ...overrides,
  };
}

export function aMetricFilter(logGroupName: string, filterName: string, filterPattern: string, metricName = filterName, region = 'us-east-1'): MetricFilter {
  return {
    arn: `arn:aws:logs:${region}:${ACCOUNT.id}:log-group:${logGroupName}:metric-filter:${filterName}`,
    region,
    logGroupName,
    filterName,
    filterPattern,
    metricTransformations: [{ metricName, metricNamespace: 'CISBenchmark' }],
  };
}

export function anAlarm(name: string, metricName: string, overrides: Partial<CloudWatchAlarm> = {}): CloudWatchAlarm {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:cloudwatch:${region}:${ACCOUNT.id}:alarm:${name}`,
    region,
    name,
    metrics: [{ metricName, namespace: 'CISBenchmark' }],
    actionsEnabled: true,
    alarmActions: [`arn:aws:sns:${region}:${ACCOUNT.id}:security-alerts`],
    ...overrides,
  };
}

export function aTopic(topicArn: string, subscriptions: SnsTopicSubscriptions['subscriptions'] = [{ protocol: 'email', confirmed: true }]): SnsTopicSubscriptions {
  return { arn: topicArn, region: topicArn.split(':')[3] ?? 'us-east-1', topicArn, topicExists: true, subscriptions };
}

export function aLogGroup(name: string, overrides: Partial<LogGroup> = {}): LogGroup {
  const region = overrides.region ?? 'us-east-1';
  return { arn: `arn:aws:logs:${region}:${ACCOUNT.id}:log-group:${name}`, region, name, retentionInDays: 365, ...overrides };
}
