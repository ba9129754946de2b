import { z } from 'zod';
import type { EfsBackupPolicy, EfsFileSystem, EfsFileSystemPolicy, EfsMountTargets } from '../../model/items/efs.js';
import { document, itemSchema, strings, tags } from './common.js';

const region = z.string();

export const efsFileSystem = itemSchema<EfsFileSystem>()({
  region,
  fileSystemId: z.string(),
  name: z.string().optional(),
  lifeCycleState: z.string(),
  encrypted: z.boolean(),
  kmsKeyId: z.string().optional(),
  tags,
});

export const efsFileSystemPolicy = itemSchema<EfsFileSystemPolicy>()({ region, fileSystemId: z.string(), policy: document });

export const efsMountTargets = itemSchema<EfsMountTargets>()({
  region,
  fileSystemId: z.string(),
  mountTargets: z.array(
    z.looseObject({
      mountTargetId: z.string(),
      subnetId: z.string().optional(),
      ipAddress: z.string().optional(),
      availabilityZoneName: z.string().optional(),
      securityGroupIds: strings,
    }),
  ),
});

export const efsBackupPolicy = itemSchema<EfsBackupPolicy>()({ region, fileSystemId: z.string(), status: z.string().nullable() });
