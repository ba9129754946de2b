/** Inventory item types of EC2: instances, VPC networking, security groups, flow logs, EBS volumes, snapshots, images and regional EC2 settings. */
import type { Fact } from '../failure.js';
import type { ResourceRef } from '../inventory.js';

export interface Ec2BlockDevice {
  deviceName: string;
  volumeId?: string;
  deleteOnTermination?: boolean;
}

export interface Ec2MetadataOptions {
  /** `required` (IMDSv2 only) or `optional` (IMDSv1 allowed). */
  httpTokens?: string;
  /** `enabled` or `disabled`. */
  httpEndpoint?: string;
  httpPutResponseHopLimit?: number;
}

/** One EC2 instance, general enough for every check that reads instances. */
export interface Ec2Instance extends ResourceRef {
  region: string;
  instanceId: string;
  /** pending | running | shutting-down | terminated | stopping | stopped */
  state: string;
  tags: Record<string, string>;
  /** Public IPv4 addresses (auto-assigned or Elastic IPs) on any network interface. */
  publicIpAddresses: string[];
  /** IPv6 addresses on any network interface (all IPv6 GUAs are globally routable). */
  ipv6Addresses: string[];
  subnetId?: string;
  vpcId?: string;
  securityGroupIds: string[];
  /** Absent when the API did not report metadata options. */
  metadataOptions?: Ec2MetadataOptions;
  iamInstanceProfileArn?: string;
  imageId?: string;
  instanceType?: string;
  platformDetails?: string;
  launchTime?: string;
  /** default | dedicated | host */
  tenancy?: string;
  blockDevices: Ec2BlockDevice[];
  /** e.g. `User initiated (2026-10-01 12:00:00 GMT)`; dates when the instance was stopped. */
  stateTransitionReason?: string;
}

