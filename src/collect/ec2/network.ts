import { DescribeVpnConnectionsCommand, type IpPermission as SdkIpPermission, type NetworkAcl as SdkNetworkAcl, paginateDescribeFlowLogs, paginateDescribeNetworkAcls, paginateDescribeNetworkInterfaces, paginateDescribeRouteTables, paginateDescribeSecurityGroups, paginateDescribeSubnets, paginateDescribeVpcEndpoints, paginateDescribeVpcs, paginateGetManagedPrefixListEntries, type SecurityGroup as SdkSecurityGroup } from '@aws-sdk/client-ec2';
import { type Attempt, attemptRequired, type CollectContext, defineCollector, mapAll } from '../collector.js';
import { ec2Arn } from './arn.js';
import { unique } from './instances.js';
import { collectPages, listAll } from '../paginate.js';
import { toTagMap } from '../tags.js';
import type { Ec2NetworkAcl, Ec2NetworkInterface, Ec2PrefixList, Ec2Route, Ec2RouteTable, Ec2Subnet, Ec2VpcEndpoint, Ec2VpnConnection, Ec2VpnTunnel, FlowLog, IpPermission, NetworkAclEntry, SecurityGroup, Vpc } from '../../model/items/ec2.js';

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
      return collectPages(paginateDescribeSecurityGroups({ client }, {}), (page) => page.SecurityGroups);
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

