import type { DynamodbContinuousBackups, DynamodbTable } from '../../src/model/items/dynamodb.js';
import { ACCOUNT } from './inventory.js';

export function aDynamodbTable(name: string, overrides: Partial<DynamodbTable> = {}): DynamodbTable {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:dynamodb:${region}:${ACCOUNT.id}:table/${name}`,
    region,
    tableName: name,
    tableStatus: 'ACTIVE',
    sseType: 'KMS',
    sseStatus: 'ENABLED',
    kmsKeyArn: `arn:aws:kms:${region}:${ACCOUNT.id}:key/k1`,
    tags: { 'dbgap:project': 'phs000001' },
    ...overrides,
  };
}

export function someContinuousBackups(name: string, status: string, region = 'us-east-1'): DynamodbContinuousBackups {
  return { arn: `arn:aws:dynamodb:${region}:${ACCOUNT.id}:table/${name}`, region, tableName: name, pointInTimeRecoveryStatus: status };
}
