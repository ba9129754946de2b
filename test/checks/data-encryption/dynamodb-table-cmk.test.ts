import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/dynamodb-table-cmk.js';
import { aDynamodbTable } from '../../helpers/dynamodb.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aKmsKey } from '../../helpers/kms.js';

const keyArn = (id: string) => `arn:aws:kms:us-east-1:123456789012:key/${id}`;
const keys = [aKmsKey('k1'), aKmsKey('managed', { keyManager: 'AWS', aliases: ['alias/aws/dynamodb'] }), aKmsKey('odd', { keyManager: 'UNKNOWN' })];

// DynamoDB Developer Guide, "Encryption at rest: how it works": no SSEDescription = AWS owned key; SSEType KMS with
// KMSMasterKeyArn = the AWS managed key aws/dynamodb or a customer managed key.
describe('dynamodb-table-cmk', () => {
  it.each([
    ['a dbGaP table with a customer key', aDynamodbTable('t1'), 'pass', undefined],
    ['a dbGaP table with the AWS owned key (no SSEDescription)', aDynamodbTable('t1', { sseType: 'AWS_OWNED', kmsKeyArn: undefined, sseStatus: undefined }), 'fail', 'high'],
    ['a dbGaP table with the AWS managed key', aDynamodbTable('t1', { kmsKeyArn: keyArn('managed') }), 'fail', 'high'],
    ['a non-dbGaP table with the AWS owned key', aDynamodbTable('t1', { sseType: 'AWS_OWNED', kmsKeyArn: undefined, tags: {} }), 'pass', undefined],
    ['a table whose tags were not read, with the AWS owned key', aDynamodbTable('t1', { sseType: 'AWS_OWNED', kmsKeyArn: undefined, tags: undefined }), 'fail', 'high'],
    ['a dbGaP table whose key manager is unknown', aDynamodbTable('t1', { kmsKeyArn: keyArn('odd') }), 'error', undefined],
    ['a dbGaP table whose key is not in the inventory', aDynamodbTable('t1', { kmsKeyArn: keyArn('gone') }), 'error', undefined],
    ['a dbGaP table with SSEType KMS but no key ARN', aDynamodbTable('t1', { kmsKeyArn: undefined }), 'error', undefined],
    ['a dbGaP table with an unexpected SSEType', aDynamodbTable('t1', { sseType: 'AES256', kmsKeyArn: undefined }), 'fail', 'high'],
  ])('%s → %s', (_name, table, status, severity) => {
    const [result] = run(check, { dynamodbTables: [table], kmsKeys: keys });
    expect(result?.status).toBe(status);
    if (severity) expect(result?.severity).toBe(severity);
    if (status === 'error') expect(result?.message).toContain('kms:DescribeKey');
  });

  it('is an error for a table whose tags could not be read when the failure is recorded', () => {
    const table = aDynamodbTable('t1', { tags: undefined });
    const results = run(check, {
      dynamodbTables: { items: [table], failures: [aFailure({ api: 'dynamodb.ListTagsOfResource', action: 'dynamodb:ListTagsOfResource', resourceArn: table.arn })] },
      kmsKeys: keys,
    });
    expect(statuses(results)).toEqual(['error']);
  });

  it('is not applicable without tables', () => {
    expect(statuses(run(check, { dynamodbTables: [], kmsKeys: [] }))).toEqual(['not_applicable']);
  });
});
