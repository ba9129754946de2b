import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBSnapshotAttributesCommand,
  paginateDescribeDBClusterParameters,
  paginateDescribeDBClusters,
  paginateDescribeDBClusterSnapshots,
  paginateDescribeDBInstances,
  paginateDescribeDBParameters,
  paginateDescribeDBSnapshots,
  type DBSnapshotAttribute,
} from '@aws-sdk/client-rds';
import type { CollectionFailure } from '../model/failure.js';
import type { RdsCluster, RdsInstance, RdsParameterGroup, RdsParameterGroupRef, RdsSnapshot, RdsSnapshotSharing } from '../model/items/rds.js';
import { TLS_PARAMETERS, tlsRuleFor } from '../rules/rds.js';
import { type Attempt, attempt, type CollectContext, defineCollector } from './collector.js';
import { attemptPages, gathered, itemsOf, listingResult, shareListing, type SharedListing } from './paginate.js';
import { toTagMap } from './tags.js';

/** A snapshot deleted between the listing and the attribute call: it no longer exists, so there is nothing to share. */
const SNAPSHOT_GONE = ['DBSnapshotNotFoundFault', 'DBSnapshotNotFound'] as const;
const CLUSTER_SNAPSHOT_GONE = ['DBClusterSnapshotNotFoundFault'] as const;

function rdsArn(context: CollectContext, region: string, type: string, name: string): string {
  return `arn:${context.account.partition}:rds:${region}:${context.account.id}:${type}:${name}`;
}

const iso = (date: Date | undefined) => (date ? new Date(date).toISOString() : undefined);

function withOptional<T extends object>(item: T, optional: Record<string, unknown>): T {
  for (const [field, value] of Object.entries(optional)) if (value !== undefined && value !== null && value !== '') (item as Record<string, unknown>)[field] = value;
  return item;
}

/** DescribeDBInstances once per region per scan, shared by every RDS collector. */
function listedInstances(context: CollectContext, region: string): SharedListing<RdsInstance> {
  return context.memo(`rds:instances:${region}`, () => {
    const client = context.clients.get('rds', region);
    return shareListing({ api: 'rds.DescribeDBInstances', region }, () => paginateDescribeDBInstances({ client }, {}), (page) =>
      (page.DBInstances ?? []).map((db): RdsInstance => {
        const id = db.DBInstanceIdentifier ?? '';
        const item: RdsInstance = {
          arn: db.DBInstanceArn ?? rdsArn(context, region, 'db', id),
          region,
          dbInstanceIdentifier: id,
          engine: db.Engine ?? 'unknown',
          storageEncrypted: db.StorageEncrypted ?? false,
          publiclyAccessible: db.PubliclyAccessible ?? false,
          backupRetentionPeriod: db.BackupRetentionPeriod ?? 0,
          deletionProtection: db.DeletionProtection ?? false,
          enabledCloudwatchLogsExports: [...(db.EnabledCloudwatchLogsExports ?? [])].sort(),
          parameterGroups: (db.DBParameterGroups ?? []).flatMap((group): RdsParameterGroupRef[] =>
            group.DBParameterGroupName
              ? [withOptional({ name: group.DBParameterGroupName, arn: rdsArn(context, region, 'pg', group.DBParameterGroupName) }, { applyStatus: group.ParameterApplyStatus })]
              : [],
          ),
          tags: toTagMap(db.TagList),
        };
        return withOptional(item, {
          engineVersion: db.EngineVersion,
          status: db.DBInstanceStatus,
          dbClusterIdentifier: db.DBClusterIdentifier,
          kmsKeyId: db.KmsKeyId,
          readReplicaSource: db.ReadReplicaSourceDBInstanceIdentifier ?? db.ReadReplicaSourceDBClusterIdentifier,
          createTime: iso(db.InstanceCreateTime),
        });
      }),
    );
  });
}

