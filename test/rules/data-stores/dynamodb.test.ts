import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/model/settings.js';
import { dynamodbStores } from '../../../src/rules/data-stores/dynamodb.js';
import { aDynamodbTable, someContinuousBackups } from '../../helpers/dynamodb.js';
import { aFailure } from '../../helpers/inventory.js';
import { aKmsKey } from '../../helpers/kms.js';

const data = <T>(items: T[], failures = [] as ReturnType<typeof aFailure>[]) => ({ items, failures, regions: ['us-east-1'] });

describe('DynamoDB data stores', () => {
  it('describes tables: AWS owned key, AWS managed key, PITR, tags that could not be read', () => {
    const stores = dynamodbStores(
      {
        dynamodbTables: data([
          aDynamodbTable('t1'),
          aDynamodbTable('t2', { sseType: 'AWS_OWNED', kmsKeyArn: undefined, tags: undefined }),
          aDynamodbTable('t3', { kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/managed', tags: {} }),
        ]),
        dynamodbContinuousBackups: data(
          [{ ...someContinuousBackups('t1', 'ENABLED'), recoveryPeriodInDays: 14 }, someContinuousBackups('t3', 'DISABLED')],
          [aFailure({ api: 'dynamodb.DescribeContinuousBackups', action: 'dynamodb:DescribeContinuousBackups', resourceArn: aDynamodbTable('t2').arn })],
        ),
        kmsKeys: data([aKmsKey('k1'), aKmsKey('managed', { keyManager: 'AWS' })]),
      },
      DEFAULT_SETTINGS,
    );
    expect(stores.map(({ name, controlledData, encryption, retention }) => ({ name, controlledData, encryption, retention }))).toEqual([
      { name: 't1', controlledData: true, encryption: 'KMS customer key arn:aws:kms:us-east-1:123456789012:key/k1', retention: 'point-in-time recovery 14 days' },
      { name: 't2', controlledData: 'unknown', encryption: 'AWS owned key', retention: 'unknown (dynamodb:DescribeContinuousBackups denied)' },
      { name: 't3', controlledData: false, encryption: 'AWS managed key arn:aws:kms:us-east-1:123456789012:key/managed', retention: 'no point-in-time recovery' },
    ]);
  });
});
