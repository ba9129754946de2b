import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/redshift-require-ssl.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aRedshiftCluster, aRedshiftParameterGroup } from '../../helpers/redshift.js';

// Redshift Management Guide, "Configuring security options for connections": require_ssl in the cluster's parameter
// group; the default parameter group has require_ssl false and cannot be modified.
describe('redshift-require-ssl', () => {
  it('passes a cluster whose group sets require_ssl true (any case)', () => {
    const results = run(check, { redshiftClusters: [aRedshiftCluster('c1')], redshiftParameterGroups: [aRedshiftParameterGroup('dbgap-ssl', 'TRUE')] });
    expect(statuses(results)).toEqual(['pass']);
  });

  it('fails a cluster on the default parameter group', () => {
    const results = run(check, {
      redshiftClusters: [aRedshiftCluster('c1', { parameterGroupNames: ['default.redshift-2.0'] })],
      redshiftParameterGroups: [aRedshiftParameterGroup('default.redshift-2.0', 'false')],
    });
    expect(statuses(results)).toEqual(['fail']);
    expect(results[0]?.message).toContain('default group');
  });

  it('fails a group that does not list require_ssl, and a non-dbGaP cluster at low severity', () => {
    const results = run(check, {
      redshiftClusters: [aRedshiftCluster('c1', { tags: {} })],
      redshiftParameterGroups: [aRedshiftParameterGroup('dbgap-ssl', null)],
    });
    expect(results.map((result) => [result.status, result.severity])).toEqual([['fail', 'low']]);
  });

  it('is an error when the parameter group was not read, naming redshift:DescribeClusterParameters', () => {
    const results = run(check, {
      redshiftClusters: [aRedshiftCluster('c1')],
      redshiftParameterGroups: {
        items: [],
        failures: [aFailure({ api: 'redshift.DescribeClusterParameters', action: 'redshift:DescribeClusterParameters', resourceArn: 'arn:aws:redshift:us-east-1:123456789012:parametergroup:dbgap-ssl' })],
      },
    });
    // One error for the cluster, one for the unread group itself (the runner's, from the failure's resourceArn).
    expect(results.map((result) => [result.resourceArn.split(':').slice(5).join(':'), result.status])).toEqual([
      ['cluster:c1', 'error'],
      ['parametergroup:dbgap-ssl', 'error'],
    ]);
    expect(results[0]?.message).toContain('redshift:DescribeClusterParameters');
  });

  it('does not take a same-named group of another region', () => {
    const results = run(check, { redshiftClusters: [aRedshiftCluster('c1')], redshiftParameterGroups: [aRedshiftParameterGroup('dbgap-ssl', 'true', 'eu-west-1')] });
    expect(statuses(results)).toEqual(['error']);
  });

  it('is not applicable without clusters', () => {
    expect(statuses(run(check, { redshiftClusters: [], redshiftParameterGroups: [] }))).toEqual(['not_applicable']);
  });
});
