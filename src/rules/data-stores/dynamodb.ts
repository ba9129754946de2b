/** DynamoDB tables in the data inventory. */
import type { InventoryData } from '../../model/inventory.js';
import type { Settings } from '../../model/settings.js';
import { controlledDataReason } from '../data-classification.js';
import { describeResolution, keyResolver } from '../kms-key-reference.js';
import type { DataStoreRecord } from './index.js';
import { accountOfArn, unreadPhrase } from './unread-phrase.js';

export function dynamodbStores(inventory: InventoryData, settings: Settings): DataStoreRecord[] {
  const tables = inventory.dynamodbTables?.items ?? [];
  const resolve = keyResolver(inventory.kmsKeys?.items ?? [], accountOfArn(tables[0]?.arn));
  const backups = inventory.dynamodbContinuousBackups;
  const pitr = new Map((backups?.items ?? []).map((entry) => [entry.arn, entry]));
  return tables.map((table): DataStoreRecord => {
    const reason = controlledDataReason({ kind: 'dynamodb-table', name: table.tableName, tags: table.tags }, settings);
    const encryption =
      table.sseType === 'AWS_OWNED'
        ? 'AWS owned key'
        : table.kmsKeyArn
          ? describeResolution(resolve(table.kmsKeyArn, table.region), table.kmsKeyArn)
          : `${table.sseType} (no key named)`;
    const recovery = pitr.get(table.arn);
    const retention = recovery
      ? recovery.pointInTimeRecoveryStatus === 'ENABLED'
        ? `point-in-time recovery ${recovery.recoveryPeriodInDays ?? 35} days`
        : 'no point-in-time recovery'
      : (unreadPhrase(backups?.failures, table.arn, table.region) ?? 'unknown');
    return {
      arn: table.arn,
      kind: 'dynamodb-table',
      service: 'Amazon DynamoDB',
      region: table.region,
      name: table.tableName,
      controlledData: reason !== null ? true : table.tags === undefined ? 'unknown' : false,
      reason,
      encryption,
      // Tables are reached through the DynamoDB API only; resource policies are not read by this scanner yet.
      exposure: 'private (API access only; resource policy not read)',
      retention,
    };
  });
}
