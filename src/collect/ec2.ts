import {
  GetInstanceMetadataDefaultsCommand,
  paginateDescribeInstances,
  paginateDescribeNetworkAcls,
  paginateDescribeRouteTables,
  paginateDescribeSecurityGroups,
  paginateDescribeSubnets,
  paginateGetManagedPrefixListEntries,
  type Instance as SdkInstance,
  type IpPermission as SdkIpPermission,
  type NetworkAcl as SdkNetworkAcl,
  type RouteTable as SdkRouteTable,
  type SecurityGroup as SdkSecurityGroup,
  type Subnet as SdkSubnet,
  type Tag,
} from '@aws-sdk/client-ec2';
import type { IpPermission, SecurityGroup } from '../model/items/ec2.js';
import type { Ec2Instance, Ec2InstanceMetadataDefaults, Ec2NetworkAcl, Ec2PrefixList, Ec2Route, Ec2RouteTable, Ec2Subnet, NetworkAclEntry } from '../model/items/ec2.js';
import { regionalAccountRef } from '../model/check.js';
import { attempt, attemptRequired, defineCollector, mapAll, type Attempt, type CollectContext } from './collector.js';

export function toIpPermission(permission: SdkIpPermission): IpPermission {
  const mapped: IpPermission = {
    protocol: (permission.IpProtocol ?? '-1').toLowerCase(),
    ipv4Ranges: (permission.IpRanges ?? []).flatMap((range) => (range.CidrIp ? [range.CidrIp] : [])),
    ipv6Ranges: (permission.Ipv6Ranges ?? []).flatMap((range) => (range.CidrIpv6 ? [range.CidrIpv6] : [])),
    prefixListIds: (permission.PrefixListIds ?? []).flatMap((entry) => (entry.PrefixListId ? [entry.PrefixListId] : [])),
    referencedGroupIds: (permission.UserIdGroupPairs ?? []).flatMap((pair) => (pair.GroupId ? [pair.GroupId] : [])),
  };
  if (permission.FromPort !== undefined) mapped.fromPort = permission.FromPort;
  if (permission.ToPort !== undefined) mapped.toPort = permission.ToPort;
  return mapped;
}

/** DescribeSecurityGroups once per region per scan: the security-group and prefix-list keys share it. */
function describeSecurityGroups(context: CollectContext, region: string): Promise<Attempt<SdkSecurityGroup[]>> {
  return context.memo(`ec2:securityGroups:${region}`, () =>
    attemptRequired(context, { api: 'ec2.DescribeSecurityGroups', region }, async () => {
      const client = context.clients.get('ec2', region);
      const all: SdkSecurityGroup[] = [];
      for await (const page of paginateDescribeSecurityGroups({ client }, {})) all.push(...(page.SecurityGroups ?? []));
      return all;
    }),
  );
}

export const ec2SecurityGroupsCollector = defineCollector({
  key: 'ec2SecurityGroups',
  scope: 'regional',
  apis: ['ec2.DescribeSecurityGroups'],
  async collect(context, region) {
    const listed = await describeSecurityGroups(context, region);
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const { partition, id } = context.account;
    const items = listed.value.map((group): SecurityGroup => {
      const groupId = group.GroupId ?? '';
      const item: SecurityGroup = {
        arn: group.SecurityGroupArn ?? `arn:${partition}:ec2:${region}:${group.OwnerId ?? id}:security-group/${groupId}`,
        region,
        groupId,
        groupName: group.GroupName ?? '',
        ingress: (group.IpPermissions ?? []).map(toIpPermission),
        egress: (group.IpPermissionsEgress ?? []).map(toIpPermission),
      };
      if (group.VpcId) item.vpcId = group.VpcId;
      return item;
    });
    return { items, failures: [] };
  },
});

function ec2Arn(context: CollectContext, region: string, type: string, id: string, owner?: string): string {
  return `arn:${context.account.partition}:ec2:${region}:${owner ?? context.account.id}:${type}/${id}`;
}

export function toTagMap(tags: Tag[] | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const tag of tags ?? []) if (tag.Key !== undefined) map[tag.Key] = tag.Value ?? '';
  return map;
}

