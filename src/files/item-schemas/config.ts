import { z } from 'zod';
import type { ConfigRecorder } from '../../model/items/config.js';
import { fact, itemSchema } from './common.js';

export const configRecorder = itemSchema<ConfigRecorder>()({
  region: z.string(),
  name: z.string(),
  recordingScope: z.string().optional(),
  servicePrincipal: z.string().optional(),
  allSupported: z.boolean(),
  includeGlobalResourceTypes: z.boolean(),
  recordingStrategy: z.string().optional(),
  recording: fact(z.boolean().nullable()),
  lastStatus: z.string().optional(),
  lastErrorCode: z.string().optional(),
});
