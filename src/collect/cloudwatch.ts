import { type MetricAlarm, paginateDescribeAlarms } from '@aws-sdk/client-cloudwatch';
import { paginateDescribeLogGroups, paginateDescribeMetricFilters } from '@aws-sdk/client-cloudwatch-logs';
import { attemptRequired, type CollectContext, defineCollector } from './collector.js';
import { collectPages } from './paginate.js';
import type { CollectionFailure } from '../model/failure.js';
import type { CloudWatchAlarm, LogGroup, MetricFilter } from '../model/items/cloudwatch.js';

export function toAlarm(alarm: MetricAlarm, region: string, context: CollectContext): CloudWatchAlarm {
  const name = alarm.AlarmName ?? '';
  const metrics: CloudWatchAlarm['metrics'] = [];
  if (alarm.MetricName) metrics.push({ metricName: alarm.MetricName, namespace: alarm.Namespace ?? '' });
  for (const query of alarm.Metrics ?? []) {
    const metric = query.MetricStat?.Metric;
    if (metric?.MetricName) metrics.push({ metricName: metric.MetricName, namespace: metric.Namespace ?? '' });
  }
  const item: CloudWatchAlarm = {
    arn: alarm.AlarmArn ?? `arn:${context.account.partition}:cloudwatch:${region}:${context.account.id}:alarm:${name}`,
    region,
    name,
    metrics,
    actionsEnabled: alarm.ActionsEnabled ?? true,
    alarmActions: alarm.AlarmActions ?? [],
  };
  if (alarm.StateValue) item.stateValue = alarm.StateValue;
  return item;
}

interface AlarmListing {
  alarms: CloudWatchAlarm[];
  failures: CollectionFailure[];
}

/** DescribeAlarms (metric alarms) once per region per scan; the SNS collector reuses it to find the alarm topics. */
export function listAlarms(context: CollectContext, region: string): Promise<AlarmListing> {
  return context.memo(`cloudwatch:alarms:${region}`, async () => {
    const client = context.clients.get('cloudwatch', region);
    const listed = await attemptRequired(context, { api: 'cloudwatch.DescribeAlarms', region }, async () => {
      return collectPages(paginateDescribeAlarms({ client }, { AlarmTypes: ['MetricAlarm'] }), (page) => page.MetricAlarms);
    });
    if (!listed.ok) return { alarms: [], failures: [listed.failure] };
    return { alarms: listed.value.map((alarm) => toAlarm(alarm, region, context)), failures: [] };
  });
}

export const cloudwatchAlarmsCollector = defineCollector({
  key: 'cloudwatchAlarms',
  scope: 'regional',
  apis: ['cloudwatch.DescribeAlarms'],
  async collect(context, region) {
    const listing = await listAlarms(context, region);
    return { items: listing.alarms, failures: listing.failures };
  },
});

/** Every metric filter of the region in one paginated listing (DescribeMetricFilters without a log group name). */
export const cloudwatchMetricFiltersCollector = defineCollector({
  key: 'cloudwatchMetricFilters',
  scope: 'regional',
  apis: ['logs.DescribeMetricFilters'],
  async collect(context, region) {
    const client = context.clients.get('logs', region);
    const listed = await attemptRequired(context, { api: 'logs.DescribeMetricFilters', region }, async () => {
      return collectPages(paginateDescribeMetricFilters({ client }, {}), (page) => page.metricFilters);
    });
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const { partition, id } = context.account;
    const items = listed.value.map((filter): MetricFilter => {
      const logGroupName = filter.logGroupName ?? '';
      const filterName = filter.filterName ?? '';
      return {
        arn: `arn:${partition}:logs:${region}:${id}:log-group:${logGroupName}:metric-filter:${filterName}`,
        region,
        logGroupName,
        filterName,
        filterPattern: filter.filterPattern ?? '',
        metricTransformations: (filter.metricTransformations ?? []).map((transformation) => ({
          metricName: transformation.metricName ?? '',
          metricNamespace: transformation.metricNamespace ?? '',
        })),
      };
    });
    return { items, failures: [] };
  },
});

export const cloudwatchLogGroupsCollector = defineCollector({
  key: 'cloudwatchLogGroups',
  scope: 'regional',
  apis: ['logs.DescribeLogGroups'],
  async collect(context, region) {
    const client = context.clients.get('logs', region);
    const listed = await attemptRequired(context, { api: 'logs.DescribeLogGroups', region }, async () => {
      return collectPages(paginateDescribeLogGroups({ client }, {}), (page) => page.logGroups);
    });
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const { partition, id } = context.account;
    const items = listed.value.map((group): LogGroup => {
      const name = group.logGroupName ?? '';
      // DescribeLogGroups' `arn` ends in `:*`; the resource ARN (logGroupArn) does not.
      const item: LogGroup = {
        arn: group.logGroupArn ?? (group.arn ?? `arn:${partition}:logs:${region}:${id}:log-group:${name}`).replace(/:\*$/, ''),
        region,
        name,
      };
      if (group.retentionInDays !== undefined) item.retentionInDays = group.retentionInDays;
      if (group.kmsKeyId) item.kmsKeyId = group.kmsKeyId;
      if (group.storedBytes !== undefined) item.storedBytes = group.storedBytes;
      return item;
    });
    return { items, failures: [] };
  },
});
