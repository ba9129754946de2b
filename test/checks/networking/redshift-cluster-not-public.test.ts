import { describe, expect, it } from 'vitest';
import check from '../../../checks/networking/redshift-cluster-not-public.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aRedshiftCluster } from '../../helpers/redshift.js';

// Redshift Management Guide, "Managing clusters in a VPC": PubliclyAccessible gives the cluster a public address.
describe('redshift-cluster-not-public', () => {
  it('passes a private cluster', () => {
    expect(statuses(run(check, { redshiftClusters: [aRedshiftCluster('c1')] }))).toEqual(['pass']);
  });

  it('fails a public dbGaP cluster at high severity, a public non-dbGaP one low', () => {
    const results = run(check, {
      redshiftClusters: [aRedshiftCluster('c1', { publiclyAccessible: true }), aRedshiftCluster('c2', { publiclyAccessible: true, tags: {} })],
    });
    expect(results.map((result) => [result.status, result.severity])).toEqual([['fail', 'high'], ['fail', 'low']]);
  });

  it('is an error when DescribeClusters was denied in a region', () => {
    const results = run(check, { redshiftClusters: { items: [], failures: [aFailure({ api: 'redshift.DescribeClusters', action: 'redshift:DescribeClusters' })] } });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toContain('redshift:DescribeClusters');
  });

  it('is not applicable without clusters', () => {
    expect(statuses(run(check, { redshiftClusters: [] }))).toEqual(['not_applicable']);
  });
});
