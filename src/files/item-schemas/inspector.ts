import { z } from 'zod';
import type { InspectorStatus } from '../../model/items/inspector.js';
import { itemSchema } from './common.js';

export const inspectorStatus = itemSchema<InspectorStatus>()({ region: z.string(), status: z.string(), scans: z.record(z.string(), z.string()) });
