/** SageMaker AI's data stores: each notebook instance's ML storage volume and each Studio domain's home file system. */
import { classifyStore } from '../tagged-stores.js';
import type { DataStoreRecord, DataStoreSource } from './index.js';

const SERVICE = 'Amazon SageMaker AI';

export const sagemakerDataStores: DataStoreSource = (inventory, settings) => {
  const notebooks = (inventory.sagemakerNotebookInstances?.items ?? []).map((notebook): DataStoreRecord => {
    const { controlledData, reason } = classifyStore({ name: notebook.name, kind: 'sagemaker-notebook', tags: notebook.tags }, settings);
    const open = !notebook.subnetId || notebook.directInternetAccess !== 'Disabled';
    return {
      arn: notebook.arn,
      kind: 'sagemaker-notebook',
      service: SERVICE,
      region: notebook.region,
      name: notebook.name,
      controlledData,
      reason,
      encryption: notebook.kmsKeyId ? `KMS customer key ${notebook.kmsKeyId}` : 'AWS managed key',
      exposure: open ? 'direct internet access' : `private (subnet ${notebook.subnetId ?? ''})`,
      retention: 'none configured (the volume lives as long as the notebook instance)',
    };
  });
  const domains = (inventory.sagemakerDomains?.items ?? []).map((domain): DataStoreRecord => {
    const { controlledData, reason } = classifyStore({ name: domain.name, kind: 'sagemaker-domain', tags: domain.tags }, settings);
    return {
      arn: domain.arn,
      kind: 'sagemaker-domain',
      service: SERVICE,
      region: domain.region,
      name: domain.name,
      controlledData,
      reason,
      encryption: domain.kmsKeyId ? `KMS customer key ${domain.kmsKeyId}` : 'AWS managed key',
      exposure: domain.appNetworkAccessType === 'VpcOnly' ? `VPC only (${domain.vpcId ?? 'unknown VPC'})` : 'apps with direct internet access',
      retention: `none configured (home directories on ${domain.homeEfsFileSystemId ?? 'the domain EFS file system'} live as long as the domain)`,
    };
  });
  return [...notebooks, ...domains];
};
