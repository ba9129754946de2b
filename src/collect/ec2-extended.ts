import {
  DescribeImagesCommand,
  DescribeVpnConnectionsCommand,
  paginateDescribeNetworkInterfaces,
  paginateDescribeVpcEndpoints,
  type NetworkInterface as SdkNetworkInterface,
  type VpcEndpoint as SdkVpcEndpoint,
} from '@aws-sdk/client-ec2';
import type { Ec2NetworkInterface, Ec2UsedImage, Ec2VpcEndpoint, Ec2VpnConnection, Ec2VpnTunnel } from '../model/items/ec2.js';
import { attempt, attemptRequired, defineCollector, mapAll, type CollectContext } from './collector.js';
import { describeInstances } from './ec2.js';

function ec2Arn(context: CollectContext, region: string, type: string, id: string, owner?: string): string {
  return `arn:${context.account.partition}:ec2:${region}:${owner ?? context.account.id}:${type}/${id}`;
}

export const ec2NetworkInterfacesCollector = defineCollector({
  key: 'ec2NetworkInterfaces',
  scope: 'regional',
  apis: ['ec2.DescribeNetworkInterfaces'],
  async collect(context, region) {
    const client = context.clients.get('ec2', region);
    const listed = await attemptRequired(context, { api: 'ec2.DescribeNetworkInterfaces', region }, async () => {
      const all: SdkNetworkInterface[] = [];
      for await (const page of paginateDescribeNetworkInterfaces({ client }, {})) all.push(...(page.NetworkInterfaces ?? []));
      return all;
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
      const all: SdkVpcEndpoint[] = [];
      for await (const page of paginateDescribeVpcEndpoints({ client }, {})) all.push(...(page.VpcEndpoints ?? []));
      return all;
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

/** What EC2 answers for an image id it no longer returns (deregistered, or unshared from this account). */
const IMAGE_GONE = ['InvalidAMIID.NotFound', 'InvalidAMIID.Unavailable'];

/**
 * The images the region's instances were launched from, whoever owns them (ec2Images only holds the account's own
 * AMIs). One DescribeImages per image id, so that one vanished id cannot hide the answer for the others.
 */
export const ec2UsedImagesCollector = defineCollector({
  key: 'ec2UsedImages',
  scope: 'regional',
  apis: ['ec2.DescribeInstances', 'ec2.DescribeImages'],
  async collect(context, region) {
    const instances = await describeInstances(context, region);
    if (!instances.ok) return { items: [], failures: [instances.failure] };
    const byImage = new Map<string, string[]>();
    for (const instance of instances.value) {
      if (instance.state === 'terminated' || !instance.imageId) continue;
      byImage.set(instance.imageId, [...(byImage.get(instance.imageId) ?? []), instance.instanceId]);
    }
    const client = context.clients.get('ec2', region);
    const results = await mapAll([...byImage], async ([imageId, instanceIds]) => {
      const arn = `arn:${context.account.partition}:ec2:${region}::image/${imageId}`;
      const described = await attempt(context, { api: 'ec2.DescribeImages', region, resourceArn: arn, absentOn: IMAGE_GONE }, () =>
        client.send(new DescribeImagesCommand({ ImageIds: [imageId], IncludeDeprecated: true, IncludeDisabled: true })),
      );
      if (!described.ok) return { failure: described.failure };
      const image = described.value?.Images?.find((candidate) => candidate.ImageId === imageId);
      const item: Ec2UsedImage = { arn, region, imageId, found: image !== undefined, instanceIds };
      if (image?.Name) item.name = image.Name;
      if (image?.OwnerId) item.ownerId = image.OwnerId;
      if (image?.CreationDate) item.creationDate = image.CreationDate;
      if (image?.DeprecationTime) item.deprecationTime = image.DeprecationTime;
      return { item };
    });
    return {
      items: results.flatMap((result) => ('item' in result && result.item ? [result.item] : [])),
      failures: results.flatMap((result) => ('failure' in result && result.failure ? [result.failure] : [])),
    };
  },
});
