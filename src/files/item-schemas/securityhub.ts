import { z } from 'zod';
import type { SecurityHubStatus } from '../../model/items/securityhub.js';
import { itemSchema } from './common.js';

export const securityHubStatus = itemSchema<SecurityHubStatus>()({
  region: z.string(),
  enabled: z.boolean(),
  standards: z
    .array(z.looseObject({ standardsArn: z.string(), name: z.string(), status: z.string(), statusReason: z.string().optional() }))
    .nullable(),
});