/** The account's regional default for instance metadata options (GetInstanceMetadataDefaults). */
export interface Ec2InstanceMetadataDefaults extends ResourceRef {
  region: string;
  /** `required`, `optional`, or null when no account default is set (the AMI/launch settings decide). */
  httpTokens: string | null;
  httpEndpoint: string | null;
  httpPutResponseHopLimit: number | null;
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

export interface Ec2Subnet extends ResourceRef {
  region: string;
  subnetId: string;
  vpcId: string;
  cidrBlock?: string;
  ipv6CidrBlocks: string[];
  availabilityZone?: string;
  mapPublicIpOnLaunch: boolean;
  assignIpv6AddressOnCreation: boolean;
  defaultForAz: boolean;
}

export interface Ec2Route {
  destinationCidr?: string;
  destinationIpv6Cidr?: string;
  destinationPrefixListId?: string;
  /** The route target id: igw-…, eigw-…, nat-…, vgw-…, tgw-…, pcx-…, eni-…, `local`… */
  target?: string;
  state?: string;
}

export interface Ec2RouteTable extends ResourceRef {
  region: string;
  routeTableId: string;
  vpcId: string;
  /** Explicit subnet associations. */
  subnetIds: string[];
  /** The VPC's main route table (used by every subnet without an explicit association). */
  isMain: boolean;
  routes: Ec2Route[];
}

export interface NetworkAclEntry {
  ruleNumber: number;
  egress: boolean;
  /** IANA protocol number as a string, or `-1` for all. */
  protocol: string;
  ruleAction: 'allow' | 'deny';
  cidrBlock?: string;
  ipv6CidrBlock?: string;
  portRange?: { from: number; to: number };
}

export interface Ec2NetworkAcl extends ResourceRef {
  region: string;
  networkAclId: string;
  vpcId: string;
  isDefault: boolean;
  subnetIds: string[];
  entries: NetworkAclEntry[];
}

/** The entries of a managed prefix list referenced by a security group. */
export interface Ec2PrefixList extends ResourceRef {
  region: string;
  prefixListId: string;
  cidrs: string[];
}

// ---------- EC2 ----------
export interface IpPermission {
  /** `-1` means every protocol; otherwise a name (tcp, udp, icmp…) or an IANA number as a string. */
  protocol: string;
  fromPort?: number;
  toPort?: number;
  ipv4Ranges: string[];
  ipv6Ranges: string[];
  prefixListIds: string[];
  referencedGroupIds: string[];
}

export interface SecurityGroup extends ResourceRef {
  region: string;
  groupId: string;
  groupName: string;
  vpcId?: string;
  ingress: IpPermission[];
  egress: IpPermission[];
}

/** A VPC, kept general (other checks reuse it). */
export interface Vpc extends ResourceRef {
  region: string;
  vpcId: string;
  isDefault: boolean;
  /** The primary IPv4 CIDR. */
  cidr?: string;
  /** Every associated IPv4 CIDR (primary first). */
  cidrs: string[];
  state?: string;
  ownerId?: string;
  tags: Record<string, string>;
}

export interface FlowLog extends ResourceRef {
  region: string;
  flowLogId: string;
  /** The VPC, subnet or network interface the flow log is attached to. */
  resourceId: string;
  /** ACTIVE when the flow log exists and is set up. */
  status: string;
  /** SUCCESS or FAILED (delivery to the destination). */
  deliverLogsStatus?: string;
  /** ALL, ACCEPT or REJECT. */
  trafficType?: string;
  destinationType?: string;
  destination?: string;
}

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

/** One EBS volume. General-purpose: other areas (orphaned volumes, storage inventory, tagging) reuse it. */
export interface Ec2Volume extends ResourceRef {
  region: string;
  volumeId: string;
  /** creating | available | in-use | deleting | deleted | error */
  state: string;
  encrypted: boolean;
  /** The KMS key ARN as EC2 reports it (absent for unencrypted volumes). */
  kmsKeyId?: string;
  attachments: Array<{ instanceId: string; device?: string; state?: string; deleteOnTermination?: boolean }>;
  createTime?: string;
  sizeGiB?: number;
  volumeType?: string;
  snapshotId?: string;
  availabilityZone?: string;
  tags: Record<string, string>;
}

/** EBS encryption-by-default for one region (an account setting). */
export interface EbsEncryptionDefault extends ResourceRef {
  region: string;
  encryptionByDefault: boolean;
  /** The default KMS key (id, ARN or `alias/aws/ebs`); null when GetEbsDefaultKmsKeyId answered nothing; unknown when it failed. */
  defaultKmsKeyId: Fact<string | null>;
}

/** An EBS snapshot owned by the account (DescribeSnapshots OwnerIds=self). */
export interface EbsSnapshot extends ResourceRef {
  region: string;
  snapshotId: string;
  volumeId?: string;
  encrypted: boolean;
  kmsKeyId?: string;
  startTime?: string;
  description?: string;
  tags: Record<string, string>;
}

/** Who may create volumes from a snapshot (DescribeSnapshotAttribute createVolumePermission). */
export interface EbsSnapshotPermissions extends ResourceRef {
  region: string;
  snapshotId: string;
  /** A `Group: all` grant: anyone in the partition can restore it. */
  isPublic: boolean;
  /** Other AWS accounts granted createVolumePermission. */
  accountIds: string[];
}

/** An AMI owned by the account (DescribeImages Owners=self). */
export interface AmiImage extends ResourceRef {
  region: string;
  imageId: string;
  name?: string;
  isPublic: boolean;
  state?: string;
  creationDate?: string;
  /** Snapshots behind the image's EBS block devices. */
  snapshotIds: string[];
}

/** Who may launch an AMI (DescribeImageAttribute launchPermission). */
export interface AmiLaunchPermissions extends ResourceRef {
  region: string;
  imageId: string;
  isPublic: boolean;
  accountIds: string[];
  organizationArns: string[];
  organizationalUnitArns: string[];
}

/** A regional EC2 account setting read with one Get* call (block public access, serial console). */
export interface Ec2RegionalSetting extends ResourceRef {
  region: string;
  /** `account` or `declarative-policy` (an Organizations declarative policy enforces it). */
  managedBy?: string;
}

export interface SnapshotBlockPublicAccess extends Ec2RegionalSetting {
  /** `block-all-sharing`, `block-new-sharing` or `unblocked`. */
  state: string;
}

export interface ImageBlockPublicAccess extends Ec2RegionalSetting {
  /** `block-new-sharing` or `unblocked`. */
  state: string;
}

export interface SerialConsoleAccess extends Ec2RegionalSetting {
  enabled: boolean;
}
