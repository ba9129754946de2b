import { z } from 'zod';
import type { GlueDataCatalogEncryption, GlueSecurityConfiguration } from '../../model/items/glue.js';
import { itemSchema, strings } from './common.js';

const region = z.string();

export const glueDataCatalogEncryption = itemSchema<GlueDataCatalogEncryption>()({
  region,
  catalogEncryptionMode: z.string(),
  sseKmsKeyId: z.string().optional(),
  returnConnectionPasswordEncrypted: z.boolean(),
  connectionPasswordKmsKeyId: z.string().optional(),
});

export const glueSecurityConfiguration = itemSchema<GlueSecurityConfiguration>()({
  region,
  name: z.string(),
  s3EncryptionModes: strings,
  cloudWatchEncryptionMode: z.string(),
  jobBookmarksEncryptionMode: z.string(),
});
