import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-location/rds-data-region-allowed.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { anAuroraMember, anRdsCluster, anRdsInstance, anRdsSnapshot } from '../../helpers/rds.js';

const ALLOWED = { allowedRegions: ['us-east-1'] };

describe('rds-data-region-allowed', () => {
  it('passes databases and snapshots in allowed regions and fails cross-region copies and replicas', () => {
    const results = run(
      check,
      {
        rdsInstances: [anRdsInstance('db-1'), anRdsInstance('replica', { region: 'eu-west-1', readReplicaSource: 'arn:aws:rds:us-east-1:123456789012:db:db-1' })],
        rdsClusters: [anRdsCluster('secondary', { region: 'ap-southeast-2', members: [] })],
        rdsSnapshots: [anRdsSnapshot('local'), anRdsSnapshot('copy', { region: 'eu-west-1', sourceRegion: 'us-east-1' })],
      },
      { settings: ALLOWED },
    );
    expect(results.map((r) => [r.region, r.status])).toEqual([
      ['us-east-1', 'pass'],
      ['eu-west-1', 'fail'],
      ['ap-southeast-2', 'fail'],
      ['us-east-1', 'pass'],
      ['eu-west-1', 'fail'],
    ]);
    expect(results[1]?.message).toMatch(/a replica of arn:aws:rds:us-east-1/);
    expect(results[4]?.message).toMatch(/copied from us-east-1/);
  });

  it('compares regions case-insensitively', () => {
    expect(statuses(run(check, { rdsInstances: [anRdsInstance('db-1')], rdsClusters: [], rdsSnapshots: [] }, { settings: { allowedRegions: ['US-EAST-1'] } }))).toEqual(['pass']);
  });

  it('judges a cluster once, not its members', () => {
    const cluster = anRdsCluster('aurora', { region: 'eu-west-1' });
    const results = run(check, { rdsInstances: [anAuroraMember(cluster)], rdsClusters: [cluster], rdsSnapshots: [] }, { settings: ALLOWED });
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([[cluster.arn, 'fail']]);
  });

  it('leaves a missing allow-list to data-region-allowlist (one finding there, not one per database)', () => {
    const results = run(check, { rdsInstances: [anRdsInstance('db-1', { region: 'eu-west-1' })], rdsClusters: [], rdsSnapshots: [] });
    expect(statuses(results)).toEqual(['not_applicable']);
    expect(results[0]?.message).toMatch(/data-region-allowlist/);
  });

  it('errors for a region whose snapshot listing failed', () => {
    const results = run(
      check,
      { rdsInstances: [], rdsClusters: [], rdsSnapshots: { items: [], failures: [aFailure({ api: 'rds.DescribeDBSnapshots', action: 'rds:DescribeDBSnapshots', code: 'AccessDenied', region: 'eu-west-1' })] } },
      { settings: ALLOWED },
    );
    expect(results.map((r) => [r.status, r.region])).toEqual([['error', 'eu-west-1']]);
  });
});
