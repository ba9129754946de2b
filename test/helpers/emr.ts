import type { EmrBlockPublicAccess, EmrCluster, EmrSecurityConfiguration } from '../../src/model/items/emr.js';
import { ACCOUNT } from './inventory.js';

export function anEmrSecurityConfiguration(name: string, overrides: Partial<EmrSecurityConfiguration> = {}): EmrSecurityConfiguration {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:elasticmapreduce:${region}:${ACCOUNT.id}:security-configuration/${name}`,
    region,
    name,
    atRestEncryption: true,
    inTransitEncryption: true,
    s3EncryptionMode: 'SSE-KMS',
    localDiskKeyProvider: 'AwsKms',
    ebsEncryption: true,
    ...overrides,
  };
}

export function anEmrCluster(clusterId: string, overrides: Partial<EmrCluster> = {}): EmrCluster {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:elasticmapreduce:${region}:${ACCOUNT.id}:cluster/${clusterId}`,
    region,
    clusterId,
    name: `analysis-${clusterId}`,
    state: 'WAITING',
    securityConfiguration: 'encrypted',
    tags: {},
    ...overrides,
  };
}

export function anEmrBlockPublicAccess(region: string, overrides: Partial<EmrBlockPublicAccess> = {}): EmrBlockPublicAccess {
  return {
    arn: `arn:aws:elasticmapreduce:${region}:${ACCOUNT.id}:account`,
    region,
    blockPublicSecurityGroupRules: true,
    permittedPortRanges: [{ from: 22, to: 22 }],
    ...overrides,
  };
}
