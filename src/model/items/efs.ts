/** Inventory item types of Amazon EFS. */
import type { ResourceRef } from '../inventory.js';

export interface EfsFileSystem extends ResourceRef {
  region: string;
  fileSystemId: string;
  name?: string;
  lifeCycleState: string;
  encrypted: boolean;
  kmsKeyId?: string;
  tags: Record<string, string>;
}

/** The file system policy; `policy` null when the file system has none (PolicyNotFound). `arn` is the file system's. */
export interface EfsFileSystemPolicy extends ResourceRef {
  region: string;
  fileSystemId: string;
  policy: unknown;
}

export interface EfsMountTarget {
  mountTargetId: string;
  subnetId?: string;
  ipAddress?: string;
  availabilityZoneName?: string;
  securityGroupIds: string[];
}

/** Every mount target of one file system with its security groups; `arn` is the file system's. */
export interface EfsMountTargets extends ResourceRef {
  region: string;
  fileSystemId: string;
  mountTargets: EfsMountTarget[];
}

/** Automatic backups of one file system (DescribeBackupPolicy); `arn` is the file system's. */
export interface EfsBackupPolicy extends ResourceRef {
  region: string;
  fileSystemId: string;
  /** ENABLED | ENABLING | DISABLED | DISABLING, or null when the file system has no backup policy (PolicyNotFound). */
  status: string | null;
}
