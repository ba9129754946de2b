import {
  type Cluster,
  DescribeLoggingStatusCommand,
  paginateDescribeClusterParameters,
  paginateDescribeClusters,
  paginateDescribeClusterSnapshots,
} from '@aws-sdk/client-redshift';
import type { CollectionFailure } from '../model/failure.js';
import type { RedshiftCluster, RedshiftClusterLogging, RedshiftParameterGroup, RedshiftSnapshot } from '../model/items/redshift.js';
import { attempt, type CollectContext, defineCollector } from './collector.js';
import { attemptPages, gathered, itemsOf, listingResult, shareListing, type SharedListing } from './paginate.js';
import { toTagMap } from './tags.js';

function redshiftArn(context: CollectContext, region: string, resource: string): string {
  return `arn:${context.account.partition}:redshift:${region}:${context.account.id}:${resource}`;
}

/** A cluster deleted between the listing and the per-cluster call: it no longer exists. */
const CLUSTER_GONE = ['ClusterNotFound', 'ClusterNotFoundFault'] as const;

function toCluster(context: CollectContext, region: string, cluster: Cluster): RedshiftCluster {
  const clusterIdentifier = cluster.ClusterIdentifier ?? '';
  const item: RedshiftCluster = {
    arn: redshiftArn(context, region, `cluster:${clusterIdentifier}`),
    region,
    clusterIdentifier,
    encrypted: cluster.Encrypted ?? false,
    publiclyAccessible: cluster.PubliclyAccessible ?? false,
    parameterGroupNames: (cluster.ClusterParameterGroups ?? []).flatMap((group) => (group.ParameterGroupName ? [group.ParameterGroupName] : [])),
    tags: toTagMap(cluster.Tags),
  };
  if (cluster.KmsKeyId) item.kmsKeyId = cluster.KmsKeyId;
  if (cluster.AutomatedSnapshotRetentionPeriod !== undefined) item.automatedSnapshotRetentionPeriod = cluster.AutomatedSnapshotRetentionPeriod;
  if (cluster.ClusterStatus) item.clusterStatus = cluster.ClusterStatus;
  return item;
}

/** DescribeClusters once per region per scan, shared by every cluster collector. */
function listedClusters(context: CollectContext, region: string): SharedListing<RedshiftCluster> {
  return context.memo(`redshift:clusters:${region}`, () => {
    const client = context.clients.get('redshift', region);
    return shareListing({ api: 'redshift.DescribeClusters', region }, () => paginateDescribeClusters({ client }, {}), (page) =>
      (page.Clusters ?? []).map((cluster) => toCluster(context, region, cluster)),
    );
  });
}

export const redshiftClustersCollector = defineCollector({
  key: 'redshiftClusters',
  scope: 'regional',
  apis: ['redshift.DescribeClusters'],
  collect: (context, region) => listingResult(listedClusters(context, region)),
});

/** The parameter groups the region's clusters use, each read once (default groups included: they hold require_ssl false). */
export const redshiftParameterGroupsCollector = defineCollector({
  key: 'redshiftParameterGroups',
  scope: 'regional',
  apis: ['redshift.DescribeClusters', 'redshift.DescribeClusterParameters'],
  async collect(context, region) {
    const client = context.clients.get('redshift', region);
    const asked = new Map<string, Promise<{ item?: RedshiftParameterGroup; failure?: CollectionFailure }>>();
    const listed = await listedClusters(context, region).map(async (cluster) => {
      for (const name of cluster.parameterGroupNames) {
        if (asked.has(name)) continue;
        const arn = redshiftArn(context, region, `parametergroup:${name}`);
        asked.set(
          name,
          attemptPages({ api: 'redshift.DescribeClusterParameters', region, resourceArn: arn }, () =>
            paginateDescribeClusterParameters({ client }, { ParameterGroupName: name }),
          ).then((pages) => {
            if (!pages.ok) return { failure: pages.failure };
            const parameter = itemsOf(pages.value, (page) => page.Parameters).find((entry) => entry.ParameterName === 'require_ssl');
            return { item: { arn, region, name, requireSsl: parameter?.ParameterValue ?? null } };
          }),
        );
      }
    });
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    return gathered({ ok: true, value: await Promise.all(asked.values()) });
  },
});

export const redshiftClusterLoggingCollector = defineCollector({
  key: 'redshiftClusterLogging',
  scope: 'regional',
  apis: ['redshift.DescribeClusters', 'redshift.DescribeLoggingStatus'],
  async collect(context, region) {
    const client = context.clients.get('redshift', region);
    const outcomes = await listedClusters(context, region).map(async (cluster): Promise<{ item?: RedshiftClusterLogging; failure?: CollectionFailure }> => {
      const response = await attempt({ api: 'redshift.DescribeLoggingStatus', region, resourceArn: cluster.arn, absentOn: CLUSTER_GONE }, () =>
        client.send(new DescribeLoggingStatusCommand({ ClusterIdentifier: cluster.clusterIdentifier })),
      );
      if (!response.ok) return { failure: response.failure };
      if (response.value === null) return {};
      const item: RedshiftClusterLogging = {
        arn: cluster.arn,
        region,
        clusterIdentifier: cluster.clusterIdentifier,
        loggingEnabled: response.value.LoggingEnabled ?? false,
      };
      if (response.value.LogDestinationType) item.destinationType = response.value.LogDestinationType;
      if (response.value.BucketName) item.bucketName = response.value.BucketName;
      return { item };
    });
    return gathered(outcomes);
  },
});

export const redshiftSnapshotsCollector = defineCollector({
  key: 'redshiftSnapshots',
  scope: 'regional',
  apis: ['redshift.DescribeClusterSnapshots'],
  async collect(context, region) {
    const client = context.clients.get('redshift', region);
    const listed = await attemptPages({ api: 'redshift.DescribeClusterSnapshots', region }, () =>
      paginateDescribeClusterSnapshots({ client }, { OwnerAccount: context.account.id }),
    );
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const all = itemsOf(listed.value, (page) => page.Snapshots);
    // An endpoint that ignores OwnerAccount must not make another account's snapshots look like ours.
    const owned = all.filter((snapshot) => snapshot.OwnerAccount === undefined || snapshot.OwnerAccount === context.account.id);
    if (owned.length < all.length) context.countNotOwned('redshift.DescribeClusterSnapshots', region, all.length - owned.length);
    const items = owned.map((snapshot): RedshiftSnapshot => {
      const clusterIdentifier = snapshot.ClusterIdentifier ?? '';
      const snapshotIdentifier = snapshot.SnapshotIdentifier ?? '';
      return {
        arn: redshiftArn(context, region, `snapshot:${clusterIdentifier}/${snapshotIdentifier}`),
        region,
        snapshotIdentifier,
        clusterIdentifier,
        snapshotType: snapshot.SnapshotType ?? 'unknown',
        encrypted: snapshot.Encrypted ?? false,
        accountsWithRestoreAccess: (snapshot.AccountsWithRestoreAccess ?? []).flatMap((entry) => (entry.AccountId ? [entry.AccountId] : [])),
        tags: toTagMap(snapshot.Tags),
      };
    });
    return { items, failures: [] };
  },
});
