/** Builders for the ec2-extended inventory keys (ENIs, VPC endpoints, VPNs, used images). */
import type { Ec2NetworkInterface, Ec2UsedImage, Ec2VpcEndpoint, Ec2VpnConnection } from '../../src/model/items/ec2.js';
import type { Vpc } from '../../src/model/items/ec2.js';
import { ACCOUNT } from './inventory.js';

export const vpcArnOf = (id: string, region = 'us-east-1') => `arn:aws:ec2:${region}:${ACCOUNT.id}:vpc/${id}`;

export function aVpc(id: string, overrides: Partial<Vpc> = {}): Vpc {
  const region = overrides.region ?? 'us-east-1';
  return { arn: vpcArnOf(id, region), region, vpcId: id, isDefault: false, cidrs: ['10.0.0.0/16'], tags: {}, ...overrides };
}

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
