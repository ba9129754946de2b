import type { AccessAnalyzer, AccessAnalyzerFinding } from '../../src/model/items/access-analyzer.js';
import { ACCOUNT } from './inventory.js';

export function anAnalyzer(name: string, overrides: Partial<AccessAnalyzer> = {}): AccessAnalyzer {
  const region = overrides.region ?? 'us-east-1';
  return { arn: `arn:aws:access-analyzer:${region}:${ACCOUNT.id}:analyzer/${name}`, region, name, type: 'ACCOUNT', status: 'ACTIVE', ...overrides };
}

export function aFinding(resource: string, overrides: Partial<AccessAnalyzerFinding> = {}): AccessAnalyzerFinding {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: resource,
    region,
    id: 'finding-1',
    analyzerArn: `arn:aws:access-analyzer:${region}:${ACCOUNT.id}:analyzer/account`,
    resourceType: 'AWS::S3::Bucket',
    resourceOwnerAccount: ACCOUNT.id,
    principal: { AWS: '999988887777' },
    isPublic: false,
    actions: ['s3:GetObject'],
    condition: {},
    status: 'ACTIVE',
    ...overrides,
  };
}
