import {
  DescribeClusterParametersCommand,
  DescribeClustersCommand,
  DescribeClusterSnapshotsCommand,
  DescribeLoggingStatusCommand,
  RedshiftClient,
} from '@aws-sdk/client-redshift';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../helpers/collect.js';

const redshift = mockClient(RedshiftClient);

const cluster = (id: string, group: string, extra: Record<string, unknown> = {}) => ({
  ClusterIdentifier: id,
  Encrypted: true,
  PubliclyAccessible: false,
  KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k1',
  ClusterParameterGroups: [{ ParameterGroupName: group }],
  Tags: [{ Key: 'dbgap:project', Value: 'phs1' }],
  ...extra,
});

beforeEach(() => {
  redshift.reset();
  redshift.onAnyCommand().rejects(new Error('unexpected Redshift command'));
});
afterEach(() => redshift.reset());

describe('Redshift collectors', () => {
  it('reads clusters into our shape', async () => {
    redshift.on(DescribeClustersCommand).resolves({ Clusters: [cluster('c1', 'default.redshift-2.0', { PubliclyAccessible: true })] });
    const inventory = await collect(['redshiftClusters']);
    expect(inventory.keys.redshiftClusters?.items).toEqual([
      {
        arn: 'arn:aws:redshift:us-east-1:123456789012:cluster:c1',
        region: 'us-east-1',
        clusterIdentifier: 'c1',
        encrypted: true,
        kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k1',
        publiclyAccessible: true,
        parameterGroupNames: ['default.redshift-2.0'],
        tags: { 'dbgap:project': 'phs1' },
      },
    ]);
  });

  it('records a cluster listing without PubliclyAccessible as unreadable, never as private', async () => {
    redshift.on(DescribeClustersCommand).resolves({ Clusters: [{ ClusterIdentifier: 'c1', Encrypted: true }] });
    const inventory = await collect(['redshiftClusters']);
    expect(inventory.keys.redshiftClusters?.items).toEqual([]);
    expect(inventory.keys.redshiftClusters?.failures).toEqual([expect.objectContaining({ api: 'redshift.DescribeClusters', code: 'UnreadableResponse' })]);
  });

  it('reads require_ssl once per parameter group shared by several clusters', async () => {
    redshift.on(DescribeClustersCommand).resolves({ Clusters: [cluster('c1', 'ssl'), cluster('c2', 'ssl'), cluster('c3', 'default.redshift-2.0')] });
    redshift
      .on(DescribeClusterParametersCommand, { ParameterGroupName: 'ssl' })
      .resolves({ Parameters: [{ ParameterName: 'enable_user_activity_logging', ParameterValue: 'true' }, { ParameterName: 'require_ssl', ParameterValue: 'true' }] });
    redshift.on(DescribeClusterParametersCommand, { ParameterGroupName: 'default.redshift-2.0' }).resolves({ Parameters: [] });
    const inventory = await collect(['redshiftParameterGroups']);
    expect(inventory.keys.redshiftParameterGroups?.items).toEqual([
      { arn: 'arn:aws:redshift:us-east-1:123456789012:parametergroup:ssl', region: 'us-east-1', name: 'ssl', requireSsl: 'true' },
      { arn: 'arn:aws:redshift:us-east-1:123456789012:parametergroup:default.redshift-2.0', region: 'us-east-1', name: 'default.redshift-2.0', requireSsl: null },
    ]);
    expect(redshift.commandCalls(DescribeClusterParametersCommand)).toHaveLength(2);
  });

  it('records a denied DescribeClusterParameters against the parameter group', async () => {
    redshift.on(DescribeClustersCommand).resolves({ Clusters: [cluster('c1', 'ssl')] });
    redshift.on(DescribeClusterParametersCommand).rejects(awsError('AccessDenied', 403));
    const inventory = await collect(['redshiftParameterGroups']);
    expect(inventory.keys.redshiftParameterGroups?.failures).toEqual([
      expect.objectContaining({ action: 'redshift:DescribeClusterParameters', resourceArn: 'arn:aws:redshift:us-east-1:123456789012:parametergroup:ssl' }),
    ]);
  });

  it('reads logging status per cluster and skips a cluster deleted meanwhile', async () => {
    redshift.on(DescribeClustersCommand).resolves({ Clusters: [cluster('c1', 'ssl'), cluster('c2', 'ssl')] });
    redshift.on(DescribeLoggingStatusCommand, { ClusterIdentifier: 'c1' }).resolves({ LoggingEnabled: true, LogDestinationType: 'cloudwatch' });
    redshift.on(DescribeLoggingStatusCommand, { ClusterIdentifier: 'c2' }).rejects(awsError('ClusterNotFound', 404));
    const inventory = await collect(['redshiftClusterLogging']);
    expect(inventory.keys.redshiftClusterLogging?.items).toEqual([
      { arn: 'arn:aws:redshift:us-east-1:123456789012:cluster:c1', region: 'us-east-1', clusterIdentifier: 'c1', loggingEnabled: true, destinationType: 'cloudwatch' },
    ]);
    expect(inventory.keys.redshiftClusterLogging?.failures).toEqual([]);
  });

  it('lists the account’s own snapshots and drops another owner’s', async () => {
    redshift.on(DescribeClusterSnapshotsCommand).resolves({
      Snapshots: [
        { SnapshotIdentifier: 's1', ClusterIdentifier: 'c1', SnapshotType: 'manual', Encrypted: true, OwnerAccount: '123456789012', AccountsWithRestoreAccess: [{ AccountId: '111122223333' }] },
        { SnapshotIdentifier: 's2', ClusterIdentifier: 'x', SnapshotType: 'manual', OwnerAccount: '999999999999' },
      ],
    });
    const inventory = await collect(['redshiftSnapshots']);
    expect(inventory.keys.redshiftSnapshots?.items).toEqual([
      {
        arn: 'arn:aws:redshift:us-east-1:123456789012:snapshot:c1/s1',
        region: 'us-east-1',
        snapshotIdentifier: 's1',
        clusterIdentifier: 'c1',
        snapshotType: 'manual',
        encrypted: true,
        accountsWithRestoreAccess: ['111122223333'],
        tags: {},
      },
    ]);
    expect(redshift.commandCalls(DescribeClusterSnapshotsCommand)[0]?.args[0].input).toEqual(expect.objectContaining({ OwnerAccount: '123456789012' }));
  });
});
