import { z } from 'zod';
import type { KmsKey, KmsKeyPolicy, KmsKeyRotation, KmsKeyTags } from '../../model/items/kms.js';
import { document, fact, itemSchema, strings, tags } from './common.js';

export const kmsKey = itemSchema<KmsKey>()({
  region: z.string(),
  keyId: z.string(),
  keyManager: z.string(),
  keyState: z.string(),
  keySpec: z.string(),
  keyUsage: z.string().optional(),
  origin: z.string(),
  multiRegion: z.boolean(),
  multiRegionRole: z.string().optional(),
  deletionDate: z.string().optional(),
  aliases: strings.optional(),
});

export const kmsKeyRotation = itemSchema<KmsKeyRotation>()({ region: z.string(), keyId: z.string(), rotationEnabled: fact(z.boolean()), rotationPeriodInDays: z.number().optional() });
export const kmsKeyPolicy = itemSchema<KmsKeyPolicy>()({ region: z.string(), keyId: z.string(), policy: fact(document) });
export const kmsKeyTags = itemSchema<KmsKeyTags>()({ region: z.string(), keyId: z.string(), tags: fact(tags) });
