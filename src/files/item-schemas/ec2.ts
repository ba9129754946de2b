import { z } from 'zod';
import type {
  AmiImage,
  AmiLaunchPermissions,
  EbsEncryptionDefault,
  EbsSnapshot,
  EbsSnapshotPermissions,
  Ec2Instance,
  Ec2InstanceMetadataDefaults,
  Ec2NetworkAcl,
  Ec2NetworkInterface,
  Ec2PrefixList,
  Ec2RouteTable,
  Ec2Subnet,
  Ec2UsedImage,
  Ec2Volume,
  Ec2VpcEndpoint,
  Ec2VpnConnection,
  FlowLog,
  ImageBlockPublicAccess,
  SecurityGroup,
  SerialConsoleAccess,
  SnapshotBlockPublicAccess,
  Vpc,
} from '../../model/items/ec2.js';
import { fact, itemSchema, strings, tags } from './common.js';

const region = z.string();

export const ec2Instance = itemSchema<Ec2Instance>()({
  region,
  instanceId: z.string(),
  state: z.string(),
  tags,
  publicIpAddresses: strings,
  ipv6Addresses: strings,
  subnetId: z.string().optional(),
  vpcId: z.string().optional(),
  securityGroupIds: strings,
  metadataOptions: z
    .looseObject({ httpTokens: z.string().optional(), httpEndpoint: z.string().optional(), httpPutResponseHopLimit: z.number().optional() })
    .optional(),
  iamInstanceProfileArn: z.string().optional(),
  imageId: z.string().optional(),
  instanceType: z.string().optional(),
  platformDetails: z.string().optional(),
  launchTime: z.string().optional(),
  tenancy: z.string().optional(),
  blockDevices: z.array(z.looseObject({ deviceName: z.string(), volumeId: z.string().optional(), deleteOnTermination: z.boolean().optional() })),
  stateTransitionReason: z.string().optional(),
});

export const ec2InstanceMetadataDefaults = itemSchema<Ec2InstanceMetadataDefaults>()({
  region,
  httpTokens: z.string().nullable(),
  httpEndpoint: z.string().nullable(),
  httpPutResponseHopLimit: z.number().nullable(),
});

export const ec2UsedImage = itemSchema<Ec2UsedImage>()({
  region,
  imageId: z.string(),
  found: z.boolean(),
  name: z.string().optional(),
  ownerId: z.string().optional(),
  creationDate: z.string().optional(),
  deprecationTime: z.string().optional(),
  instanceIds: strings,
});

export const ec2Subnet = itemSchema<Ec2Subnet>()({
  region,
  subnetId: z.string(),
  vpcId: z.string(),
  cidrBlock: z.string().optional(),
  ipv6CidrBlocks: strings,
  availabilityZone: z.string().optional(),
  mapPublicIpOnLaunch: z.boolean(),
  assignIpv6AddressOnCreation: z.boolean(),
  defaultForAz: z.boolean(),
});

export const ec2RouteTable = itemSchema<Ec2RouteTable>()({
  region,
  routeTableId: z.string(),
  vpcId: z.string(),
  subnetIds: strings,
  isMain: z.boolean(),
  routes: z.array(
    z.looseObject({
      destinationCidr: z.string().optional(),
      destinationIpv6Cidr: z.string().optional(),
      destinationPrefixListId: z.string().optional(),
      target: z.string().optional(),
      state: z.string().optional(),
    }),
  ),
});

const port = z.number().int();

export const ec2NetworkAcl = itemSchema<Ec2NetworkAcl>()({
  region,
  networkAclId: z.string(),
  vpcId: z.string(),
  isDefault: z.boolean(),
  subnetIds: strings,
  entries: z.array(
    z.looseObject({
      ruleNumber: z.number().int(),
      egress: z.boolean(),
      protocol: z.string(),
      ruleAction: z.enum(['allow', 'deny']),
      cidrBlock: z.string().optional(),
      ipv6CidrBlock: z.string().optional(),
      portRange: z.looseObject({ from: port, to: port }).optional(),
    }),
  ),
});

export const ec2PrefixList = itemSchema<Ec2PrefixList>()({ region, prefixListId: z.string(), cidrs: strings });

const ipPermission = z.looseObject({
  protocol: z.string(),
  fromPort: port.optional(),
  toPort: port.optional(),
  ipv4Ranges: strings,
  ipv6Ranges: strings,
  prefixListIds: strings,
  referencedGroupIds: strings,
});

