import { z } from 'zod';
import type { Trail } from '../../model/items/cloudtrail.js';
import { fact, itemSchema, strings } from './common.js';

const fieldSelector = z.looseObject({
  field: z.string(),
  equals: strings.optional(),
  startsWith: strings.optional(),
  endsWith: strings.optional(),
  notEquals: strings.optional(),
  notStartsWith: strings.optional(),
  notEndsWith: strings.optional(),
});

const selectors = z.looseObject({
  eventSelectors: z.array(
    z.looseObject({
      readWriteType: z.string(),
      includeManagementEvents: z.boolean(),
      excludeManagementEventSources: strings,
      dataResources: z.array(z.looseObject({ type: z.string(), values: strings })),
    }),
  ),
  advancedEventSelectors: z.array(z.looseObject({ name: z.string().optional(), fieldSelectors: z.array(fieldSelector) })),
});

export const trail = itemSchema<Trail>()({
  region: z.string(),
  name: z.string(),
  homeRegion: z.string(),
  isMultiRegion: z.boolean(),
  isOrganization: z.boolean(),
  logFileValidation: z.boolean(),
  kmsKeyId: z.string().optional(),
  s3BucketName: z.string().optional(),
  cloudWatchLogsLogGroupArn: z.string().optional(),
  seenInRegions: strings,
  status: fact(z.looseObject({ isLogging: z.boolean(), latestDeliveryError: z.string().optional(), latestCloudWatchLogsDeliveryTime: z.string().optional() })),
  selectors: fact(selectors),
});
