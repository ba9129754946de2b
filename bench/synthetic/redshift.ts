/** Amazon Redshift in the synthetic account: clusters (some public, unencrypted, on the default parameter group), their logging and snapshots. */
import { indexesIn, paged, serviceError, type Input, type Output, type SyntheticAws } from '../synthetic-aws.js';

function clusterCount(aws: SyntheticAws): number {
  return Math.max(1, Math.floor(aws.shape.scale / 3));
}

export function redshift(aws: SyntheticAws, api: string, region: string, input: Input): Output {
  const { accountId } = aws.options;
  const here = indexesIn(clusterCount(aws), aws.shape.regions, region);
  const groupOf = (index: number) => (index % 2 === 0 ? 'default.redshift-2.0' : `lab-ssl-${index % 4}`);
  switch (api) {
    case 'redshift.DescribeClusters': {
      const clusters = here.map((index) => ({
        ClusterIdentifier: `warehouse-${index}`,
        ClusterStatus: 'available',
        Encrypted: index % 3 !== 1,
        ...(index % 3 !== 1 ? { KmsKeyId: `arn:aws:kms:${region}:${accountId}:key/key-${index}` } : {}),
        PubliclyAccessible: index % 4 === 2,
        AutomatedSnapshotRetentionPeriod: index % 5 === 0 ? 0 : 7,
        ClusterParameterGroups: [{ ParameterGroupName: groupOf(index), ParameterApplyStatus: 'in-sync' }],
        Tags: index % 2 === 0 ? [{ Key: 'dbgap:project', Value: `phs${index}` }] : [],
      }));
      const page = paged(clusters, input, 'Marker', 'MaxRecords', 100);
      return { Clusters: page.items, ...(page.next ? { Marker: page.next } : {}) };
    }
    case 'redshift.DescribeClusterParameters': {
      const name = String(input.ParameterGroupName);
      const requireSsl = name.startsWith('default.') ? 'false' : name.endsWith('-3') ? 'false' : 'true';
      return {
        Parameters: [
          { ParameterName: 'enable_user_activity_logging', ParameterValue: 'false', DataType: 'boolean' },
          { ParameterName: 'require_ssl', ParameterValue: requireSsl, DataType: 'boolean' },
        ],
      };
    }
    case 'redshift.DescribeLoggingStatus': {
      const index = Number(String(input.ClusterIdentifier).split('-').at(-1));
      if (Number.isNaN(index)) throw serviceError('ClusterNotFound', 404);
      return index % 3 === 0 ? { LoggingEnabled: true, LogDestinationType: 'cloudwatch', LogExports: ['connectionlog', 'userlog'] } : { LoggingEnabled: false };
    }
    case 'redshift.DescribeClusterSnapshots': {
      const snapshots = here.flatMap((index) => [
        {
          SnapshotIdentifier: `manual-${index}`,
          ClusterIdentifier: `warehouse-${index}`,
          SnapshotType: 'manual',
          Encrypted: index % 3 !== 1,
          OwnerAccount: accountId,
          AccountsWithRestoreAccess: index % 4 === 1 ? [{ AccountId: 'all' }] : index % 4 === 3 ? [{ AccountId: '444455556666' }] : [],
          Tags: index % 2 === 0 ? [{ Key: 'dbgap:project', Value: `phs${index}` }] : [],
        },
      ]);
      const page = paged(snapshots, input, 'Marker', 'MaxRecords', 100);
      return { Snapshots: page.items, ...(page.next ? { Marker: page.next } : {}) };
    }
    default:
      throw serviceError('UnknownOperationException', 400);
  }
}
