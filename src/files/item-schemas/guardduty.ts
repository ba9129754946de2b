import { z } from 'zod';
import type { GuardDutyDetector } from '../../model/items/guardduty.js';
import { fact, itemSchema, tags } from './common.js';

export const guardDutyDetector = itemSchema<GuardDutyDetector>()({ region: z.string(), detectorId: z.string(), status: fact(z.string()), features: fact(tags) });
