/** Amazon DynamoDB in the synthetic account: tables on the AWS owned key, the AWS managed key and customer keys; PITR on some. */
import { indexesIn, paged, serviceError, type Input, type Output, type SyntheticAws } from '../synthetic-aws.js';

function tableIndex(value: unknown): number {
  return Number(String(value).split('/').at(-1)?.split('-').at(-1));
}

export function dynamodb(aws: SyntheticAws, api: string, region: string, input: Input): Output {
  const { accountId } = aws.options;
  const here = indexesIn(Math.max(1, Math.floor(aws.shape.scale / 2)), aws.shape.regions, region);
  const arn = (index: number) => `arn:aws:dynamodb:${region}:${accountId}:table/samples-${index}`;
  switch (api) {
    case 'dynamodb.ListTables': {
      const page = paged(here.map((index) => `samples-${index}`), input, 'ExclusiveStartTableName', 'Limit', 100);
      return { TableNames: page.items, ...(page.next ? { LastEvaluatedTableName: page.next } : {}) };
    }
    case 'dynamodb.DescribeTable': {
      const index = tableIndex(input.TableName);
      if (Number.isNaN(index)) throw serviceError('ResourceNotFoundException', 400);
      const sse =
        index % 3 === 0
          ? {}
          : { SSEDescription: { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: `arn:aws:kms:${region}:${accountId}:key/key-${index}` } };
      return { Table: { TableName: `samples-${index}`, TableArn: arn(index), TableStatus: 'ACTIVE', DeletionProtectionEnabled: index % 2 === 0, ...sse } };
    }
    case 'dynamodb.ListTagsOfResource': {
      const index = tableIndex(input.ResourceArn);
      return { Tags: index % 2 === 0 ? [{ Key: 'dbgap:project', Value: `phs${index}` }] : [] };
    }
    case 'dynamodb.DescribeContinuousBackups': {
      const index = tableIndex(input.TableName);
      const enabled = index % 3 === 1;
      return {
        ContinuousBackupsDescription: {
          ContinuousBackupsStatus: 'ENABLED',
          PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: enabled ? 'ENABLED' : 'DISABLED', ...(enabled ? { RecoveryPeriodInDays: 35 } : {}) },
        },
      };
    }
    default:
      throw serviceError('UnknownOperationException', 400);
  }
}
