/** EC2 items for the lifecycle, deployment-model and private-connectivity checks: ENIs, VPC endpoints, VPNs, used AMIs. */
import type { ResourceRef } from '../inventory.js';

/** One elastic network interface (DescribeNetworkInterfaces): anything that lives in a VPC has one. */
export interface Ec2NetworkInterface extends ResourceRef {
  region: string;
  networkInterfaceId: string;
  vpcId: string;
  subnetId?: string;
  /** interface | lambda | vpc_endpoint | nat_gateway | efa … */
  interfaceType?: string;
  /** available | in-use | … */
  status?: string;
  /** The instance it is attached to, when it is an instance's interface. */
  instanceId?: string;
  description?: string;
  /** Created by an AWS service on the account's behalf (NAT gateways, Lambda, RDS…). */
  requesterManaged: boolean;
}

/** One VPC endpoint (DescribeVpcEndpoints). */
export interface Ec2VpcEndpoint extends ResourceRef {
  region: string;
  vpcEndpointId: string;
  vpcId: string;
  /** e.g. com.amazonaws.us-east-1.s3 */
  serviceName: string;
  /** Gateway | Interface | GatewayLoadBalancer … */
  endpointType: string;
  /** available | pending | deleted | failed … */
  state: string;
}

export interface Ec2VpnTunnel {
  outsideIpAddress?: string;
  /** UP | DOWN */
  status: string;
  statusMessage?: string;
}

/** One site-to-site VPN connection (DescribeVpnConnections). */
export interface Ec2VpnConnection extends ResourceRef {
  region: string;
  vpnConnectionId: string;
  /** pending | available | deleting | deleted */
  state: string;
  vpnGatewayId?: string;
  transitGatewayId?: string;
  tunnels: Ec2VpnTunnel[];
}

/**
 * An image some instance in the region was launched from (DescribeImages by ImageIds, any owner). `found: false`
 * means EC2 no longer returns the image: it was deregistered (or is no longer shared with the account).
 */
export interface Ec2UsedImage extends ResourceRef {
  region: string;
  imageId: string;
  found: boolean;
  name?: string;
  ownerId?: string;
  creationDate?: string;
  deprecationTime?: string;
  /** The instances in the region launched from it. */
  instanceIds: string[];
}

declare module './network.js' {
  interface Ec2Instance {
    /** e.g. `User initiated (2026-10-01 12:00:00 GMT)`; dates when the instance was stopped. */
    stateTransitionReason?: string;
  }
}

declare module '../inventory.js' {
  interface InventoryItems {
    ec2NetworkInterfaces: Ec2NetworkInterface;
    ec2VpcEndpoints: Ec2VpcEndpoint;
    ec2VpnConnections: Ec2VpnConnection;
    ec2UsedImages: Ec2UsedImage;
  }
}

/**
 * When a stopped instance was stopped, from its StateTransitionReason, e.g. `User initiated (2026-10-01 12:00:00 GMT)`
 * (the only place EC2 records it). Null when the reason carries no timestamp.
 */
export function stoppedAt(reason: string | undefined): Date | null {
  const match = /\((\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) GMT\)/.exec(reason ?? '');
  if (!match) return null;
  const date = new Date(`${match[1]}T${match[2]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}
