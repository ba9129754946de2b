import { z } from 'zod';
import type { MacieStatus } from '../../model/items/macie.js';
import { itemSchema } from './common.js';

export const macieStatus = itemSchema<MacieStatus>()({ region: z.string(), status: z.string(), automatedDiscoveryStatus: z.string().nullable() });
