import { defineCheck, fail } from '../../src/model/check.js';
import { holdsControlledData, severityForStore } from '../../src/rules/data-classification.js';
import { atRestFinding, keyResolver } from '../../src/rules/kms-key-reference.js';

export default defineCheck({
  id: 'dynamodb-table-cmk',
  title: 'DynamoDB tables holding dbGaP data are encrypted with a customer managed key',
  controlArea: 'data-encryption',
  severity: 'high',
  nist: { sp800_53r5: ['SC-28(1)', 'SC-13', 'SC-12'], sp800_171r2: ['3.13.16', '3.13.11'], sp800_171r3: ['03.13.08', '03.13.11'] },
  needs: ['dynamodbTables', 'kmsKeys'],
  rationale:
    'Every DynamoDB table is encrypted at rest, by default with an AWS owned key that the institution cannot see, audit or revoke. Tables holding controlled-access data need a customer managed key, so that access is governed by a key policy, logged in CloudTrail, and revocable at close-out.',
  remediation: {
    summary: 'Switch the table to a customer managed KMS key. The change happens online; the table stays available.',
    cli: 'aws dynamodb update-table --table-name TABLE --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=KEY_ARN  # re-encrypts online; reads and writes continue',
    docUrl: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html',
  },
  evaluate({ dynamodbTables, kmsKeys }, { settings, account }) {
    const resolve = keyResolver(kmsKeys, account.id);
    return dynamodbTables.map((table) => {
      const classified = holdsControlledData({ kind: 'dynamodb-table', name: table.tableName, tags: table.tags }, settings);
      const dbgap = classified || table.tags !== undefined ? classified : 'unknown';
      const label = `DynamoDB table ${table.tableName}${dbgap === true ? ' (dbGaP data)' : ''}`;
      // SSEType KMS without a key ARN cannot be told apart (AWS managed aws/dynamodb or customer key): unknown below.
      if (table.sseType !== 'AWS_OWNED' && table.sseType !== 'KMS') {
        return fail(table, `${label} reports encryption type ${table.sseType}, not KMS with a customer managed key.`, severityForStore(dbgap, 'high'));
      }
      return atRestFinding(
        {
          target: table,
          label,
          // DynamoDB encrypts every table at rest; the question is only whose key.
          encrypted: true,
          reference: table.sseType === 'KMS' ? (table.kmsKeyArn ?? 'an unnamed KMS key') : undefined,
          withoutReference: 'the AWS owned key (no SSEDescription)',
          dbgap,
          severity: 'high',
        },
        resolve,
      );
    });
  },
});
