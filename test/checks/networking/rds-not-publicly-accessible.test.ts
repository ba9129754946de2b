import { describe, expect, it } from 'vitest';
import check from '../../../checks/networking/rds-not-publicly-accessible.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { anAuroraMember, anRdsCluster, anRdsInstance, DBGAP_TAGS, rdsArnOf } from '../../helpers/rds.js';

// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding:
// PubliclyAccessible gives the endpoint a public IP; reachability then depends on the subnet and security groups.
// AWS Security Hub RDS.2 fails on the flag alone, as this check does.
describe('rds-not-publicly-accessible', () => {
  it.each([
    ['a private instance', {}, false, 'pass', 'high'],
    ['a public instance holding dbGaP data', DBGAP_TAGS, true, 'fail', 'high'],
    ['a public instance with no dbGaP classification', {}, true, 'fail', 'low'],
  ])('%s → %s', (_name, tags, publiclyAccessible, expected, severity) => {
    const results = run(check, { rdsInstances: [anRdsInstance('db-1', { tags, publiclyAccessible })], rdsClusters: [] });
    expect(results.map((r) => [r.resourceArn, r.status, r.severity])).toEqual([[rdsArnOf('db', 'db-1'), expected, severity]]);
  });

  it('judges each Aurora member (public access is per instance) and classifies it by its cluster\'s tags', () => {
    const cluster = anRdsCluster('aurora', { tags: DBGAP_TAGS });
    const results = run(check, { rdsInstances: [anAuroraMember(cluster, { publiclyAccessible: true })], rdsClusters: [cluster] });
    expect(results.map((r) => [r.status, r.severity])).toEqual([['fail', 'high']]);
    expect(results[0]?.message).toMatch(/its cluster aurora is tagged dbgap:project/);
  });

  it('is not applicable without instances', () => {
    expect(statuses(run(check, { rdsInstances: [], rdsClusters: [] }))).toEqual(['not_applicable']);
  });

  it('errors when the instance listing failed, naming the IAM action', () => {
    const results = run(check, {
      rdsInstances: { items: [], failures: [aFailure({ api: 'rds.DescribeDBInstances', action: 'rds:DescribeDBInstances', code: 'AccessDenied' })] },
      rdsClusters: [],
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/rds:DescribeDBInstances/);
  });
});
