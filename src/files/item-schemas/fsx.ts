import { z } from 'zod';
import type { FsxDataRepositoryAssociation, FsxFileSystem } from '../../model/items/fsx.js';
import { itemSchema, tags } from './common.js';

const region = z.string();

export const fsxFileSystem = itemSchema<FsxFileSystem>()({
  region,
  fileSystemId: z.string(),
  fileSystemType: z.string(),
  lifecycle: z.string(),
  kmsKeyId: z.string().optional(),
  deploymentType: z.string().optional(),
  automaticBackupRetentionDays: z.number().nullable(),
  importPath: z.string().optional(),
  exportPath: z.string().optional(),
  tags,
});

export const fsxDataRepositoryAssociation = itemSchema<FsxDataRepositoryAssociation>()({
  region,
  associationId: z.string(),
  fileSystemId: z.string(),
  dataRepositoryPath: z.string(),
  fileSystemPath: z.string().optional(),
  lifecycle: z.string().optional(),
});
