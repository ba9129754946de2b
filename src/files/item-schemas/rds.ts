import { z } from 'zod';
import type { RdsCluster, RdsInstance, RdsParameterGroup, RdsSnapshot, RdsSnapshotSharing } from '../../model/items/rds.js';
import { itemSchema, strings, tags } from './common.js';

const region = z.string();
const instanceOrCluster = z.enum(['instance', 'cluster']);
const parameterGroupRef = z.looseObject({ name: z.string(), arn: z.string(), applyStatus: z.string().optional() });

export const rdsInstance = itemSchema<RdsInstance>()({
  region,
  dbInstanceIdentifier: z.string(),
  engine: z.string(),
  engineVersion: z.string().optional(),
  status: z.string().optional(),
  dbClusterIdentifier: z.string().optional(),
  storageEncrypted: z.boolean(),
  kmsKeyId: z.string().optional(),
  publiclyAccessible: z.boolean(),
  backupRetentionPeriod: z.number(),
  deletionProtection: z.boolean(),
  enabledCloudwatchLogsExports: strings,
  parameterGroups: z.array(parameterGroupRef),
  readReplicaSource: z.string().optional(),
  createTime: z.string().optional(),
  tags,
});

export const rdsCluster = itemSchema<RdsCluster>()({
  region,
  dbClusterIdentifier: z.string(),
  engine: z.string(),
  engineVersion: z.string().optional(),
  engineMode: z.string().optional(),
  status: z.string().optional(),
  storageEncrypted: z.boolean(),
  kmsKeyId: z.string().optional(),
  publiclyAccessible: z.boolean().optional(),
  backupRetentionPeriod: z.number(),
  deletionProtection: z.boolean(),
  enabledCloudwatchLogsExports: strings,
  parameterGroup: parameterGroupRef.optional(),
  members: z.array(z.looseObject({ dbInstanceIdentifier: z.string(), isWriter: z.boolean() })),
  replicationSource: z.string().optional(),
  createTime: z.string().optional(),
  tags,
});

export const rdsSnapshot = itemSchema<RdsSnapshot>()({
  region,
  snapshotId: z.string(),
  snapshotOf: instanceOrCluster,
  snapshotType: z.string(),
  sourceIdentifier: z.string(),
  engine: z.string(),
  encrypted: z.boolean(),
  kmsKeyId: z.string().optional(),
  sourceRegion: z.string().optional(),
  createTime: z.string().optional(),
  status: z.string().optional(),
  tags,
});

export const rdsSnapshotSharing = itemSchema<RdsSnapshotSharing>()({
  region,
  snapshotId: z.string(),
  snapshotOf: instanceOrCluster,
  isPublic: z.boolean(),
  accountIds: strings,
});

export const rdsParameterGroup = itemSchema<RdsParameterGroup>()({
  region,
  name: z.string(),
  groupOf: instanceOrCluster,
  parameters: z.record(z.string(), z.string().nullable()),
});
