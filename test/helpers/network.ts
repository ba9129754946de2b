/** Builders for EC2 networking, S3 public-access and SSM fixture items. */
import type { Ec2Instance, Ec2InstanceMetadataDefaults, Ec2NetworkAcl, Ec2PrefixList, Ec2RouteTable, Ec2Subnet, NetworkAclEntry } from '../../src/model/items/ec2.js';
import type { SsmManagedInstance, SsmPatchCompliance } from '../../src/model/items/ssm.js';
import { ACCOUNT } from './inventory.js';

export function aPrefixList(id: string, cidrs: string[], region = 'us-east-1'): Ec2PrefixList {
  return { arn: `arn:aws:ec2:${region}:${ACCOUNT.id}:prefix-list/${id}`, region, prefixListId: id, cidrs };
}

export function anAclEntry(overrides: Partial<NetworkAclEntry> = {}): NetworkAclEntry {
  return { ruleNumber: 100, egress: false, protocol: '6', ruleAction: 'allow', cidrBlock: '0.0.0.0/0', portRange: { from: 22, to: 22 }, ...overrides };
}

/** The two implicit deny entries every NACL ends with. */
export const IMPLICIT_DENIES: NetworkAclEntry[] = [
  { ruleNumber: 32767, egress: false, protocol: '-1', ruleAction: 'deny', cidrBlock: '0.0.0.0/0' },
  { ruleNumber: 32768, egress: false, protocol: '-1', ruleAction: 'deny', ipv6CidrBlock: '::/0' },
];

export function aNetworkAcl(id: string, entries: NetworkAclEntry[], overrides: Partial<Ec2NetworkAcl> = {}): Ec2NetworkAcl {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:ec2:${region}:${ACCOUNT.id}:network-acl/${id}`,
    region,
    networkAclId: id,
    vpcId: 'vpc-1',
    isDefault: false,
    subnetIds: ['subnet-1'],
    entries: [...entries, ...IMPLICIT_DENIES],
    ...overrides,
  };
}

export function anInstance(id: string, overrides: Partial<Ec2Instance> = {}): Ec2Instance {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:ec2:${region}:${ACCOUNT.id}:instance/${id}`,
    region,
    instanceId: id,
    state: 'running',
    tags: {},
    publicIpAddresses: [],
    ipv6Addresses: [],
    subnetId: 'subnet-private',
    vpcId: 'vpc-1',
    securityGroupIds: ['sg-1'],
    metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled', httpPutResponseHopLimit: 1 },
    iamInstanceProfileArn: `arn:aws:iam::${ACCOUNT.id}:instance-profile/analysis`,
    imageId: 'ami-0123456789abcdef0',
    launchTime: '2026-11-01T00:00:00.000Z',
    tenancy: 'default',
    blockDevices: [{ deviceName: '/dev/xvda', volumeId: 'vol-1', deleteOnTermination: true }],
    ...overrides,
  };
}

export function aSubnet(id: string, overrides: Partial<Ec2Subnet> = {}): Ec2Subnet {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:ec2:${region}:${ACCOUNT.id}:subnet/${id}`,
    region,
    subnetId: id,
    vpcId: 'vpc-1',
    ipv6CidrBlocks: [],
    mapPublicIpOnLaunch: false,
    assignIpv6AddressOnCreation: false,
    defaultForAz: false,
    ...overrides,
  };
}

export function aRouteTable(id: string, overrides: Partial<Ec2RouteTable> = {}): Ec2RouteTable {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:ec2:${region}:${ACCOUNT.id}:route-table/${id}`,
    region,
    routeTableId: id,
    vpcId: 'vpc-1',
    subnetIds: [],
    isMain: false,
    routes: [{ destinationCidr: '10.0.0.0/16', target: 'local' }],
    ...overrides,
  };
}

export function metadataDefaults(httpTokens: string | null, region = 'us-east-1'): Ec2InstanceMetadataDefaults {
  return { arn: `arn:aws:ec2:${region}:${ACCOUNT.id}:account`, region, httpTokens, httpEndpoint: null, httpPutResponseHopLimit: null };
}

export function aManagedInstance(id: string, overrides: Partial<SsmManagedInstance> = {}): SsmManagedInstance {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: id.startsWith('i-') ? `arn:aws:ec2:${region}:${ACCOUNT.id}:instance/${id}` : `arn:aws:ssm:${region}:${ACCOUNT.id}:managed-instance/${id}`,
    region,
    instanceId: id,
    pingStatus: 'Online',
    platformType: 'Linux',
    ...overrides,
  };
}

export function aPatchSummary(id: string, overrides: Partial<SsmPatchCompliance> = {}): SsmPatchCompliance {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: id.startsWith('i-') ? `arn:aws:ec2:${region}:${ACCOUNT.id}:instance/${id}` : `arn:aws:ssm:${region}:${ACCOUNT.id}:managed-instance/${id}`,
    region,
    resourceId: id,
    resourceType: 'ManagedInstance',
    status: 'COMPLIANT',
    executionTime: '2026-11-22T00:00:00.000Z',
    nonCompliant: { critical: 0, high: 0, medium: 0, low: 0, informational: 0, unspecified: 0 },
    ...overrides,
  };
}