/** DescribeDBClusters once per region per scan (Aurora and Multi-AZ DB clusters). */
function listedClusters(context: CollectContext, region: string): SharedListing<RdsCluster> {
  return context.memo(`rds:clusters:${region}`, () => {
    const client = context.clients.get('rds', region);
    return shareListing({ api: 'rds.DescribeDBClusters', region }, () => paginateDescribeDBClusters({ client }, {}), (page) =>
      (page.DBClusters ?? []).map((cluster): RdsCluster => {
        const id = cluster.DBClusterIdentifier ?? '';
        const item: RdsCluster = {
          arn: cluster.DBClusterArn ?? rdsArn(context, region, 'cluster', id),
          region,
          dbClusterIdentifier: id,
          engine: cluster.Engine ?? 'unknown',
          storageEncrypted: cluster.StorageEncrypted ?? false,
          backupRetentionPeriod: cluster.BackupRetentionPeriod ?? 0,
          deletionProtection: cluster.DeletionProtection ?? false,
          enabledCloudwatchLogsExports: [...(cluster.EnabledCloudwatchLogsExports ?? [])].sort(),
          members: (cluster.DBClusterMembers ?? []).flatMap((member) =>
            member.DBInstanceIdentifier ? [{ dbInstanceIdentifier: member.DBInstanceIdentifier, isWriter: member.IsClusterWriter ?? false }] : [],
          ),
          tags: toTagMap(cluster.TagList),
        };
        return withOptional(item, {
          engineVersion: cluster.EngineVersion,
          engineMode: cluster.EngineMode,
          status: cluster.Status,
          kmsKeyId: cluster.KmsKeyId,
          publiclyAccessible: cluster.PubliclyAccessible,
          parameterGroup: cluster.DBClusterParameterGroup
            ? { name: cluster.DBClusterParameterGroup, arn: rdsArn(context, region, 'cluster-pg', cluster.DBClusterParameterGroup) }
            : undefined,
          replicationSource: cluster.ReplicationSourceIdentifier,
          createTime: iso(cluster.ClusterCreateTime),
        });
      }),
    );
  });
}

/** DescribeDBSnapshots with the default snapshot types (the account's manual and automated snapshots; no shared or public ones). */
function listedInstanceSnapshots(context: CollectContext, region: string): SharedListing<RdsSnapshot> {
  return context.memo(`rds:snapshots:${region}`, () => {
    const client = context.clients.get('rds', region);
    return shareListing({ api: 'rds.DescribeDBSnapshots', region }, () => paginateDescribeDBSnapshots({ client }, {}), (page) =>
      (page.DBSnapshots ?? []).map((snapshot): RdsSnapshot => {
        const id = snapshot.DBSnapshotIdentifier ?? '';
        const item: RdsSnapshot = {
          arn: snapshot.DBSnapshotArn ?? rdsArn(context, region, 'snapshot', id),
          region,
          snapshotId: id,
          snapshotOf: 'instance',
          // Unknown type: treated as manual, so its sharing is read rather than assumed.
          snapshotType: snapshot.SnapshotType ?? 'manual',
          sourceIdentifier: snapshot.DBInstanceIdentifier ?? '',
          engine: snapshot.Engine ?? 'unknown',
          encrypted: snapshot.Encrypted ?? false,
          tags: toTagMap(snapshot.TagList),
        };
        return withOptional(item, { kmsKeyId: snapshot.KmsKeyId, sourceRegion: snapshot.SourceRegion, createTime: iso(snapshot.SnapshotCreateTime), status: snapshot.Status });
      }),
    );
  });
}

