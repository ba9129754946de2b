/** Fixture builders for the encryption and retention inventory keys. */
import type { EbsEncryptionDefault, Ec2Volume } from '../../src/model/items/ec2.js';
import type { KmsKeyPolicy, KmsKeyTags } from '../../src/model/items/kms.js';
import type { MacieStatus } from '../../src/model/items/macie.js';
import { ACCOUNT } from './inventory.js';

export function aVolume(volumeId: string, overrides: Partial<Ec2Volume> = {}): Ec2Volume {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:ec2:${region}:${ACCOUNT.id}:volume/${volumeId}`,
    region,
    volumeId,
    state: 'in-use',
    encrypted: true,
    kmsKeyId: `arn:aws:kms:${region}:${ACCOUNT.id}:key/k1`,
    attachments: [{ instanceId: 'i-0abc', device: '/dev/xvda', state: 'attached', deleteOnTermination: true }],
    createTime: '2025-01-01T00:00:00.000Z',
    sizeGiB: 100,
    volumeType: 'gp3',
    tags: {},
    ...overrides,
  };
}

export function anEbsDefault(region: string, encryptionByDefault: boolean, defaultKmsKeyId: string | null = null): EbsEncryptionDefault {
  return { arn: `arn:aws:ec2:${region}:${ACCOUNT.id}:account`, region, encryptionByDefault, defaultKmsKeyId };
}

export function aKeyPolicy(keyId: string, policy: unknown, region = 'us-east-1'): KmsKeyPolicy {
  return { arn: `arn:aws:kms:${region}:${ACCOUNT.id}:key/${keyId}`, region, keyId, policy };
}

export function aKeyTags(keyId: string, tags: Record<string, string>, region = 'us-east-1'): KmsKeyTags {
  return { arn: `arn:aws:kms:${region}:${ACCOUNT.id}:key/${keyId}`, region, keyId, tags };
}

export function aMacieStatus(region: string, status: string, automatedDiscoveryStatus: string | null): MacieStatus {
  return { arn: `arn:aws:macie2:${region}:${ACCOUNT.id}:account`, region, status, automatedDiscoveryStatus };
}