/** Lists every page of a regional EC2 Describe* call, or one failure for the region. */
async function listAll<T>(
  context: CollectContext,
  api: string,
  region: string,
  pages: () => AsyncIterable<T[] | undefined>,
): Promise<Attempt<T[]>> {
  return attemptRequired(context, { api, region }, async () => {
    const all: T[] = [];
    for await (const page of pages()) all.push(...(page ?? []));
    return all;
  });
}

async function* mapPages<P, T>(pages: AsyncIterable<P>, pick: (page: P) => T[] | undefined): AsyncIterable<T[] | undefined> {
  for await (const page of pages) yield pick(page);
}

function unique(values: Array<string | undefined>): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value)))];
}

export function toInstance(instance: SdkInstance, region: string, context: CollectContext, ownerId?: string): Ec2Instance {
  const instanceId = instance.InstanceId ?? '';
  const interfaces = instance.NetworkInterfaces ?? [];
  const item: Ec2Instance = {
    arn: ec2Arn(context, region, 'instance', instanceId, ownerId),
    region,
    instanceId,
    state: instance.State?.Name ?? 'unknown',
    tags: toTagMap(instance.Tags),
    publicIpAddresses: unique([instance.PublicIpAddress, ...interfaces.map((eni) => eni.Association?.PublicIp)]),
    ipv6Addresses: unique([instance.Ipv6Address, ...interfaces.flatMap((eni) => (eni.Ipv6Addresses ?? []).map((entry) => entry.Ipv6Address))]),
    securityGroupIds: unique((instance.SecurityGroups ?? []).map((group) => group.GroupId)),
    blockDevices: (instance.BlockDeviceMappings ?? []).map((mapping) => {
      const device: Ec2Instance['blockDevices'][number] = { deviceName: mapping.DeviceName ?? '' };
      if (mapping.Ebs?.VolumeId) device.volumeId = mapping.Ebs.VolumeId;
      if (mapping.Ebs?.DeleteOnTermination !== undefined) device.deleteOnTermination = mapping.Ebs.DeleteOnTermination;
      return device;
    }),
  };
  if (instance.SubnetId) item.subnetId = instance.SubnetId;
  if (instance.VpcId) item.vpcId = instance.VpcId;
  const options = instance.MetadataOptions;
  if (options) {
    item.metadataOptions = {};
    if (options.HttpTokens) item.metadataOptions.httpTokens = options.HttpTokens;
    if (options.HttpEndpoint) item.metadataOptions.httpEndpoint = options.HttpEndpoint;
    if (options.HttpPutResponseHopLimit !== undefined) item.metadataOptions.httpPutResponseHopLimit = options.HttpPutResponseHopLimit;
  }
  if (instance.IamInstanceProfile?.Arn) item.iamInstanceProfileArn = instance.IamInstanceProfile.Arn;
  if (instance.ImageId) item.imageId = instance.ImageId;
  if (instance.InstanceType) item.instanceType = instance.InstanceType;
  if (instance.PlatformDetails) item.platformDetails = instance.PlatformDetails;
  if (instance.LaunchTime) item.launchTime = new Date(instance.LaunchTime).toISOString();
  if (instance.Placement?.Tenancy) item.tenancy = instance.Placement.Tenancy;
  if (instance.StateTransitionReason) item.stateTransitionReason = instance.StateTransitionReason;
  return item;
}

/** DescribeInstances once per region per scan: the instance and used-image keys share it. */
export function describeInstances(context: CollectContext, region: string): Promise<Attempt<Ec2Instance[]>> {
  return context.memo(`ec2:instances:${region}`, () =>
    attemptRequired(context, { api: 'ec2.DescribeInstances', region }, async () => {
      const client = context.clients.get('ec2', region);
      const all: Ec2Instance[] = [];
      for await (const page of paginateDescribeInstances({ client }, {})) {
        for (const reservation of page.Reservations ?? []) {
          for (const instance of reservation.Instances ?? []) all.push(toInstance(instance, region, context, reservation.OwnerId));
        }
      }
      return all;
    }),
  );
}

export const ec2InstancesCollector = defineCollector({
  key: 'ec2Instances',
  scope: 'regional',
  apis: ['ec2.DescribeInstances'],
  async collect(context, region) {
    const listed = await describeInstances(context, region);
    return listed.ok ? { items: listed.value, failures: [] } : { items: [], failures: [listed.failure] };
  },
});

