import { z } from 'zod';
import type { EmrBlockPublicAccess, EmrCluster, EmrSecurityConfiguration } from '../../model/items/emr.js';
import { itemSchema, tags } from './common.js';

const region = z.string();

export const emrSecurityConfiguration = itemSchema<EmrSecurityConfiguration>()({
  region,
  name: z.string(),
  atRestEncryption: z.boolean(),
  inTransitEncryption: z.boolean(),
  s3EncryptionMode: z.string().optional(),
  localDiskKeyProvider: z.string().optional(),
  ebsEncryption: z.boolean().optional(),
});

export const emrCluster = itemSchema<EmrCluster>()({
  region,
  clusterId: z.string(),
  name: z.string(),
  state: z.string(),
  securityConfiguration: z.string().optional(),
  subnetId: z.string().optional(),
  tags,
});

const port = z.number().int();

export const emrBlockPublicAccess = itemSchema<EmrBlockPublicAccess>()({
  region,
  blockPublicSecurityGroupRules: z.boolean(),
  permittedPortRanges: z.array(z.looseObject({ from: port, to: port })),
});
