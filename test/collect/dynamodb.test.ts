import { DescribeContinuousBackupsCommand, DescribeTableCommand, DynamoDBClient, ListTablesCommand, ListTagsOfResourceCommand } from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../helpers/collect.js';

const dynamodb = mockClient(DynamoDBClient);
const arn = (name: string) => `arn:aws:dynamodb:us-east-1:123456789012:table/${name}`;

beforeEach(() => {
  dynamodb.reset();
  dynamodb.onAnyCommand().rejects(new Error('unexpected DynamoDB command'));
});
afterEach(() => dynamodb.reset());

describe('DynamoDB collectors', () => {
  it('reads tables: no SSEDescription is the AWS owned key; KMS keeps its key ARN; tags are paged', async () => {
    dynamodb.on(ListTablesCommand).resolves({ TableNames: ['owned', 'kms'] });
    dynamodb.on(DescribeTableCommand, { TableName: 'owned' }).resolves({ Table: { TableName: 'owned', TableArn: arn('owned'), TableStatus: 'ACTIVE' } });
    dynamodb.on(DescribeTableCommand, { TableName: 'kms' }).resolves({
      Table: { TableName: 'kms', TableArn: arn('kms'), TableStatus: 'ACTIVE', SSEDescription: { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/k1' } },
    });
    dynamodb.on(ListTagsOfResourceCommand, { ResourceArn: arn('owned') }).resolves({ Tags: [] });
    dynamodb.on(ListTagsOfResourceCommand, { ResourceArn: arn('kms') }).resolves({ Tags: [{ Key: 'a', Value: '1' }], NextToken: 't' });
    dynamodb.on(ListTagsOfResourceCommand, { ResourceArn: arn('kms'), NextToken: 't' }).resolves({ Tags: [{ Key: 'dbgap:project', Value: 'phs1' }] });
    const inventory = await collect(['dynamodbTables']);
    expect(inventory.keys.dynamodbTables?.items).toEqual([
      { arn: arn('owned'), region: 'us-east-1', tableName: 'owned', tableStatus: 'ACTIVE', sseType: 'AWS_OWNED', tags: {} },
      {
        arn: arn('kms'),
        region: 'us-east-1',
        tableName: 'kms',
        tableStatus: 'ACTIVE',
        sseType: 'KMS',
        sseStatus: 'ENABLED',
        kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/k1',
        tags: { a: '1', 'dbgap:project': 'phs1' },
      },
    ]);
  });

  it('keeps a table whose tags were denied, with unknown tags and a failure naming dynamodb:ListTagsOfResource', async () => {
    dynamodb.on(ListTablesCommand).resolves({ TableNames: ['t1'] });
    dynamodb.on(DescribeTableCommand).resolves({ Table: { TableName: 't1', TableArn: arn('t1') } });
    dynamodb.on(ListTagsOfResourceCommand).rejects(awsError('AccessDeniedException', 400));
    const inventory = await collect(['dynamodbTables']);
    expect(inventory.keys.dynamodbTables?.items).toEqual([expect.objectContaining({ tableName: 't1', tags: undefined })]);
    expect(inventory.keys.dynamodbTables?.failures).toEqual([expect.objectContaining({ action: 'dynamodb:ListTagsOfResource', resourceArn: arn('t1') })]);
  });

  it('reads point-in-time recovery and skips a table deleted meanwhile', async () => {
    dynamodb.on(ListTablesCommand).resolves({ TableNames: ['t1', 'gone'] });
    dynamodb.on(DescribeContinuousBackupsCommand, { TableName: 't1' }).resolves({
      ContinuousBackupsDescription: { ContinuousBackupsStatus: 'ENABLED', PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'ENABLED', RecoveryPeriodInDays: 35 } },
    });
    dynamodb.on(DescribeContinuousBackupsCommand, { TableName: 'gone' }).rejects(awsError('TableNotFoundException', 400));
    const inventory = await collect(['dynamodbContinuousBackups']);
    expect(inventory.keys.dynamodbContinuousBackups?.items).toEqual([
      { arn: arn('t1'), region: 'us-east-1', tableName: 't1', pointInTimeRecoveryStatus: 'ENABLED', recoveryPeriodInDays: 35 },
    ]);
    expect(inventory.keys.dynamodbContinuousBackups?.failures).toEqual([]);
  });

  it('records an empty DescribeContinuousBackups answer as unreadable', async () => {
    dynamodb.on(ListTablesCommand).resolves({ TableNames: ['t1'] });
    dynamodb.on(DescribeContinuousBackupsCommand).resolves({});
    const inventory = await collect(['dynamodbContinuousBackups']);
    expect(inventory.keys.dynamodbContinuousBackups?.failures).toEqual([expect.objectContaining({ code: 'UnreadableResponse', action: 'dynamodb:DescribeContinuousBackups' })]);
  });

  it('records a denied ListTables for the region', async () => {
    dynamodb.on(ListTablesCommand).rejects(awsError('AccessDeniedException', 400));
    const inventory = await collect(['dynamodbTables']);
    expect(inventory.keys.dynamodbTables?.failures).toEqual([expect.objectContaining({ action: 'dynamodb:ListTables', region: 'us-east-1' })]);
  });
});
