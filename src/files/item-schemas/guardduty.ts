import { z } from 'zod';
import type { GuardDutyDetector } from '../../model/items/guardduty.js';
import { itemSchema, tags } from './common.js';

export const guardDutyDetector = itemSchema<GuardDutyDetector>()({ region: z.string(), detectorId: z.string(), status: z.string(), features: tags });
