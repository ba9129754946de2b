import { z } from 'zod';
import type { SsmAssociationCompliance, SsmManagedInstance, SsmPatchCompliance } from '../../model/items/ssm.js';
import { itemSchema } from './common.js';

export const ssmManagedInstance = itemSchema<SsmManagedInstance>()({
  region: z.string(),
  instanceId: z.string(),
  pingStatus: z.string(),
  lastPingAt: z.string().optional(),
  platformType: z.string().optional(),
  platformName: z.string().optional(),
  platformVersion: z.string().optional(),
  agentVersion: z.string().optional(),
  isLatestAgentVersion: z.boolean().optional(),
  resourceType: z.string().optional(),
});

const count = z.number().int().nonnegative();

export const ssmPatchCompliance = itemSchema<SsmPatchCompliance>()({
  region: z.string(),
  resourceId: z.string(),
  resourceType: z.string().optional(),
  status: z.string(),
  executionTime: z.string().optional(),
  nonCompliant: z.looseObject({ critical: count, high: count, medium: count, low: count, informational: count, unspecified: count }),
});

export const ssmAssociationCompliance = itemSchema<SsmAssociationCompliance>()({
  region: z.string(),
  resourceId: z.string(),
  resourceType: z.string().optional(),
  status: z.string(),
  compliantCount: count,
  nonCompliantCount: count,
  executionTime: z.string().optional(),
});