export const ec2SubnetsCollector = defineCollector({
  key: 'ec2Subnets',
  scope: 'regional',
  apis: ['ec2.DescribeSubnets'],
  async collect(context, region) {
    const client = context.clients.get('ec2', region);
    const listed = await listAll(context, 'ec2.DescribeSubnets', region, () => paginateDescribeSubnets({ client }, {}), (page) => page.Subnets);
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
    const listed = await listAll(context, 'ec2.DescribeRouteTables', region, () => paginateDescribeRouteTables({ client }, {}), (page) => page.RouteTables);
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
    const listed = await listAll(context, 'ec2.DescribeNetworkAcls', region, () => paginateDescribeNetworkAcls({ client }, {}), (page) => page.NetworkAcls);
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

export const ec2VpcsCollector = defineCollector({
  key: 'ec2Vpcs',
  scope: 'regional',
  apis: ['ec2.DescribeVpcs'],
  async collect(context, region) {
    const client = context.clients.get('ec2', region);
    const listed = await attemptRequired(context, { api: 'ec2.DescribeVpcs', region }, async () => {
      return collectPages(paginateDescribeVpcs({ client }, {}), (page) => page.Vpcs);
    });
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const { partition, id } = context.account;
    const items = listed.value.map((vpc): Vpc => {
      const vpcId = vpc.VpcId ?? '';
      const associated = (vpc.CidrBlockAssociationSet ?? [])
        .filter((association) => association.CidrBlockState?.State !== 'disassociated')
        .flatMap((association) => (association.CidrBlock ? [association.CidrBlock] : []));
      const cidrs = [...new Set([...(vpc.CidrBlock ? [vpc.CidrBlock] : []), ...associated])];
      const item: Vpc = {
        arn: `arn:${partition}:ec2:${region}:${vpc.OwnerId ?? id}:vpc/${vpcId}`,
        region,
        vpcId,
        isDefault: vpc.IsDefault ?? false,
        cidrs,
        tags: toTagMap(vpc.Tags),
      };
      if (vpc.CidrBlock) item.cidr = vpc.CidrBlock;
      if (vpc.State) item.state = vpc.State;
      if (vpc.OwnerId) item.ownerId = vpc.OwnerId;
      return item;
    });
    return { items, failures: [] };
  },
});

/** Every flow log of the region in one paginated call (cheaper than one filtered call per VPC). */
export const ec2FlowLogsCollector = defineCollector({
  key: 'ec2FlowLogs',
  scope: 'regional',
  apis: ['ec2.DescribeFlowLogs'],
  async collect(context, region) {
    const client = context.clients.get('ec2', region);
    const listed = await attemptRequired(context, { api: 'ec2.DescribeFlowLogs', region }, async () => {
      return collectPages(paginateDescribeFlowLogs({ client }, {}), (page) => page.FlowLogs);
    });
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const { partition, id } = context.account;
    const items = listed.value.map((flowLog): FlowLog => {
      const flowLogId = flowLog.FlowLogId ?? '';
      const item: FlowLog = {
        arn: `arn:${partition}:ec2:${region}:${id}:vpc-flow-log/${flowLogId}`,
        region,
        flowLogId,
        resourceId: flowLog.ResourceId ?? '',
        status: flowLog.FlowLogStatus ?? 'UNKNOWN',
      };
      if (flowLog.DeliverLogsStatus) item.deliverLogsStatus = flowLog.DeliverLogsStatus;
      if (flowLog.TrafficType) item.trafficType = flowLog.TrafficType;
      if (flowLog.LogDestinationType) item.destinationType = flowLog.LogDestinationType;
      const destination = flowLog.LogDestination ?? flowLog.LogGroupName;
      if (destination) item.destination = destination;
      return item;
    });
    return { items, failures: [] };
  },
});

export const ec2NetworkInterfacesCollector = defineCollector({
  key: 'ec2NetworkInterfaces',
  scope: 'regional',
  apis: ['ec2.DescribeNetworkInterfaces'],
  async collect(context, region) {
    const client = context.clients.get('ec2', region);
    const listed = await attemptRequired(context, { api: 'ec2.DescribeNetworkInterfaces', region }, async () => {
      return collectPages(paginateDescribeNetworkInterfaces({ client }, {}), (page) => page.NetworkInterfaces);
    });
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const items = listed.value.map((eni): Ec2NetworkInterface => {
      const networkInterfaceId = eni.NetworkInterfaceId ?? '';
      const item: Ec2NetworkInterface = {
        arn: ec2Arn(context, region, 'network-interface', networkInterfaceId, eni.OwnerId),
        region,
        networkInterfaceId,
        vpcId: eni.VpcId ?? '',
        requesterManaged: eni.RequesterManaged ?? false,
      };
      if (eni.SubnetId) item.subnetId = eni.SubnetId;
      if (eni.InterfaceType) item.interfaceType = eni.InterfaceType;
      if (eni.Status) item.status = eni.Status;
      if (eni.Attachment?.InstanceId) item.instanceId = eni.Attachment.InstanceId;
      if (eni.Description) item.description = eni.Description;
      return item;
    });
    return { items, failures: [] };
  },
});

export const ec2VpcEndpointsCollector = defineCollector({
  key: 'ec2VpcEndpoints',
  scope: 'regional',
  apis: ['ec2.DescribeVpcEndpoints'],
  async collect(context, region) {
    const client = context.clients.get('ec2', region);
    const listed = await attemptRequired(context, { api: 'ec2.DescribeVpcEndpoints', region }, async () => {
      return collectPages(paginateDescribeVpcEndpoints({ client }, {}), (page) => page.VpcEndpoints);
    });
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const items = listed.value.map((endpoint): Ec2VpcEndpoint => {
      const vpcEndpointId = endpoint.VpcEndpointId ?? '';
      return {
        arn: ec2Arn(context, region, 'vpc-endpoint', vpcEndpointId, endpoint.OwnerId),
        region,
        vpcEndpointId,
        vpcId: endpoint.VpcId ?? '',
        serviceName: endpoint.ServiceName ?? '',
        endpointType: endpoint.VpcEndpointType ?? 'unknown',
        state: (endpoint.State ?? 'unknown').toLowerCase(),
      };
    });
    return { items, failures: [] };
  },
});

/** DescribeVpnConnections is not paginated: one call answers for the whole region. */
export const ec2VpnConnectionsCollector = defineCollector({
  key: 'ec2VpnConnections',
  scope: 'regional',
  apis: ['ec2.DescribeVpnConnections'],
  async collect(context, region) {
    const client = context.clients.get('ec2', region);
    const listed = await attemptRequired(context, { api: 'ec2.DescribeVpnConnections', region }, () =>
      client.send(new DescribeVpnConnectionsCommand({})),
    );
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const items = (listed.value.VpnConnections ?? []).map((vpn): Ec2VpnConnection => {
      const vpnConnectionId = vpn.VpnConnectionId ?? '';
      const item: Ec2VpnConnection = {
        arn: ec2Arn(context, region, 'vpn-connection', vpnConnectionId),
        region,
        vpnConnectionId,
        state: vpn.State ?? 'unknown',
        tunnels: (vpn.VgwTelemetry ?? []).map((telemetry): Ec2VpnTunnel => {
          const tunnel: Ec2VpnTunnel = { status: telemetry.Status ?? 'UNKNOWN' };
          if (telemetry.OutsideIpAddress) tunnel.outsideIpAddress = telemetry.OutsideIpAddress;
          if (telemetry.StatusMessage) tunnel.statusMessage = telemetry.StatusMessage;
          return tunnel;
        }),
      };
      if (vpn.VpnGatewayId) item.vpnGatewayId = vpn.VpnGatewayId;
      if (vpn.TransitGatewayId) item.transitGatewayId = vpn.TransitGatewayId;
      return item;
    });
    return { items, failures: [] };
  },
});