/** DescribeDBClusterSnapshots with the default snapshot types (the account's own). */
function listedClusterSnapshots(context: CollectContext, region: string): SharedListing<RdsSnapshot> {
  return context.memo(`rds:cluster-snapshots:${region}`, () => {
    const client = context.clients.get('rds', region);
    return shareListing({ api: 'rds.DescribeDBClusterSnapshots', region }, () => paginateDescribeDBClusterSnapshots({ client }, {}), (page) =>
      (page.DBClusterSnapshots ?? []).map((snapshot): RdsSnapshot => {
        const id = snapshot.DBClusterSnapshotIdentifier ?? '';
        const item: RdsSnapshot = {
          arn: snapshot.DBClusterSnapshotArn ?? rdsArn(context, region, 'cluster-snapshot', id),
          region,
          snapshotId: id,
          snapshotOf: 'cluster',
          snapshotType: snapshot.SnapshotType ?? 'manual',
          sourceIdentifier: snapshot.DBClusterIdentifier ?? '',
          engine: snapshot.Engine ?? 'unknown',
          encrypted: snapshot.StorageEncrypted ?? false,
          tags: toTagMap(snapshot.TagList),
        };
        return withOptional(item, { kmsKeyId: snapshot.KmsKeyId, createTime: iso(snapshot.SnapshotCreateTime), status: snapshot.Status });
      }),
    );
  });
}

export const rdsInstancesCollector = defineCollector({
  key: 'rdsInstances',
  scope: 'regional',
  apis: ['rds.DescribeDBInstances'],
  collect: (context, region) => listingResult(listedInstances(context, region)),
});

export const rdsClustersCollector = defineCollector({
  key: 'rdsClusters',
  scope: 'regional',
  apis: ['rds.DescribeDBClusters'],
  collect: (context, region) => listingResult(listedClusters(context, region)),
});

export const rdsSnapshotsCollector = defineCollector({
  key: 'rdsSnapshots',
  scope: 'regional',
  apis: ['rds.DescribeDBClusterSnapshots', 'rds.DescribeDBSnapshots'],
  async collect(context, region) {
    const [instances, clusters] = await Promise.all([listingResult(listedInstanceSnapshots(context, region)), listingResult(listedClusterSnapshots(context, region))]);
    return { items: [...instances.items, ...clusters.items], failures: [...instances.failures, ...clusters.failures] };
  },
});

/** The `restore` attribute: `all` makes a snapshot public; account ids share it with those accounts. */
function sharingOf(snapshot: RdsSnapshot, attributes: readonly DBSnapshotAttribute[]): RdsSnapshotSharing {
  const values = attributes.filter((attribute) => attribute.AttributeName === 'restore').flatMap((attribute) => attribute.AttributeValues ?? []);
  return {
    arn: snapshot.arn,
    region: snapshot.region,
    snapshotId: snapshot.snapshotId,
    snapshotOf: snapshot.snapshotOf,
    isPublic: values.some((value) => value.toLowerCase() === 'all'),
    accountIds: [...new Set(values.filter((value) => value.toLowerCase() !== 'all'))].sort(),
  };
}

type Outcome<T> = { item?: T; failure?: CollectionFailure };

export const rdsSnapshotSharingCollector = defineCollector({
  key: 'rdsSnapshotSharing',
  scope: 'regional',
  apis: ['rds.DescribeDBClusterSnapshotAttributes', 'rds.DescribeDBClusterSnapshots', 'rds.DescribeDBSnapshotAttributes', 'rds.DescribeDBSnapshots'],
  async collect(context, region) {
    const client = context.clients.get('rds', region);
    // Only manual snapshots can be shared (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html);
    // an automated one must be copied first, and the copy is a manual snapshot of its own.
    const [instances, clusters] = await Promise.all([
      listedInstanceSnapshots(context, region).map(async (snapshot): Promise<Outcome<RdsSnapshotSharing>> => {
        if (snapshot.snapshotType !== 'manual') return {};
        const response = await attempt({ api: 'rds.DescribeDBSnapshotAttributes', region, resourceArn: snapshot.arn, absentOn: SNAPSHOT_GONE }, () =>
          client.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: snapshot.snapshotId })),
        );
        if (!response.ok) return { failure: response.failure };
        if (response.value === null) return {};
        return { item: sharingOf(snapshot, response.value.DBSnapshotAttributesResult?.DBSnapshotAttributes ?? []) };
      }),
      listedClusterSnapshots(context, region).map(async (snapshot): Promise<Outcome<RdsSnapshotSharing>> => {
        if (snapshot.snapshotType !== 'manual') return {};
        const response = await attempt({ api: 'rds.DescribeDBClusterSnapshotAttributes', region, resourceArn: snapshot.arn, absentOn: CLUSTER_SNAPSHOT_GONE }, () =>
          client.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: snapshot.snapshotId })),
        );
        if (!response.ok) return { failure: response.failure };
        if (response.value === null) return {};
        return { item: sharingOf(snapshot, response.value.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes ?? []) };
      }),
    ]);
    const a = gathered(instances);
    const b = gathered(clusters);
    return { items: [...a.items, ...b.items], failures: [...a.failures, ...b.failures] };
  },
});

