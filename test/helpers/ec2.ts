import type { AmiImage, AmiLaunchPermissions, EbsEncryptionDefault, EbsSnapshot, EbsSnapshotPermissions, Ec2Instance, Ec2InstanceMetadataDefaults, Ec2NetworkAcl, Ec2NetworkInterface, Ec2PrefixList, Ec2RouteTable, Ec2Subnet, Ec2UsedImage, Ec2Volume, Ec2VpcEndpoint, Ec2VpnConnection, FlowLog, ImageBlockPublicAccess, IpPermission, NetworkAclEntry, SecurityGroup, SerialConsoleAccess, SnapshotBlockPublicAccess, Vpc } from '../../src/model/items/ec2.js';
import { ACCOUNT } from './inventory.js';


export const vpcArnOf = (id: string, region = 'us-east-1') => `arn:aws:ec2:${region}:${ACCOUNT.id}:vpc/${id}`;

export function anEni(id: string, vpcId: string, overrides: Partial<Ec2NetworkInterface> = {}): Ec2NetworkInterface {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:ec2:${region}:${ACCOUNT.id}:network-interface/${id}`,
    region,
    networkInterfaceId: id,
    vpcId,
    interfaceType: 'interface',
    status: 'in-use',
    requesterManaged: false,
    ...overrides,
  };
}

export function anEndpoint(id: string, vpcId: string, serviceName: string, overrides: Partial<Ec2VpcEndpoint> = {}): Ec2VpcEndpoint {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:ec2:${region}:${ACCOUNT.id}:vpc-endpoint/${id}`,
    region,
    vpcEndpointId: id,
    vpcId,
    serviceName,
    endpointType: 'Gateway',
    state: 'available',
    ...overrides,
  };
}

export function aVpn(id: string, tunnelStatuses: string[], overrides: Partial<Ec2VpnConnection> = {}): Ec2VpnConnection {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:ec2:${region}:${ACCOUNT.id}:vpn-connection/${id}`,
    region,
    vpnConnectionId: id,
    state: 'available',
    vpnGatewayId: 'vgw-1',
    tunnels: tunnelStatuses.map((status, index) => ({ outsideIpAddress: `198.51.100.${index + 1}`, status })),
    ...overrides,
  };
}

export function aUsedImage(id: string, overrides: Partial<Ec2UsedImage> = {}): Ec2UsedImage {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:ec2:${region}::image/${id}`,
    region,
    imageId: id,
    found: true,
    name: 'analysis-base',
    creationDate: '2026-09-01T00:00:00.000Z',
    instanceIds: ['i-1'],
    ...overrides,
  };
}

export function aVpc(vpcId: string, overrides: Partial<Vpc> = {}): Vpc {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:ec2:${region}:${ACCOUNT.id}:vpc/${vpcId}`,
    region,
    vpcId,
    isDefault: false,
    cidr: '10.0.0.0/16',
    cidrs: ['10.0.0.0/16'],
    tags: {},
    ...overrides,
  };
}

export function aFlowLog(flowLogId: string, resourceId: string, overrides: Partial<FlowLog> = {}): FlowLog {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:ec2:${region}:${ACCOUNT.id}:vpc-flow-log/${flowLogId}`,
    region,
    flowLogId,
    resourceId,
    status: 'ACTIVE',
    deliverLogsStatus: 'SUCCESS',
    trafficType: 'ALL',
    ...overrides,
  };
}

export function aPermission(overrides: Partial<IpPermission> = {}): IpPermission {
  return { protocol: 'tcp', fromPort: 443, toPort: 443, ipv4Ranges: [], ipv6Ranges: [], prefixListIds: [], referencedGroupIds: [], ...overrides };
}

export function aSecurityGroup(id: string, ingress: IpPermission[], region = 'us-east-1'): SecurityGroup {
  return {
    arn: `arn:aws:ec2:${region}:${ACCOUNT.id}:security-group/${id}`,
    region,
    groupId: id,
    groupName: `${id}-name`,
    vpcId: 'vpc-1',
    ingress,
    egress: [],
  };
}

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

export function aVolume(volumeId: string, overrides: Partial<Ec2Volume> = {}): Ec2Volume {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:ec2:${region}:${ACCOUNT.id}:volume/${volumeId}`,
    region,
    volumeId,
    state: 'in-use',
    encrypted: true,
    kmsKeyId: `arn:aws:kms:${region}:${ACCOUNT.id}:key/k1`,
    attachments: [{ instanceId: 'i-0abc', device: '/dev/xvda', state: 'attached', deleteOnTermination: true }],
    createTime: '2025-01-01T00:00:00.000Z',
    sizeGiB: 100,
    volumeType: 'gp3',
    tags: {},
    ...overrides,
  };
}

export function anEbsDefault(region: string, encryptionByDefault: boolean, defaultKmsKeyId: string | null = null): EbsEncryptionDefault {
  return { arn: `arn:aws:ec2:${region}:${ACCOUNT.id}:account`, region, encryptionByDefault, defaultKmsKeyId };
}

export const snapshotArnOf = (id: string, region = 'us-east-1') => `arn:aws:ec2:${region}::snapshot/${id}`;

export const imageArnOf = (id: string, region = 'us-east-1') => `arn:aws:ec2:${region}::image/${id}`;

export const ec2AccountArn = (region: string) => `arn:aws:ec2:${region}:${ACCOUNT.id}:account`;

export function aSnapshot(id: string, overrides: Partial<EbsSnapshot> = {}): EbsSnapshot {
  const region = overrides.region ?? 'us-east-1';
  return { arn: snapshotArnOf(id, region), region, snapshotId: id, volumeId: 'vol-1', encrypted: true, tags: {}, ...overrides };
}

export function aSnapshotPermissions(id: string, overrides: Partial<EbsSnapshotPermissions> = {}): EbsSnapshotPermissions {
  const region = overrides.region ?? 'us-east-1';
  return { arn: snapshotArnOf(id, region), region, snapshotId: id, isPublic: false, accountIds: [], ...overrides };
}

export function anImage(id: string, overrides: Partial<AmiImage> = {}): AmiImage {
  const region = overrides.region ?? 'us-east-1';
  return { arn: imageArnOf(id, region), region, imageId: id, name: `${id}-name`, isPublic: false, state: 'available', snapshotIds: [], ...overrides };
}

export function anImagePermissions(id: string, overrides: Partial<AmiLaunchPermissions> = {}): AmiLaunchPermissions {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: imageArnOf(id, region),
    region,
    imageId: id,
    isPublic: false,
    accountIds: [],
    organizationArns: [],
    organizationalUnitArns: [],
    ...overrides,
  };
}

export function aSnapshotBlock(state: string, region = 'us-east-1', managedBy?: string): SnapshotBlockPublicAccess {
  return { arn: ec2AccountArn(region), region, state, ...(managedBy ? { managedBy } : {}) };
}

export function anImageBlock(state: string, region = 'us-east-1', managedBy?: string): ImageBlockPublicAccess {
  return { arn: ec2AccountArn(region), region, state, ...(managedBy ? { managedBy } : {}) };
}

export function aSerialConsole(enabled: boolean, region = 'us-east-1', managedBy?: string): SerialConsoleAccess {
  return { arn: ec2AccountArn(region), region, enabled, ...(managedBy ? { managedBy } : {}) };
}
