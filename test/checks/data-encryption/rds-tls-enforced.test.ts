import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/rds-tls-enforced.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { anAuroraMember, anRdsCluster, anRdsInstance, anRdsParameterGroup, DBGAP_TAGS, rdsArnOf } from '../../helpers/rds.js';

const group = (name: string) => ({ name, arn: rdsArnOf('pg', name), applyStatus: 'in-sync' });

// PostgreSQL: rds.force_ssl=1 (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.html);
// SQL Server: rds.force_ssl=1 (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/SQLServer.Concepts.General.SSL.Using.html);
// MySQL/MariaDB: require_secure_transport ON or 1 (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mysql-ssl-connections.require-ssl.html);
// Aurora: the same parameters in the DB cluster parameter group
// (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraPostgreSQL.Security.html#AuroraPostgreSQL.Security.SSL.RequiringSSL).
describe('rds-tls-enforced', () => {
  it.each([
    ['postgres', 'rds.force_ssl', '1', 'pass'],
    ['postgres', 'rds.force_ssl', '0', 'fail'],
    ['postgres', 'rds.force_ssl', null, 'fail'],
    ['sqlserver-se', 'rds.force_ssl', '1', 'pass'],
    ['mysql', 'require_secure_transport', 'ON', 'pass'],
    ['mysql', 'require_secure_transport', '1', 'pass'],
    ['mysql', 'require_secure_transport', 'OFF', 'fail'],
    ['mysql', 'require_secure_transport', '0', 'fail'],
    ['mariadb', 'require_secure_transport', 'on', 'pass'],
    // The other engine's parameter does not count: MySQL ignores rds.force_ssl.
    ['mysql', 'rds.force_ssl', '1', 'fail'],
  ])('%s with %s=%s → %s', (engine, parameter, value, expected) => {
    const results = run(check, {
      rdsInstances: [anRdsInstance('db-1', { engine, parameterGroups: [group('custom')] })],
      rdsClusters: [],
      rdsParameterGroups: [anRdsParameterGroup('custom', { [parameter]: value })],
    });
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([[rdsArnOf('db', 'db-1'), expected]]);
  });

  it('says the engine default applies when the parameter has no value', () => {
    const [result] = run(check, {
      rdsInstances: [anRdsInstance('db-1', { parameterGroups: [group('default.postgres14')] })],
      rdsClusters: [],
      rdsParameterGroups: [anRdsParameterGroup('default.postgres14', { 'rds.force_ssl': null })],
    });
    expect(result?.message).toMatch(/no value .* engine default applies/);
  });

  it('fails at low severity for data not classified as dbGaP, at high for dbGaP data', () => {
    const results = run(check, {
      rdsInstances: [anRdsInstance('plain', { parameterGroups: [group('open')] }), anRdsInstance('dbgap', { tags: DBGAP_TAGS, parameterGroups: [group('open')] })],
      rdsClusters: [],
      rdsParameterGroups: [anRdsParameterGroup('open', { 'rds.force_ssl': '0' })],
    });
    expect(results.map((r) => [r.status, r.severity])).toEqual([
      ['fail', 'low'],
      ['fail', 'high'],
    ]);
  });

  it('reads an Aurora cluster\'s cluster parameter group and does not judge its members', () => {
    const cluster = anRdsCluster('aurora', { engine: 'aurora-mysql', parameterGroup: { name: 'aurora-secure', arn: rdsArnOf('cluster-pg', 'aurora-secure') } });
    const results = run(check, {
      rdsInstances: [anAuroraMember(cluster)],
      rdsClusters: [cluster],
      rdsParameterGroups: [anRdsParameterGroup('aurora-secure', { require_secure_transport: 'ON' }, { groupOf: 'cluster' })],
    });
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([[cluster.arn, 'pass']]);
  });

  it('does not pass an engine it cannot judge: Oracle is left for manual review', () => {
    const results = run(check, { rdsInstances: [anRdsInstance('ora', { engine: 'oracle-ee', parameterGroups: [group('default.oracle-ee-19')] })], rdsClusters: [], rdsParameterGroups: [] });
    expect(statuses(results)).toEqual(['manual']);
    expect(results[0]?.message).toMatch(/^Not evaluated: .*option group/);
  });

  it('is an error naming rds:DescribeDBParameters when the group could not be read', () => {
    const results = run(check, {
      rdsInstances: [anRdsInstance('db-1', { parameterGroups: [group('custom')] }), anRdsInstance('db-2', { parameterGroups: [group('other')] })],
      rdsClusters: [],
      rdsParameterGroups: {
        items: [anRdsParameterGroup('other', { 'rds.force_ssl': '1' })],
        failures: [aFailure({ api: 'rds.DescribeDBParameters', action: 'rds:DescribeDBParameters', code: 'AccessDenied', resourceArn: rdsArnOf('pg', 'custom') })],
      },
    });
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([
      [rdsArnOf('db', 'db-1'), 'error'],
      [rdsArnOf('db', 'db-2'), 'pass'],
    ]);
    expect(results[0]?.message).toMatch(/rds:DescribeDBParameters/);
  });

  it('is an error when the group is missing from the inventory without a recorded failure', () => {
    const results = run(check, { rdsInstances: [anRdsInstance('db-1', { parameterGroups: [group('custom')] })], rdsClusters: [], rdsParameterGroups: [] });
    expect(statuses(results)).toEqual(['error']);
  });

  it('fails a group that lacks the parameter altogether', () => {
    const results = run(check, {
      rdsInstances: [anRdsInstance('db-1', { parameterGroups: [group('custom')] })],
      rdsClusters: [],
      rdsParameterGroups: [anRdsParameterGroup('custom', {})],
    });
    expect(statuses(results)).toEqual(['fail']);
  });

  it('is not applicable without databases', () => {
    expect(statuses(run(check, { rdsInstances: [], rdsClusters: [], rdsParameterGroups: [] }))).toEqual(['not_applicable']);
  });
});
