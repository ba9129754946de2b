import { defineCheck, fail, pass } from '../../src/model/check.js';
import { holdsControlledData, severityForStore } from '../../src/rules/data-classification.js';

export default defineCheck({
  id: 'dynamodb-pitr-enabled',
  title: 'DynamoDB tables have point-in-time recovery turned on',
  controlArea: 'file-systems-storage',
  severity: 'medium',
  nist: { sp800_53r5: ['CP-9', 'CP-10', 'SI-12'], sp800_171r2: ['3.8.9'], sp800_171r3: ['03.08.09'] },
  needs: ['dynamodbTables', 'dynamodbContinuousBackups'],
  rationale:
    'Without point-in-time recovery a faulty pipeline or a deleted item cannot be undone: the table can only be restored from whatever on-demand backup happens to exist, and integrity of the study data is lost in between.',
  remediation: {
    summary: 'Turn on point-in-time recovery. DynamoDB then keeps continuous backups for the recovery period (35 days by default).',
    cli: 'aws dynamodb update-continuous-backups --table-name TABLE --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true  # starts continuous backups; the table is unaffected',
    docUrl: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html',
  },
  evaluate({ dynamodbTables, dynamodbContinuousBackups }, { settings }) {
    const tables = new Map(dynamodbTables.map((table) => [table.arn, table]));
    return dynamodbContinuousBackups.map((backups) => {
      const tags = tables.get(backups.arn)?.tags;
      const classified = holdsControlledData({ kind: 'dynamodb-table', name: backups.tableName, tags }, settings);
      const dbgap = classified || tags !== undefined ? classified : 'unknown';
      const label = `DynamoDB table ${backups.tableName}${dbgap === true ? ' (dbGaP data)' : ''}`;
      if (backups.pointInTimeRecoveryStatus === 'ENABLED') {
        return pass(backups, `${label} has point-in-time recovery${backups.recoveryPeriodInDays ? ` (${backups.recoveryPeriodInDays} days)` : ''}.`);
      }
      return fail(backups, `${label} has point-in-time recovery ${backups.pointInTimeRecoveryStatus}.`, severityForStore(dbgap, 'medium'));
    });
  },
});
