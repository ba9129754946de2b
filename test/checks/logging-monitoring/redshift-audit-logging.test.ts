import { describe, expect, it } from 'vitest';
import check from '../../../checks/logging-monitoring/redshift-audit-logging.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aRedshiftCluster, aRedshiftLogging } from '../../helpers/redshift.js';

// Redshift Management Guide, "Database audit logging": DescribeLoggingStatus LoggingEnabled.
describe('redshift-audit-logging', () => {
  it('passes logging to CloudWatch and to S3', () => {
    const results = run(check, {
      redshiftClusters: [aRedshiftCluster('c1'), aRedshiftCluster('c2')],
      redshiftClusterLogging: [aRedshiftLogging('c1'), aRedshiftLogging('c2', { destinationType: 's3', bucketName: 'audit-logs' })],
    });
    expect(statuses(results)).toEqual(['pass', 'pass']);
    expect(results[1]?.message).toContain('audit-logs');
  });

  it('fails logging off: medium for dbGaP data, low elsewhere', () => {
    const results = run(check, {
      redshiftClusters: [aRedshiftCluster('c1'), aRedshiftCluster('c2', { tags: {} })],
      redshiftClusterLogging: [aRedshiftLogging('c1', { loggingEnabled: false }), aRedshiftLogging('c2', { loggingEnabled: false })],
    });
    expect(results.map((result) => [result.status, result.severity])).toEqual([['fail', 'medium'], ['fail', 'low']]);
  });

  it('keeps the check’s severity when the cluster (and so its tags) is unknown', () => {
    const [result] = run(check, { redshiftClusters: [], redshiftClusterLogging: [aRedshiftLogging('c9', { loggingEnabled: false })] });
    expect([result?.status, result?.severity]).toEqual(['fail', 'medium']);
  });

  it('is an error for a cluster whose DescribeLoggingStatus was denied', () => {
    const results = run(check, {
      redshiftClusters: [aRedshiftCluster('c1')],
      redshiftClusterLogging: {
        items: [],
        failures: [aFailure({ api: 'redshift.DescribeLoggingStatus', action: 'redshift:DescribeLoggingStatus', resourceArn: aRedshiftCluster('c1').arn })],
      },
    });
    expect(statuses(results)).toEqual(['error']);
  });

  it('is not applicable without clusters', () => {
    expect(statuses(run(check, { redshiftClusters: [], redshiftClusterLogging: [] }))).toEqual(['not_applicable']);
  });
});