/** One parameter group's TLS parameters, read once per group per scan. */
function readParameterGroup(context: CollectContext, region: string, groupOf: 'instance' | 'cluster', group: RdsParameterGroupRef): Promise<Attempt<RdsParameterGroup>> {
  return context.memo(`rds:${groupOf}-pg:${region}:${group.name}`, async (): Promise<Attempt<RdsParameterGroup>> => {
    const client = context.clients.get('rds', region);
    // The parameter-name filter keeps the answer to the two parameters; an endpoint that ignores it is filtered here.
    const filters = [{ Name: 'parameter-name', Values: [...TLS_PARAMETERS] }];
    const pages =
      groupOf === 'instance'
        ? await attemptPages({ api: 'rds.DescribeDBParameters', region, resourceArn: group.arn }, () =>
            paginateDescribeDBParameters({ client }, { DBParameterGroupName: group.name, Filters: filters }),
          )
        : await attemptPages({ api: 'rds.DescribeDBClusterParameters', region, resourceArn: group.arn }, () =>
            paginateDescribeDBClusterParameters({ client }, { DBClusterParameterGroupName: group.name, Filters: filters }),
          );
    if (!pages.ok) return pages;
    const parameters: Record<string, string | null> = {};
    for (const parameter of itemsOf(pages.value as Array<{ Parameters?: Array<{ ParameterName?: string; ParameterValue?: string }> }>, (page) => page.Parameters)) {
      const name = parameter.ParameterName;
      if (name && (TLS_PARAMETERS as readonly string[]).includes(name)) parameters[name] = parameter.ParameterValue ?? null;
    }
    return { ok: true, value: { arn: group.arn, region, name: group.name, groupOf, parameters } };
  });
}

export const rdsParameterGroupsCollector = defineCollector({
  key: 'rdsParameterGroups',
  scope: 'regional',
  apis: ['rds.DescribeDBClusterParameters', 'rds.DescribeDBClusters', 'rds.DescribeDBInstances', 'rds.DescribeDBParameters'],
  async collect(context, region) {
    // Only groups whose engine enforces TLS through a parameter; a cluster member's TLS setting is its cluster's.
    const [instances, clusters] = await Promise.all([
      listedInstances(context, region).map((instance) =>
        instance.dbClusterIdentifier || !tlsRuleFor(instance.engine) ? Promise.resolve([]) : Promise.all(instance.parameterGroups.map((group) => readParameterGroup(context, region, 'instance', group))),
      ),
      listedClusters(context, region).map((cluster) =>
        cluster.parameterGroup && tlsRuleFor(cluster.engine) ? readParameterGroup(context, region, 'cluster', cluster.parameterGroup).then((read) => [read]) : Promise.resolve([]),
      ),
    ]);
    const failures: CollectionFailure[] = [];
    const items = new Map<string, RdsParameterGroup>();
    const failed = new Set<string>();
    for (const listing of [instances, clusters]) {
      if (!listing.ok) {
        failures.push(listing.failure);
        continue;
      }
      for (const read of listing.value.flat()) {
        if (read.ok) items.set(read.value.arn, read.value);
        else if (!failed.has(read.failure.resourceArn ?? '')) {
          failed.add(read.failure.resourceArn ?? '');
          failures.push(read.failure);
        }
      }
    }
    return { items: [...items.values()], failures };
  },
});
