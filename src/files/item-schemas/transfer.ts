import { z } from 'zod';
import type { TransferServer } from '../../model/items/transfer.js';
import { itemSchema, strings, tags } from './common.js';

export const transferServer = itemSchema<TransferServer>()({
  region: z.string(),
  serverId: z.string(),
  protocols: strings,
  endpointType: z.string().optional(),
  state: z.string().optional(),
  loggingRole: z.string().optional(),
  structuredLogDestinations: strings,
  securityPolicyName: z.string().optional(),
  tags,
});
