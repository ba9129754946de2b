/**
 * Glue in the synthetic account: the Data Catalog is unencrypted in even regions (the first included) and encrypted
 * with KMS in odd ones; two security configurations, one encrypting everything and one leaving logs and bookmarks
 * unencrypted.
 */
import { paged, serviceError } from '../synthetic-aws.js';
import type { SyntheticResponder } from './index.js';

export const glue: SyntheticResponder = (aws, api, region, input) => {
  const { accountId } = aws.options;
  const position = aws.shape.regions.indexOf(region);
  const key = `arn:aws:kms:${region}:${accountId}:key/key-${position}`;
  switch (api) {
    case 'glue.GetDataCatalogEncryptionSettings':
      return {
        DataCatalogEncryptionSettings:
          position % 2 === 0
            ? { EncryptionAtRest: { CatalogEncryptionMode: 'DISABLED' }, ConnectionPasswordEncryption: { ReturnConnectionPasswordEncrypted: false } }
            : {
                EncryptionAtRest: { CatalogEncryptionMode: 'SSE-KMS', SseAwsKmsKeyId: key },
                ConnectionPasswordEncryption: { ReturnConnectionPasswordEncrypted: true, AwsKmsKeyId: key },
              },
      };
    case 'glue.GetSecurityConfigurations': {
      const page = paged(
        [
          {
            Name: 'glue-encrypted',
            EncryptionConfiguration: {
              S3Encryption: [{ S3EncryptionMode: 'SSE-KMS', KmsKeyArn: key }],
              CloudWatchEncryption: { CloudWatchEncryptionMode: 'SSE-KMS', KmsKeyArn: key },
              JobBookmarksEncryption: { JobBookmarksEncryptionMode: 'CSE-KMS', KmsKeyArn: key },
            },
          },
          {
            Name: 'glue-s3-only',
            EncryptionConfiguration: {
              S3Encryption: [{ S3EncryptionMode: 'SSE-S3' }],
              CloudWatchEncryption: { CloudWatchEncryptionMode: 'DISABLED' },
              JobBookmarksEncryption: { JobBookmarksEncryptionMode: 'DISABLED' },
            },
          },
        ],
        input,
        'NextToken',
        'MaxResults',
        1,
      );
      return { SecurityConfigurations: page.items, ...(page.next ? { NextToken: page.next } : {}) };
    }
    default:
      throw serviceError('UnknownOperationException', 400);
  }
};