export const ec2SubnetsCollector = defineCollector({
  key: 'ec2Subnets',
  scope: 'regional',
  apis: ['ec2.DescribeSubnets'],
  async collect(context, region) {
    const client = context.clients.get('ec2', region);
    const listed = await listAll<SdkSubnet>(context, 'ec2.DescribeSubnets', region, () =>
      mapPages(paginateDescribeSubnets({ client }, {}), (page) => page.Subnets),
    );
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const items = listed.value.map((subnet): Ec2Subnet => {
      const subnetId = subnet.SubnetId ?? '';
      const item: Ec2Subnet = {
        arn: subnet.SubnetArn ?? ec2Arn(context, region, 'subnet', subnetId, subnet.OwnerId),
        region,
        subnetId,
        vpcId: subnet.VpcId ?? '',
        ipv6CidrBlocks: unique((subnet.Ipv6CidrBlockAssociationSet ?? []).map((entry) => entry.Ipv6CidrBlock)),
        mapPublicIpOnLaunch: subnet.MapPublicIpOnLaunch ?? false,
        assignIpv6AddressOnCreation: subnet.AssignIpv6AddressOnCreation ?? false,
        defaultForAz: subnet.DefaultForAz ?? false,
      };
      if (subnet.CidrBlock) item.cidrBlock = subnet.CidrBlock;
      if (subnet.AvailabilityZone) item.availabilityZone = subnet.AvailabilityZone;
      return item;
    });
    return { items, failures: [] };
  },
});

export const ec2RouteTablesCollector = defineCollector({
  key: 'ec2RouteTables',
  scope: 'regional',
  apis: ['ec2.DescribeRouteTables'],
  async collect(context, region) {
    const client = context.clients.get('ec2', region);
    const listed = await listAll<SdkRouteTable>(context, 'ec2.DescribeRouteTables', region, () =>
      mapPages(paginateDescribeRouteTables({ client }, {}), (page) => page.RouteTables),
    );
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const items = listed.value.map((table): Ec2RouteTable => {
      const routeTableId = table.RouteTableId ?? '';
      const associations = table.Associations ?? [];
      return {
        arn: ec2Arn(context, region, 'route-table', routeTableId, table.OwnerId),
        region,
        routeTableId,
        vpcId: table.VpcId ?? '',
        subnetIds: unique(associations.map((association) => association.SubnetId)),
        isMain: associations.some((association) => association.Main === true),
        routes: (table.Routes ?? []).map((route): Ec2Route => {
          const mapped: Ec2Route = {};
          if (route.DestinationCidrBlock) mapped.destinationCidr = route.DestinationCidrBlock;
          if (route.DestinationIpv6CidrBlock) mapped.destinationIpv6Cidr = route.DestinationIpv6CidrBlock;
          if (route.DestinationPrefixListId) mapped.destinationPrefixListId = route.DestinationPrefixListId;
          const target =
            route.GatewayId ??
            route.EgressOnlyInternetGatewayId ??
            route.NatGatewayId ??
            route.TransitGatewayId ??
            route.VpcPeeringConnectionId ??
            route.NetworkInterfaceId ??
            route.InstanceId ??
            route.CarrierGatewayId ??
            route.LocalGatewayId ??
            route.CoreNetworkArn;
          if (target) mapped.target = target;
          if (route.State) mapped.state = route.State;
          return mapped;
        }),
      };
    });
    return { items, failures: [] };
  },
});

export function toNetworkAclEntries(acl: SdkNetworkAcl): NetworkAclEntry[] {
  return (acl.Entries ?? []).map((entry) => {
    const mapped: NetworkAclEntry = {
      ruleNumber: entry.RuleNumber ?? 32767,
      egress: entry.Egress ?? false,
      protocol: (entry.Protocol ?? '-1').toLowerCase(),
      ruleAction: entry.RuleAction === 'allow' ? 'allow' : 'deny',
    };
    if (entry.CidrBlock) mapped.cidrBlock = entry.CidrBlock;
    if (entry.Ipv6CidrBlock) mapped.ipv6CidrBlock = entry.Ipv6CidrBlock;
    if (entry.PortRange && (entry.PortRange.From !== undefined || entry.PortRange.To !== undefined)) {
      mapped.portRange = { from: entry.PortRange.From ?? 0, to: entry.PortRange.To ?? 65535 };
    }
    return mapped;
  });
}

