import { z } from 'zod';
import type { DataSyncTask } from '../../model/items/datasync.js';
import { itemSchema } from './common.js';

export const dataSyncTask = itemSchema<DataSyncTask>()({
  region: z.string(),
  name: z.string().optional(),
  status: z.string().optional(),
  sourceLocationArn: z.string().optional(),
  destinationLocationArn: z.string().optional(),
  sourceLocationUri: z.string().optional(),
  destinationLocationUri: z.string().optional(),
});
