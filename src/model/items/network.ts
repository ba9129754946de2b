/** Inventory items for EC2 instances and VPC networking (subnets, route tables, network ACLs, prefix lists). */
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

/** The account's regional default for instance metadata options (GetInstanceMetadataDefaults). */
export interface Ec2InstanceMetadataDefaults extends ResourceRef {
  region: string;
  /** `required`, `optional`, or null when no account default is set (the AMI/launch settings decide). */
  httpTokens: string | null;
  httpEndpoint: string | null;
  httpPutResponseHopLimit: number | null;
}

declare module '../inventory.js' {
  interface InventoryItems {
    ec2Instances: Ec2Instance;
    ec2Subnets: Ec2Subnet;
    ec2RouteTables: Ec2RouteTable;
    ec2NetworkAcls: Ec2NetworkAcl;
    ec2PrefixLists: Ec2PrefixList;
    ec2InstanceMetadataDefaults: Ec2InstanceMetadataDefaults;
  }
}
