import { GetDataCatalogEncryptionSettingsCommand, GetSecurityConfigurationsCommand, GlueClient } from '@aws-sdk/client-glue';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../helpers/collect.js';

const glue = mockClient(GlueClient);

beforeEach(() => {
  glue.reset();
  glue.onAnyCommand().rejects(new Error('unexpected Glue command'));
});
afterEach(() => glue.reset());

describe('Glue Data Catalog encryption collector', () => {
  it('reads the catalog encryption mode and connection password encryption', async () => {
    glue.on(GetDataCatalogEncryptionSettingsCommand).resolves({
      DataCatalogEncryptionSettings: {
        EncryptionAtRest: { CatalogEncryptionMode: 'SSE-KMS', SseAwsKmsKeyId: 'k1' },
        ConnectionPasswordEncryption: { ReturnConnectionPasswordEncrypted: true, AwsKmsKeyId: 'k2' },
      },
    });
    const inventory = await collect(['glueDataCatalogEncryption']);
    expect(inventory.keys.glueDataCatalogEncryption?.items).toEqual([
      {
        arn: 'arn:aws:glue:us-east-1:123456789012:catalog',
        region: 'us-east-1',
        catalogEncryptionMode: 'SSE-KMS',
        sseKmsKeyId: 'k1',
        returnConnectionPasswordEncrypted: true,
        connectionPasswordKmsKeyId: 'k2',
      },
    ]);
  });

  it('reads empty settings (a catalog never configured) as DISABLED and passwords unencrypted', async () => {
    glue.on(GetDataCatalogEncryptionSettingsCommand).resolves({ DataCatalogEncryptionSettings: {} });
    const inventory = await collect(['glueDataCatalogEncryption']);
    expect(inventory.keys.glueDataCatalogEncryption?.items).toEqual([
      expect.objectContaining({ catalogEncryptionMode: 'DISABLED', returnConnectionPasswordEncrypted: false }),
    ]);
  });

  it('records an answer without DataCatalogEncryptionSettings as unreadable', async () => {
    glue.on(GetDataCatalogEncryptionSettingsCommand).resolves({});
    const inventory = await collect(['glueDataCatalogEncryption']);
    expect(inventory.keys.glueDataCatalogEncryption?.items).toEqual([]);
    expect(inventory.keys.glueDataCatalogEncryption?.failures).toEqual([expect.objectContaining({ code: 'UnreadableResponse', action: 'glue:GetDataCatalogEncryptionSettings' })]);
  });

  it('records a denied call naming glue:GetDataCatalogEncryptionSettings', async () => {
    glue.on(GetDataCatalogEncryptionSettingsCommand).rejects(awsError('AccessDeniedException', 400));
    const inventory = await collect(['glueDataCatalogEncryption']);
    expect(inventory.keys.glueDataCatalogEncryption?.failures).toEqual([expect.objectContaining({ action: 'glue:GetDataCatalogEncryptionSettings', kind: 'access-denied' })]);
  });
});

describe('Glue security configurations collector', () => {
  it('reads every page; a configuration without an encryption block is DISABLED everywhere', async () => {
    glue
      .on(GetSecurityConfigurationsCommand)
      .resolvesOnce({
        SecurityConfigurations: [
          {
            Name: 'full',
            EncryptionConfiguration: {
              S3Encryption: [{ S3EncryptionMode: 'SSE-KMS' }],
              CloudWatchEncryption: { CloudWatchEncryptionMode: 'SSE-KMS' },
              JobBookmarksEncryption: { JobBookmarksEncryptionMode: 'CSE-KMS' },
            },
          },
        ],
        NextToken: 'next',
      })
      .resolvesOnce({ SecurityConfigurations: [{ Name: 'bare' }] });
    const inventory = await collect(['glueSecurityConfigurations']);
    expect(inventory.keys.glueSecurityConfigurations?.items).toEqual([
      { arn: 'arn:aws:glue:us-east-1:123456789012:security-configuration/full', region: 'us-east-1', name: 'full', s3EncryptionModes: ['SSE-KMS'], cloudWatchEncryptionMode: 'SSE-KMS', jobBookmarksEncryptionMode: 'CSE-KMS' },
      { arn: 'arn:aws:glue:us-east-1:123456789012:security-configuration/bare', region: 'us-east-1', name: 'bare', s3EncryptionModes: [], cloudWatchEncryptionMode: 'DISABLED', jobBookmarksEncryptionMode: 'DISABLED' },
    ]);
  });

  it('records a denied listing naming glue:GetSecurityConfigurations', async () => {
    glue.on(GetSecurityConfigurationsCommand).rejects(awsError('AccessDeniedException', 400));
    const inventory = await collect(['glueSecurityConfigurations']);
    expect(inventory.keys.glueSecurityConfigurations?.items).toEqual([]);
    expect(inventory.keys.glueSecurityConfigurations?.failures).toEqual([expect.objectContaining({ action: 'glue:GetSecurityConfigurations', region: 'us-east-1' })]);
  });
});
