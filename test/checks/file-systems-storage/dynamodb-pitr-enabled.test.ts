import { describe, expect, it } from 'vitest';
import check from '../../../checks/file-systems-storage/dynamodb-pitr-enabled.js';
import { aDynamodbTable, someContinuousBackups } from '../../helpers/dynamodb.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

// DynamoDB Developer Guide, "Point-in-time recovery": DescribeContinuousBackups PointInTimeRecoveryStatus.
describe('dynamodb-pitr-enabled', () => {
  it('passes a table with point-in-time recovery', () => {
    expect(statuses(run(check, { dynamodbTables: [aDynamodbTable('t1')], dynamodbContinuousBackups: [someContinuousBackups('t1', 'ENABLED')] }))).toEqual(['pass']);
  });

  it('fails PITR off: medium for dbGaP, low elsewhere, medium when the tags are unknown', () => {
    const results = run(check, {
      dynamodbTables: [aDynamodbTable('t1'), aDynamodbTable('t2', { tags: {} }), aDynamodbTable('t3', { tags: undefined })],
      dynamodbContinuousBackups: [someContinuousBackups('t1', 'DISABLED'), someContinuousBackups('t2', 'DISABLED'), someContinuousBackups('t3', 'DISABLED')],
    });
    expect(results.map((result) => [result.status, result.severity])).toEqual([['fail', 'medium'], ['fail', 'low'], ['fail', 'medium']]);
  });

  it('is an error when DescribeContinuousBackups was denied for a table', () => {
    const table = aDynamodbTable('t1');
    const results = run(check, {
      dynamodbTables: [table],
      dynamodbContinuousBackups: { items: [], failures: [aFailure({ api: 'dynamodb.DescribeContinuousBackups', action: 'dynamodb:DescribeContinuousBackups', resourceArn: table.arn })] },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toContain('dynamodb:DescribeContinuousBackups');
  });

  it('is not applicable without tables', () => {
    expect(statuses(run(check, { dynamodbTables: [], dynamodbContinuousBackups: [] }))).toEqual(['not_applicable']);
  });
});
