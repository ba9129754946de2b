/** Inventory item types of Amazon SageMaker AI. */
import type { Fact } from '../failure.js';
import type { ResourceRef } from '../inventory.js';

/** One notebook instance (ListNotebookInstances + DescribeNotebookInstance + ListTags). */
export interface SageMakerNotebookInstance extends ResourceRef {
  region: string;
  name: string;
  /** Pending | InService | Stopping | Stopped | Failed | Deleting | Updating… */
  status: string;
  /** Enabled | Disabled. AWS documents Enabled as the default when it is not set. */
  directInternetAccess: string;
  /** Enabled | Disabled. AWS documents Enabled as the default when it is not set. */
  rootAccess: string;
  /** The customer KMS key of the ML storage volume; absent: the AWS managed key. */
  kmsKeyId?: string;
  /** Absent when the notebook is not in a VPC (then it always has direct internet access). */
  subnetId?: string;
  securityGroups: string[];
  volumeSizeGiB?: number;
  /** The notebook's tags, or why they could not be read. */
  tags: Fact<Record<string, string>>;
}

/** One SageMaker AI (Studio) domain (ListDomains + DescribeDomain + ListTags). */
export interface SageMakerDomain extends ResourceRef {
  region: string;
  domainId: string;
  name: string;
  status: string;
  /** PublicInternetOnly | VpcOnly. AWS documents PublicInternetOnly as the default. */
  appNetworkAccessType: string;
  /** The customer KMS key of the domain's EFS and EBS volumes; absent: the AWS managed key. */
  kmsKeyId?: string;
  homeEfsFileSystemId?: string;
  vpcId?: string;
  subnetIds: string[];
  tags: Fact<Record<string, string>>;
}
