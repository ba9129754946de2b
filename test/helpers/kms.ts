import type { KmsKey, KmsKeyPolicy, KmsKeyTags } from '../../src/model/items/kms.js';
import { ACCOUNT } from './inventory.js';

export function aKmsKey(keyId: string, overrides: Partial<KmsKey> = {}): KmsKey {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:kms:${region}:${ACCOUNT.id}:key/${keyId}`,
    region,
    keyId,
    keyManager: 'CUSTOMER',
    keyState: 'Enabled',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    origin: 'AWS_KMS',
    multiRegion: false,
    ...overrides,
  };
}

export function aKeyPolicy(keyId: string, policy: unknown, region = 'us-east-1'): KmsKeyPolicy {
  return { arn: `arn:aws:kms:${region}:${ACCOUNT.id}:key/${keyId}`, region, keyId, policy };
}

export function aKeyTags(keyId: string, tags: Record<string, string>, region = 'us-east-1'): KmsKeyTags {
  return { arn: `arn:aws:kms:${region}:${ACCOUNT.id}:key/${keyId}`, region, keyId, tags };
}
