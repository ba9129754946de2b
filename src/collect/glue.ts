import { GetDataCatalogEncryptionSettingsCommand, paginateGetSecurityConfigurations } from '@aws-sdk/client-glue';
import type { GlueDataCatalogEncryption, GlueSecurityConfiguration } from '../model/items/glue.js';
import { attemptRequired, defineCollector } from './collector.js';
import { listAll } from './paginate.js';

export const glueDataCatalogEncryptionCollector = defineCollector({
  key: 'glueDataCatalogEncryption',
  scope: 'regional',
  apis: ['glue.GetDataCatalogEncryptionSettings'],
  async collect(context, region) {
    const client = context.clients.get('glue', region);
    const response = await attemptRequired({ api: 'glue.GetDataCatalogEncryptionSettings', region }, () =>
      client.send(new GetDataCatalogEncryptionSettingsCommand({})),
    );
    if (!response.ok) return { items: [], failures: [response.failure] };
    const settings = response.value.DataCatalogEncryptionSettings;
    const { partition, id } = context.account;
    const item: GlueDataCatalogEncryption = {
      // The Data Catalog's own ARN (one catalog per account and region).
      arn: `arn:${partition}:glue:${region}:${id}:catalog`,
      region,
      catalogEncryptionMode: settings?.EncryptionAtRest?.CatalogEncryptionMode ?? 'DISABLED',
      returnConnectionPasswordEncrypted: settings?.ConnectionPasswordEncryption?.ReturnConnectionPasswordEncrypted ?? false,
    };
    if (settings?.EncryptionAtRest?.SseAwsKmsKeyId) item.sseKmsKeyId = settings.EncryptionAtRest.SseAwsKmsKeyId;
    if (settings?.ConnectionPasswordEncryption?.AwsKmsKeyId) item.connectionPasswordKmsKeyId = settings.ConnectionPasswordEncryption.AwsKmsKeyId;
    return { items: [item], failures: [] };
  },
});

export const glueSecurityConfigurationsCollector = defineCollector({
  key: 'glueSecurityConfigurations',
  scope: 'regional',
  apis: ['glue.GetSecurityConfigurations'],
  async collect(context, region) {
    const client = context.clients.get('glue', region);
    const listed = await listAll(
      { api: 'glue.GetSecurityConfigurations', region },
      () => paginateGetSecurityConfigurations({ client }, {}),
      (page) => page.SecurityConfigurations,
    );
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const { partition, id } = context.account;
    const items = listed.value.map((configuration): GlueSecurityConfiguration => {
      const name = configuration.Name ?? '';
      const encryption = configuration.EncryptionConfiguration;
      return {
        arn: `arn:${partition}:glue:${region}:${id}:security-configuration/${name}`,
        region,
        name,
        s3EncryptionModes: (encryption?.S3Encryption ?? []).map((entry) => entry.S3EncryptionMode ?? 'DISABLED'),
        cloudWatchEncryptionMode: encryption?.CloudWatchEncryption?.CloudWatchEncryptionMode ?? 'DISABLED',
        jobBookmarksEncryptionMode: encryption?.JobBookmarksEncryption?.JobBookmarksEncryptionMode ?? 'DISABLED',
      };
    });
    return { items, failures: [] };
  },
});
