import { z } from 'zod';
import type { AthenaWorkGroup } from '../../model/items/athena.js';
import { itemSchema } from './common.js';

export const athenaWorkGroup = itemSchema<AthenaWorkGroup>()({
  region: z.string(),
  name: z.string(),
  state: z.string(),
  enforceWorkGroupConfiguration: z.boolean(),
  encryptionOption: z.string().optional(),
  kmsKey: z.string().optional(),
  outputLocation: z.string().optional(),
  managedQueryResults: z.boolean(),
  managedQueryResultsKmsKey: z.string().optional(),
});
