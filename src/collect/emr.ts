import {
  type ClusterState,
  DescribeClusterCommand,
  DescribeSecurityConfigurationCommand,
  GetBlockPublicAccessConfigurationCommand,
  paginateListClusters,
  paginateListSecurityConfigurations,
} from '@aws-sdk/client-emr';
import { regionalAccountRef } from '../model/check.js';
import type { CollectionFailure } from '../model/failure.js';
import type { EmrBlockPublicAccess, EmrCluster, EmrSecurityConfiguration } from '../model/items/emr.js';
import { attemptRequired, defineCollector, mapAll } from './collector.js';
import { gathered, listAll } from './paginate.js';
import { emrSecurityDocument } from './responses.js';
import { toTagMap } from './tags.js';

type Outcome<T> = { item?: T; failure?: CollectionFailure };

/** Clusters that run (or are about to): terminated clusters keep no instances and are listed for two months. */
export const ACTIVE_CLUSTER_STATES: ClusterState[] = ['STARTING', 'BOOTSTRAPPING', 'RUNNING', 'WAITING'];

export const emrSecurityConfigurationsCollector = defineCollector({
  key: 'emrSecurityConfigurations',
  scope: 'regional',
  apis: ['emr.ListSecurityConfigurations', 'emr.DescribeSecurityConfiguration'],
  async collect(context, region) {
    const client = context.clients.get('emr', region);
    const listed = await listAll(
      { api: 'emr.ListSecurityConfigurations', region },
      () => paginateListSecurityConfigurations({ client }, {}),
      (page) => page.SecurityConfigurations,
    );
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const { partition, id } = context.account;
    const outcomes = await mapAll(listed.value, async (summary): Promise<Outcome<EmrSecurityConfiguration>> => {
      const name = summary.Name ?? '';
      const arn = `arn:${partition}:elasticmapreduce:${region}:${id}:security-configuration/${name}`;
      const described = await attemptRequired({ api: 'emr.DescribeSecurityConfiguration', region, resourceArn: arn }, () =>
        client.send(new DescribeSecurityConfigurationCommand({ Name: name })),
      );
      if (!described.ok) return { failure: described.failure };
      // The contract (responses.ts) has already checked the document against this schema.
      const document = emrSecurityDocument.parse(JSON.parse(described.value.SecurityConfiguration ?? '{}'));
      const encryption = document.EncryptionConfiguration;
      const atRest = encryption?.AtRestEncryptionConfiguration;
      const item: EmrSecurityConfiguration = {
        arn,
        region,
        name,
        atRestEncryption: encryption?.EnableAtRestEncryption ?? false,
        inTransitEncryption: encryption?.EnableInTransitEncryption ?? false,
      };
      if (atRest?.S3EncryptionConfiguration?.EncryptionMode) item.s3EncryptionMode = atRest.S3EncryptionConfiguration.EncryptionMode;
      const localDisk = atRest?.LocalDiskEncryptionConfiguration;
      if (localDisk?.EncryptionKeyProviderType) item.localDiskKeyProvider = localDisk.EncryptionKeyProviderType;
      if (localDisk?.EnableEbsEncryption !== undefined) item.ebsEncryption = localDisk.EnableEbsEncryption;
      return { item };
    });
    return gathered({ ok: true, value: outcomes });
  },
});

export const emrClustersCollector = defineCollector({
  key: 'emrClusters',
  scope: 'regional',
  apis: ['emr.ListClusters', 'emr.DescribeCluster'],
  async collect(context, region) {
    const client = context.clients.get('emr', region);
    const listed = await listAll(
      { api: 'emr.ListClusters', region },
      () => paginateListClusters({ client }, { ClusterStates: ACTIVE_CLUSTER_STATES }),
      (page) => page.Clusters,
    );
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const { partition, id } = context.account;
    const outcomes = await mapAll(listed.value, async (summary): Promise<Outcome<EmrCluster>> => {
      const clusterId = summary.Id ?? '';
      const arn = summary.ClusterArn ?? `arn:${partition}:elasticmapreduce:${region}:${id}:cluster/${clusterId}`;
      const described = await attemptRequired({ api: 'emr.DescribeCluster', region, resourceArn: arn }, () =>
        client.send(new DescribeClusterCommand({ ClusterId: clusterId })),
      );
      if (!described.ok) return { failure: described.failure };
      const cluster = described.value.Cluster;
      const item: EmrCluster = {
        arn,
        region,
        clusterId,
        name: cluster?.Name ?? summary.Name ?? clusterId,
        state: cluster?.Status?.State ?? 'UNKNOWN',
        tags: toTagMap(cluster?.Tags),
      };
      if (cluster?.SecurityConfiguration) item.securityConfiguration = cluster.SecurityConfiguration;
      if (cluster?.Ec2InstanceAttributes?.Ec2SubnetId) item.subnetId = cluster.Ec2InstanceAttributes.Ec2SubnetId;
      return { item };
    });
    return gathered({ ok: true, value: outcomes });
  },
});

export const emrBlockPublicAccessCollector = defineCollector({
  key: 'emrBlockPublicAccess',
  scope: 'regional',
  apis: ['emr.GetBlockPublicAccessConfiguration'],
  async collect(context, region) {
    const client = context.clients.get('emr', region);
    const response = await attemptRequired({ api: 'emr.GetBlockPublicAccessConfiguration', region }, () =>
      client.send(new GetBlockPublicAccessConfigurationCommand({})),
    );
    if (!response.ok) return { items: [], failures: [response.failure] };
    const configuration = response.value.BlockPublicAccessConfiguration;
    const item: EmrBlockPublicAccess = {
      ...regionalAccountRef(context.account, 'elasticmapreduce', region),
      region,
      blockPublicSecurityGroupRules: configuration?.BlockPublicSecurityGroupRules ?? false,
      permittedPortRanges: (configuration?.PermittedPublicSecurityGroupRuleRanges ?? []).map((range) => ({
        from: range.MinRange ?? 0,
        // A range without MaxRange is the single port MinRange.
        to: range.MaxRange ?? range.MinRange ?? 0,
      })),
    };
    return { items: [item], failures: [] };
  },
});
