import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-cleanup-retention/rds-deletion-protection.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { anAuroraMember, anRdsCluster, anRdsInstance, DBGAP_TAGS } from '../../helpers/rds.js';

// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection: Aurora
// sets deletion protection on the cluster; its instances can be deleted individually.
describe('rds-deletion-protection', () => {
  it.each([
    ['protected', true, {}, 'pass', 'medium'],
    ['unprotected dbGaP data', false, DBGAP_TAGS, 'fail', 'medium'],
    ['unprotected other data', false, {}, 'fail', 'low'],
  ])('%s → %s', (_name, deletionProtection, tags, expected, severity) => {
    const results = run(check, { rdsInstances: [anRdsInstance('db-1', { deletionProtection, tags })], rdsClusters: [] });
    expect(results.map((r) => [r.status, r.severity])).toEqual([[expected, severity]]);
  });

  it('judges a protected Aurora cluster once, not its unprotected-looking members', () => {
    const cluster = anRdsCluster('aurora', { deletionProtection: true });
    const results = run(check, { rdsInstances: [anAuroraMember(cluster)], rdsClusters: [cluster] });
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([[cluster.arn, 'pass']]);
  });

  it('is not applicable without databases, and an error when the listing failed', () => {
    expect(statuses(run(check, { rdsInstances: [], rdsClusters: [] }))).toEqual(['not_applicable']);
    const results = run(check, {
      rdsInstances: { items: [], failures: [aFailure({ api: 'rds.DescribeDBInstances', action: 'rds:DescribeDBInstances', code: 'Throttling', kind: 'throttled' })] },
      rdsClusters: [],
    });
    expect(statuses(results)).toEqual(['error']);
  });
});