export const securityGroup = itemSchema<SecurityGroup>()({
  region,
  groupId: z.string(),
  groupName: z.string(),
  vpcId: z.string().optional(),
  ingress: z.array(ipPermission),
  egress: z.array(ipPermission),
});

export const vpc = itemSchema<Vpc>()({
  region,
  vpcId: z.string(),
  isDefault: z.boolean(),
  cidr: z.string().optional(),
  cidrs: strings,
  state: z.string().optional(),
  ownerId: z.string().optional(),
  tags,
});

export const flowLog = itemSchema<FlowLog>()({
  region,
  flowLogId: z.string(),
  resourceId: z.string(),
  status: z.string(),
  deliverLogsStatus: z.string().optional(),
  trafficType: z.string().optional(),
  destinationType: z.string().optional(),
  destination: z.string().optional(),
});

export const ec2NetworkInterface = itemSchema<Ec2NetworkInterface>()({
  region,
  networkInterfaceId: z.string(),
  vpcId: z.string(),
  subnetId: z.string().optional(),
  interfaceType: z.string().optional(),
  status: z.string().optional(),
  instanceId: z.string().optional(),
  description: z.string().optional(),
  requesterManaged: z.boolean(),
});

export const ec2VpcEndpoint = itemSchema<Ec2VpcEndpoint>()({
  region,
  vpcEndpointId: z.string(),
  vpcId: z.string(),
  serviceName: z.string(),
  endpointType: z.string(),
  state: z.string(),
});

export const ec2VpnConnection = itemSchema<Ec2VpnConnection>()({
  region,
  vpnConnectionId: z.string(),
  state: z.string(),
  vpnGatewayId: z.string().optional(),
  transitGatewayId: z.string().optional(),
  tunnels: z.array(z.looseObject({ outsideIpAddress: z.string().optional(), status: z.string(), statusMessage: z.string().optional() })),
});

export const ec2Volume = itemSchema<Ec2Volume>()({
  region,
  volumeId: z.string(),
  state: z.string(),
  encrypted: z.boolean(),
  kmsKeyId: z.string().optional(),
  attachments: z.array(
    z.looseObject({ instanceId: z.string(), device: z.string().optional(), state: z.string().optional(), deleteOnTermination: z.boolean().optional() }),
  ),
  createTime: z.string().optional(),
  sizeGiB: z.number().optional(),
  volumeType: z.string().optional(),
  snapshotId: z.string().optional(),
  availabilityZone: z.string().optional(),
  tags,
});

export const ebsEncryptionDefault = itemSchema<EbsEncryptionDefault>()({
  region,
  encryptionByDefault: z.boolean(),
  defaultKmsKeyId: fact(z.string().nullable()),
});

export const ebsSnapshot = itemSchema<EbsSnapshot>()({
  region,
  snapshotId: z.string(),
  volumeId: z.string().optional(),
  encrypted: z.boolean(),
  kmsKeyId: z.string().optional(),
  startTime: z.string().optional(),
  description: z.string().optional(),
  tags,
});

export const ebsSnapshotPermissions = itemSchema<EbsSnapshotPermissions>()({ region, snapshotId: z.string(), isPublic: z.boolean(), accountIds: strings });

export const amiImage = itemSchema<AmiImage>()({
  region,
  imageId: z.string(),
  name: z.string().optional(),
  isPublic: z.boolean(),
  state: z.string().optional(),
  creationDate: z.string().optional(),
  snapshotIds: strings,
});

export const amiLaunchPermissions = itemSchema<AmiLaunchPermissions>()({
  region,
  imageId: z.string(),
  isPublic: z.boolean(),
  accountIds: strings,
  organizationArns: strings,
  organizationalUnitArns: strings,
});

const regionalSetting = { region, managedBy: z.string().optional() };

export const snapshotBlockPublicAccess = itemSchema<SnapshotBlockPublicAccess>()({ ...regionalSetting, state: z.string() });
export const imageBlockPublicAccess = itemSchema<ImageBlockPublicAccess>()({ ...regionalSetting, state: z.string() });
export const serialConsoleAccess = itemSchema<SerialConsoleAccess>()({ ...regionalSetting, enabled: z.boolean() });
