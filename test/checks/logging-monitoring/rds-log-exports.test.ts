import { describe, expect, it } from 'vitest';
import check from '../../../checks/logging-monitoring/rds-log-exports.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { anAuroraMember, anRdsCluster, anRdsInstance, DBGAP_TAGS } from '../../helpers/rds.js';

// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html: the log
// types each engine can publish (postgresql; audit, error, general, slowquery; alert, audit, listener, trace; agent, error).
describe('rds-log-exports', () => {
  it.each([
    ['postgres', ['postgresql'], 'pass'],
    ['postgres', ['upgrade'], 'fail'],
    ['postgres', [], 'fail'],
    ['mysql', ['audit', 'error', 'slowquery'], 'pass'],
    ['mysql', ['error', 'general'], 'fail'],
    ['mariadb', ['audit'], 'fail'],
    ['oracle-ee', ['alert', 'audit', 'listener'], 'pass'],
    ['sqlserver-ee', ['agent'], 'fail'],
    ['sqlserver-ee', ['error'], 'pass'],
    // An engine without a known audit log: any export.
    ['db2-se', ['diag.log'], 'pass'],
    ['db2-se', [], 'fail'],
  ])('%s exporting %j → %s', (engine, enabledCloudwatchLogsExports, expected) => {
    expect(statuses(run(check, { rdsInstances: [anRdsInstance('db-1', { engine, enabledCloudwatchLogsExports })], rdsClusters: [] }))).toEqual([expected]);
  });

  it('names the missing logs, at full severity only for dbGaP data', () => {
    const results = run(check, {
      rdsInstances: [anRdsInstance('plain', { engine: 'mysql', enabledCloudwatchLogsExports: ['error'] }), anRdsInstance('dbgap', { engine: 'mysql', enabledCloudwatchLogsExports: [], tags: DBGAP_TAGS })],
      rdsClusters: [],
    });
    expect(results.map((r) => [r.status, r.severity])).toEqual([
      ['fail', 'low'],
      ['fail', 'medium'],
    ]);
    expect(results[0]?.message).toMatch(/missing: audit\.$/);
    expect(results[1]?.message).toMatch(/exports no logs; missing: audit, error/);
  });

  it('judges Aurora exports on the cluster, not on its members', () => {
    const cluster = anRdsCluster('aurora', { engine: 'aurora-mysql', enabledCloudwatchLogsExports: ['audit', 'error'] });
    const results = run(check, { rdsInstances: [anAuroraMember(cluster)], rdsClusters: [cluster] });
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([[cluster.arn, 'pass']]);
  });

  it('is not applicable without databases, and an error when the listing failed', () => {
    expect(statuses(run(check, { rdsInstances: [], rdsClusters: [] }))).toEqual(['not_applicable']);
    const results = run(check, {
      rdsInstances: { items: [], failures: [aFailure({ api: 'rds.DescribeDBInstances', action: 'rds:DescribeDBInstances', code: 'AccessDenied' })] },
      rdsClusters: [],
    });
    expect(statuses(results)).toEqual(['error']);
  });
});
