import type { CloudWatchAlarm, LogGroup, MetricFilter } from '../../src/model/items/cloudwatch.js';
import { ACCOUNT } from './inventory.js';

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

export function aLogGroup(name: string, overrides: Partial<LogGroup> = {}): LogGroup {
  const region = overrides.region ?? 'us-east-1';
  return { arn: `arn:aws:logs:${region}:${ACCOUNT.id}:log-group:${name}`, region, name, retentionInDays: 365, ...overrides };
}
