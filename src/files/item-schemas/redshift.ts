import { z } from 'zod';
import type { RedshiftCluster, RedshiftClusterLogging, RedshiftParameterGroup, RedshiftSnapshot } from '../../model/items/redshift.js';
import { itemSchema, strings, tags } from './common.js';

const region = z.string();

export const redshiftCluster = itemSchema<RedshiftCluster>()({
  region,
  clusterIdentifier: z.string(),
  encrypted: z.boolean(),
  kmsKeyId: z.string().optional(),
  publiclyAccessible: z.boolean(),
  parameterGroupNames: strings,
  automatedSnapshotRetentionPeriod: z.number().optional(),
  clusterStatus: z.string().optional(),
  tags,
});

export const redshiftParameterGroup = itemSchema<RedshiftParameterGroup>()({ region, name: z.string(), requireSsl: z.string().nullable() });

export const redshiftClusterLogging = itemSchema<RedshiftClusterLogging>()({
  region,
  clusterIdentifier: z.string(),
  loggingEnabled: z.boolean(),
  destinationType: z.string().optional(),
  bucketName: z.string().optional(),
});

export const redshiftSnapshot = itemSchema<RedshiftSnapshot>()({
  region,
  snapshotIdentifier: z.string(),
  clusterIdentifier: z.string(),
  snapshotType: z.string(),
  encrypted: z.boolean(),
  accountsWithRestoreAccess: strings,
  tags,
});
