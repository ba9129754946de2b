import { z } from 'zod';
import type { BatchComputeEnvironment } from '../../model/items/batch.js';
import { itemSchema, strings } from './common.js';

export const batchComputeEnvironment = itemSchema<BatchComputeEnvironment>()({
  region: z.string(),
  name: z.string(),
  type: z.string(),
  state: z.string().optional(),
  computeResourceType: z.string().optional(),
  subnets: strings,
  securityGroupIds: strings,
  instanceRole: z.string().optional(),
  launchTemplate: z.string().optional(),
});
