import { z } from 'zod';
import type { AccessAnalyzer, AccessAnalyzerFinding } from '../../model/items/access-analyzer.js';
import { itemSchema, strings } from './common.js';

export const accessAnalyzer = itemSchema<AccessAnalyzer>()({ region: z.string(), name: z.string(), type: z.string(), status: z.string() });

export const accessAnalyzerFinding = itemSchema<AccessAnalyzerFinding>()({
  region: z.string(),
  id: z.string(),
  analyzerArn: z.string(),
  resourceType: z.string(),
  resourceOwnerAccount: z.string().optional(),
  principal: z.record(z.string(), z.string()),
  isPublic: z.boolean(),
  actions: strings,
  condition: z.record(z.string(), z.string()),
  status: z.string(),
});