export const ec2NetworkAclsCollector = defineCollector({
  key: 'ec2NetworkAcls',
  scope: 'regional',
  apis: ['ec2.DescribeNetworkAcls'],
  async collect(context, region) {
    const client = context.clients.get('ec2', region);
    const listed = await listAll<SdkNetworkAcl>(context, 'ec2.DescribeNetworkAcls', region, () =>
      mapPages(paginateDescribeNetworkAcls({ client }, {}), (page) => page.NetworkAcls),
    );
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const items = listed.value.map((acl): Ec2NetworkAcl => {
      const networkAclId = acl.NetworkAclId ?? '';
      return {
        arn: ec2Arn(context, region, 'network-acl', networkAclId, acl.OwnerId),
        region,
        networkAclId,
        vpcId: acl.VpcId ?? '',
        isDefault: acl.IsDefault ?? false,
        subnetIds: unique((acl.Associations ?? []).map((association) => association.SubnetId)),
        entries: toNetworkAclEntries(acl),
      };
    });
    return { items, failures: [] };
  },
});

/**
 * The entries of every prefix list that a security group references (customer-managed lists can hold 0.0.0.0/0).
 * A list that cannot be read becomes a failure against that list; the checks then refuse to pass the groups using it.
 */
export const ec2PrefixListsCollector = defineCollector({
  key: 'ec2PrefixLists',
  scope: 'regional',
  apis: ['ec2.DescribeSecurityGroups', 'ec2.GetManagedPrefixListEntries'],
  async collect(context, region) {
    const groups = await describeSecurityGroups(context, region);
    if (!groups.ok) return { items: [], failures: [groups.failure] };
    const ids = unique(
      groups.value.flatMap((group) =>
        [...(group.IpPermissions ?? []), ...(group.IpPermissionsEgress ?? [])].flatMap((permission) =>
          (permission.PrefixListIds ?? []).map((entry) => entry.PrefixListId),
        ),
      ),
    );
    const client = context.clients.get('ec2', region);
    const results = await mapAll(ids, async (prefixListId) => {
      const arn = ec2Arn(context, region, 'prefix-list', prefixListId);
      const entries = await attemptRequired(
        context,
        { api: 'ec2.GetManagedPrefixListEntries', region, resourceArn: arn },
        async () => {
          const cidrs: string[] = [];
          for await (const page of paginateGetManagedPrefixListEntries({ client }, { PrefixListId: prefixListId })) {
            for (const entry of page.Entries ?? []) if (entry.Cidr) cidrs.push(entry.Cidr);
          }
          return cidrs;
        },
      );
      return entries.ok
        ? { item: { arn, region, prefixListId, cidrs: entries.value } satisfies Ec2PrefixList }
        : { failure: entries.failure };
    });
    return {
      items: results.flatMap((result) => ('item' in result && result.item ? [result.item] : [])),
      failures: results.flatMap((result) => ('failure' in result && result.failure ? [result.failure] : [])),
    };
  },
});

/**
 * The account's regional IMDS default. Not every endpoint implements it (older emulators), so a failure is
 * recorded against the regional account setting only, never against the whole region's instances.
 */
export const ec2InstanceMetadataDefaultsCollector = defineCollector({
  key: 'ec2InstanceMetadataDefaults',
  scope: 'regional',
  apis: ['ec2.GetInstanceMetadataDefaults'],
  async collect(context, region) {
    const ref = regionalAccountRef(context.account, 'ec2', region);
    const response = await attempt(
      context,
      { api: 'ec2.GetInstanceMetadataDefaults', region, resourceArn: ref.arn },
      () => context.clients.get('ec2', region).send(new GetInstanceMetadataDefaultsCommand({})),
    );
    if (!response.ok) return { items: [], failures: [response.failure] };
    const level = response.value?.AccountLevel;
    const item: Ec2InstanceMetadataDefaults = {
      arn: ref.arn,
      region,
      httpTokens: level?.HttpTokens ?? null,
      httpEndpoint: level?.HttpEndpoint ?? null,
      httpPutResponseHopLimit: level?.HttpPutResponseHopLimit ?? null,
    };
    return { items: [item], failures: [] };
  },
});
