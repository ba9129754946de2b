import { DescribeContinuousBackupsCommand, DescribeTableCommand, ListTagsOfResourceCommand, paginateListTables } from '@aws-sdk/client-dynamodb';
import type { CollectionFailure } from '../model/failure.js';
import type { DynamodbContinuousBackups, DynamodbTable } from '../model/items/dynamodb.js';
import { type Attempt, attempt, type CollectContext, defineCollector } from './collector.js';
import { gathered, shareListing, type SharedListing } from './paginate.js';

/** A table deleted between ListTables and the per-table call: it no longer exists. */
const TABLE_GONE = ['ResourceNotFoundException', 'TableNotFoundException'] as const;

/** ListTables once per region per scan (it returns names only). */
function listedTableNames(context: CollectContext, region: string): SharedListing<string> {
  return context.memo(`dynamodb:tables:${region}`, () => {
    const client = context.clients.get('dynamodb', region);
    return shareListing({ api: 'dynamodb.ListTables', region }, () => paginateListTables({ client }, {}), (page) => page.TableNames);
  });
}

function tableArn(context: CollectContext, region: string, name: string): string {
  return `arn:${context.account.partition}:dynamodb:${region}:${context.account.id}:table/${name}`;
}

async function tagsOf(context: CollectContext, region: string, arn: string): Promise<Attempt<Record<string, string> | null>> {
  const client = context.clients.get('dynamodb', region);
  const tags: Record<string, string> = {};
  let token: string | undefined;
  do {
    const page = await attempt({ api: 'dynamodb.ListTagsOfResource', region, resourceArn: arn, absentOn: TABLE_GONE }, () =>
      client.send(new ListTagsOfResourceCommand({ ResourceArn: arn, ...(token ? { NextToken: token } : {}) })),
    );
    if (!page.ok) return page;
    if (page.value === null) return { ok: true, value: null };
    for (const tag of page.value.Tags ?? []) if (tag.Key !== undefined) tags[tag.Key] = tag.Value ?? '';
    token = page.value.NextToken;
  } while (token);
  return { ok: true, value: tags };
}

export const dynamodbTablesCollector = defineCollector({
  key: 'dynamodbTables',
  scope: 'regional',
  apis: ['dynamodb.ListTables', 'dynamodb.DescribeTable', 'dynamodb.ListTagsOfResource'],
  async collect(context, region) {
    const client = context.clients.get('dynamodb', region);
    const outcomes = await listedTableNames(context, region).map(async (name): Promise<{ item?: DynamodbTable; failure?: CollectionFailure }> => {
      const fallbackArn = tableArn(context, region, name);
      const described = await attempt({ api: 'dynamodb.DescribeTable', region, resourceArn: fallbackArn, absentOn: TABLE_GONE }, () =>
        client.send(new DescribeTableCommand({ TableName: name })),
      );
      if (!described.ok) return { failure: described.failure };
      const table = described.value?.Table;
      if (!table) return {};
      const arn = table.TableArn ?? fallbackArn;
      const tags = await tagsOf(context, region, arn);
      const sse = table.SSEDescription;
      const item: DynamodbTable = {
        arn,
        region,
        tableName: table.TableName ?? name,
        tableStatus: table.TableStatus ?? 'UNKNOWN',
        // No SSEDescription: the table is encrypted with the AWS owned key (DynamoDB encryption at rest, "How it works").
        sseType: sse ? (sse.SSEType ?? 'UNKNOWN') : 'AWS_OWNED',
        tags: tags.ok ? (tags.value ?? undefined) : undefined,
      };
      if (sse?.Status) item.sseStatus = sse.Status;
      if (sse?.KMSMasterKeyArn) item.kmsKeyArn = sse.KMSMasterKeyArn;
      if (table.DeletionProtectionEnabled !== undefined) item.deletionProtection = table.DeletionProtectionEnabled;
      return tags.ok ? { item } : { item, failure: tags.failure };
    });
    return gathered(outcomes);
  },
});

export const dynamodbContinuousBackupsCollector = defineCollector({
  key: 'dynamodbContinuousBackups',
  scope: 'regional',
  apis: ['dynamodb.ListTables', 'dynamodb.DescribeContinuousBackups'],
  async collect(context, region) {
    const client = context.clients.get('dynamodb', region);
    const outcomes = await listedTableNames(context, region).map(async (name): Promise<{ item?: DynamodbContinuousBackups; failure?: CollectionFailure }> => {
      const arn = tableArn(context, region, name);
      const response = await attempt({ api: 'dynamodb.DescribeContinuousBackups', region, resourceArn: arn, absentOn: TABLE_GONE }, () =>
        client.send(new DescribeContinuousBackupsCommand({ TableName: name })),
      );
      if (!response.ok) return { failure: response.failure };
      if (response.value === null) return {};
      const pitr = response.value.ContinuousBackupsDescription?.PointInTimeRecoveryDescription;
      const item: DynamodbContinuousBackups = { arn, region, tableName: name, pointInTimeRecoveryStatus: pitr?.PointInTimeRecoveryStatus ?? 'DISABLED' };
      if (pitr?.RecoveryPeriodInDays !== undefined) item.recoveryPeriodInDays = pitr.RecoveryPeriodInDays;
      return { item };
    });
    return gathered(outcomes);
  },
});
