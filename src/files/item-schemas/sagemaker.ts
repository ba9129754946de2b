import { z } from 'zod';
import type { SageMakerDomain, SageMakerNotebookInstance } from '../../model/items/sagemaker.js';
import { fact, itemSchema, strings, tags } from './common.js';

const region = z.string();

export const sageMakerNotebookInstance = itemSchema<SageMakerNotebookInstance>()({
  region,
  name: z.string(),
  status: z.string(),
  directInternetAccess: z.string(),
  rootAccess: z.string(),
  kmsKeyId: z.string().optional(),
  subnetId: z.string().optional(),
  securityGroups: strings,
  volumeSizeGiB: z.number().optional(),
  tags: fact(tags),
});

export const sageMakerDomain = itemSchema<SageMakerDomain>()({
  region,
  domainId: z.string(),
  name: z.string(),
  status: z.string(),
  appNetworkAccessType: z.string(),
  kmsKeyId: z.string().optional(),
  homeEfsFileSystemId: z.string().optional(),
  vpcId: z.string().optional(),
  subnetIds: strings,
  tags: fact(tags),
});
