import { z } from 'zod';
import type { RamResourceShare } from '../../model/items/ram.js';
import { itemSchema, tags } from './common.js';

export const ramResourceShare = itemSchema<RamResourceShare>()({
  region: z.string(),
  name: z.string(),
  status: z.string().optional(),
  allowExternalPrincipals: z.boolean(),
  principals: z.array(z.looseObject({ id: z.string(), external: z.boolean() })),
  tags,
});
