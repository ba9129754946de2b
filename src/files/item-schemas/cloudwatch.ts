import { z } from 'zod';
import type { CloudWatchAlarm, LogGroup, MetricFilter } from '../../model/items/cloudwatch.js';
import { itemSchema, strings } from './common.js';

export const metricFilter = itemSchema<MetricFilter>()({
  region: z.string(),
  logGroupName: z.string(),
  filterName: z.string(),
  filterPattern: z.string(),
  metricTransformations: z.array(z.looseObject({ metricName: z.string(), metricNamespace: z.string() })),
});

export const cloudWatchAlarm = itemSchema<CloudWatchAlarm>()({
  region: z.string(),
  name: z.string(),
  metrics: z.array(z.looseObject({ metricName: z.string(), namespace: z.string() })),
  actionsEnabled: z.boolean(),
  alarmActions: strings,
  stateValue: z.string().optional(),
});

export const logGroup = itemSchema<LogGroup>()({
  region: z.string(),
  name: z.string(),
  retentionInDays: z.number().optional(),
  kmsKeyId: z.string().optional(),
  storedBytes: z.number().optional(),
});
