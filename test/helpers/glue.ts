import type { GlueDataCatalogEncryption, GlueSecurityConfiguration } from '../../src/model/items/glue.js';
import { ACCOUNT } from './inventory.js';

export function aGlueCatalog(region: string, overrides: Partial<GlueDataCatalogEncryption> = {}): GlueDataCatalogEncryption {
  return {
    arn: `arn:aws:glue:${region}:${ACCOUNT.id}:catalog`,
    region,
    catalogEncryptionMode: 'SSE-KMS',
    sseKmsKeyId: `arn:aws:kms:${region}:${ACCOUNT.id}:key/k1`,
    returnConnectionPasswordEncrypted: true,
    ...overrides,
  };
}

export function aGlueSecurityConfiguration(name: string, overrides: Partial<GlueSecurityConfiguration> = {}): GlueSecurityConfiguration {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:glue:${region}:${ACCOUNT.id}:security-configuration/${name}`,
    region,
    name,
    s3EncryptionModes: ['SSE-KMS'],
    cloudWatchEncryptionMode: 'SSE-KMS',
    jobBookmarksEncryptionMode: 'CSE-KMS',
    ...overrides,
  };
}
