/** Inventory item types of AWS Batch. */
import type { ResourceRef } from '../inventory.js';

/** One compute environment (DescribeComputeEnvironments), reduced to where and as whom its instances run. */
export interface BatchComputeEnvironment extends ResourceRef {
  region: string;
  name: string;
  /** MANAGED | UNMANAGED. */
  type: string;
  state?: string;
  /** EC2 | SPOT | FARGATE | FARGATE_SPOT; absent for unmanaged environments. */
  computeResourceType?: string;
  subnets: string[];
  securityGroupIds: string[];
  /** The ECS instance profile of EC2/SPOT resources. */
  instanceRole?: string;
  /** The launch template's id or name, when the environment names one. */
  launchTemplate?: string;
}
