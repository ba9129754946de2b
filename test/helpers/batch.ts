import type { BatchComputeEnvironment } from '../../src/model/items/batch.js';
import { ACCOUNT } from './inventory.js';

export function aComputeEnvironment(name: string, overrides: Partial<BatchComputeEnvironment> = {}): BatchComputeEnvironment {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:batch:${region}:${ACCOUNT.id}:compute-environment/${name}`,
    region,
    name,
    type: 'MANAGED',
    computeResourceType: 'EC2',
    subnets: ['subnet-1'],
    securityGroupIds: ['sg-1'],
    instanceRole: `arn:aws:iam::${ACCOUNT.id}:instance-profile/ecsInstanceRole`,
    ...overrides,
  };
}
