import type { SageMakerDomain, SageMakerNotebookInstance } from '../../src/model/items/sagemaker.js';
import { ACCOUNT } from './inventory.js';

/** A private, KMS-encrypted notebook without root access (every check passes); override to break one thing. */
export function aNotebook(name: string, overrides: Partial<SageMakerNotebookInstance> = {}): SageMakerNotebookInstance {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:sagemaker:${region}:${ACCOUNT.id}:notebook-instance/${name}`,
    region,
    name,
    status: 'InService',
    directInternetAccess: 'Disabled',
    rootAccess: 'Disabled',
    kmsKeyId: `arn:aws:kms:${region}:${ACCOUNT.id}:key/k1`,
    subnetId: 'subnet-0a',
    securityGroups: ['sg-0a'],
    tags: {},
    ...overrides,
  };
}

/** A VpcOnly domain with a customer key. */
export function aDomain(domainId: string, overrides: Partial<SageMakerDomain> = {}): SageMakerDomain {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:sagemaker:${region}:${ACCOUNT.id}:domain/${domainId}`,
    region,
    domainId,
    name: `studio-${domainId}`,
    status: 'InService',
    appNetworkAccessType: 'VpcOnly',
    kmsKeyId: `arn:aws:kms:${region}:${ACCOUNT.id}:key/k1`,
    homeEfsFileSystemId: 'fs-0a',
    vpcId: 'vpc-0a',
    subnetIds: ['subnet-0a'],
    tags: {},
    ...overrides,
  };
}
