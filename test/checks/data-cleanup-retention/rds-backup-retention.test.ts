import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-cleanup-retention/rds-backup-retention.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { anAuroraMember, anRdsCluster, anRdsInstance, DBGAP_TAGS, rdsArnOf } from '../../helpers/rds.js';

// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html: retention 0 turns
// automated backups off; 1 to 35 days. Security Hub RDS.11 and Config db-instance-backup-enabled default to 7 days.
describe('rds-backup-retention', () => {
  it.each([
    ['7 days', 7, {}, 'pass', 'medium'],
    ['35 days', 35, {}, 'pass', 'medium'],
    ['6 days on dbGaP data', 6, DBGAP_TAGS, 'fail', 'medium'],
    ['1 day on other data', 1, {}, 'fail', 'low'],
    ['backups off on dbGaP data', 0, DBGAP_TAGS, 'fail', 'medium'],
  ])('%s → %s', (_name, backupRetentionPeriod, tags, expected, severity) => {
    const results = run(check, { rdsInstances: [anRdsInstance('db-1', { backupRetentionPeriod, tags })], rdsClusters: [] });
    expect(results.map((r) => [r.resourceArn, r.status, r.severity])).toEqual([[rdsArnOf('db', 'db-1'), expected, severity]]);
  });

  it('says backups are off at retention 0', () => {
    const [result] = run(check, { rdsInstances: [anRdsInstance('db-1', { backupRetentionPeriod: 0 })], rdsClusters: [] });
    expect(result?.message).toMatch(/turned off/);
  });

  it('judges an Aurora cluster\'s retention, not its members\' (which report 1 day)', () => {
    const cluster = anRdsCluster('aurora', { backupRetentionPeriod: 14 });
    const results = run(check, { rdsInstances: [anAuroraMember(cluster)], rdsClusters: [cluster] });
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([[cluster.arn, 'pass']]);
  });

  it('leaves a read replica without backups to its source', () => {
    const results = run(check, { rdsInstances: [anRdsInstance('replica', { backupRetentionPeriod: 0, readReplicaSource: 'db-1' })], rdsClusters: [] });
    expect(statuses(results)).toEqual(['not_applicable']);
  });

  it('is not applicable without databases, and an error when the listing failed', () => {
    expect(statuses(run(check, { rdsInstances: [], rdsClusters: [] }))).toEqual(['not_applicable']);
    const results = run(check, {
      rdsInstances: [],
      rdsClusters: { items: [], failures: [aFailure({ api: 'rds.DescribeDBClusters', action: 'rds:DescribeDBClusters', code: 'AccessDenied' })] },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/rds:DescribeDBClusters/);
  });
});
