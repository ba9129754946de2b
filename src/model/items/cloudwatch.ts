/** Inventory item types of CloudWatch and CloudWatch Logs. */
import type { ResourceRef } from '../inventory.js';

export interface MetricFilter extends ResourceRef {
  region: string;
  logGroupName: string;
  filterName: string;
  filterPattern: string;
  metricTransformations: Array<{ metricName: string; metricNamespace: string }>;
}

export interface CloudWatchAlarm extends ResourceRef {
  region: string;
  name: string;
  /** Metrics the alarm watches: MetricName/Namespace, or every MetricStat of a metric-math alarm. */
  metrics: Array<{ metricName: string; namespace: string }>;
  actionsEnabled: boolean;
  alarmActions: string[];
  stateValue?: string;
}

export interface LogGroup extends ResourceRef {
  region: string;
  name: string;
  /** Absent = never expire. */
  retentionInDays?: number;
  kmsKeyId?: string;
  storedBytes?: number;
}
