import type { SsmAssociationCompliance, SsmManagedInstance, SsmPatchCompliance } from '../../src/model/items/ssm.js';
import { ACCOUNT } from './inventory.js';

export function aManagedInstance(id: string, overrides: Partial<SsmManagedInstance> = {}): SsmManagedInstance {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: id.startsWith('i-') ? `arn:aws:ec2:${region}:${ACCOUNT.id}:instance/${id}` : `arn:aws:ssm:${region}:${ACCOUNT.id}:managed-instance/${id}`,
    region,
    instanceId: id,
    pingStatus: 'Online',
    platformType: 'Linux',
    ...overrides,
  };
}

export function aPatchSummary(id: string, overrides: Partial<SsmPatchCompliance> = {}): SsmPatchCompliance {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: id.startsWith('i-') ? `arn:aws:ec2:${region}:${ACCOUNT.id}:instance/${id}` : `arn:aws:ssm:${region}:${ACCOUNT.id}:managed-instance/${id}`,
    region,
    resourceId: id,
    resourceType: 'ManagedInstance',
    status: 'COMPLIANT',
    executionTime: '2026-11-22T00:00:00.000Z',
    nonCompliant: { critical: 0, high: 0, medium: 0, low: 0, informational: 0, unspecified: 0 },
    ...overrides,
  };
}

export function anAssociationSummary(resourceId: string, overrides: Partial<SsmAssociationCompliance> = {}): SsmAssociationCompliance {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:ec2:${region}:${ACCOUNT.id}:instance/${resourceId}`,
    region,
    resourceId,
    resourceType: 'ManagedInstance',
    status: 'COMPLIANT',
    compliantCount: 3,
    nonCompliantCount: 0,
    ...overrides,
  };
}
