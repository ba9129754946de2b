import {
  type DescribeInstancesCommandOutput,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeNetworkInterfacesCommand,
  DescribeVpcEndpointsCommand,
  DescribeVpnConnectionsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../../helpers/collect.js';

const ec2 = mockClient(EC2Client);

beforeEach(() => {
  ec2.reset();
  ec2.onAnyCommand().rejects(new Error('unexpected EC2 command'));
});
afterEach(() => ec2.reset());

describe('EC2 network interface collector', () => {
  it('pages through interfaces and keeps the VPC, type and attachment', async () => {
    ec2.on(DescribeNetworkInterfacesCommand).resolves({
      NextToken: 'page-2',
      NetworkInterfaces: [
        { NetworkInterfaceId: 'eni-1', VpcId: 'vpc-1', SubnetId: 'subnet-1', InterfaceType: 'interface', Status: 'in-use', Attachment: { InstanceId: 'i-1' }, OwnerId: '123456789012' },
      ],
    });
    ec2.on(DescribeNetworkInterfacesCommand, { NextToken: 'page-2' }).resolves({
      NetworkInterfaces: [{ NetworkInterfaceId: 'eni-2', VpcId: 'vpc-2', InterfaceType: 'lambda', RequesterManaged: true, Description: 'AWS Lambda VPC ENI' }],
    });
    const inventory = await collect(['ec2NetworkInterfaces']);
    expect(ec2.commandCalls(DescribeNetworkInterfacesCommand)).toHaveLength(2);
    expect(inventory.keys.ec2NetworkInterfaces?.items).toEqual([
      {
        arn: 'arn:aws:ec2:us-east-1:123456789012:network-interface/eni-1',
        region: 'us-east-1',
        networkInterfaceId: 'eni-1',
        vpcId: 'vpc-1',
        subnetId: 'subnet-1',
        interfaceType: 'interface',
        status: 'in-use',
        instanceId: 'i-1',
        requesterManaged: false,
      },
      {
        arn: 'arn:aws:ec2:us-east-1:123456789012:network-interface/eni-2',
        region: 'us-east-1',
        networkInterfaceId: 'eni-2',
        vpcId: 'vpc-2',
        interfaceType: 'lambda',
        description: 'AWS Lambda VPC ENI',
        requesterManaged: true,
      },
    ]);
  });

  it('records UnauthorizedOperation for the denied region only, naming the IAM action', async () => {
    ec2.on(DescribeNetworkInterfacesCommand).callsFake(async (_input, getClient) => {
      if ((await getClient().config.region()) === 'us-west-2') throw awsError('UnauthorizedOperation', 403);
      return { NetworkInterfaces: [{ NetworkInterfaceId: 'eni-east', VpcId: 'vpc-1' }] };
    });
    const inventory = await collect(['ec2NetworkInterfaces'], { regions: ['us-east-1', 'us-west-2'] });
    expect(inventory.keys.ec2NetworkInterfaces?.items.map((item) => [item.networkInterfaceId, item.region])).toEqual([['eni-east', 'us-east-1']]);
    expect(inventory.keys.ec2NetworkInterfaces?.failures).toEqual([
      expect.objectContaining({ api: 'ec2.DescribeNetworkInterfaces', action: 'ec2:DescribeNetworkInterfaces', kind: 'access-denied', region: 'us-west-2' }),
    ]);
  });
});

describe('EC2 VPC endpoint and VPN collectors', () => {
  it('pages through endpoints and normalizes the state', async () => {
    ec2.on(DescribeVpcEndpointsCommand).resolves({
      NextToken: 'next',
      VpcEndpoints: [{ VpcEndpointId: 'vpce-1', VpcId: 'vpc-1', ServiceName: 'com.amazonaws.us-east-1.s3', VpcEndpointType: 'Gateway', State: 'Available' }],
    });
    ec2.on(DescribeVpcEndpointsCommand, { NextToken: 'next' }).resolves({
      VpcEndpoints: [{ VpcEndpointId: 'vpce-2', VpcId: 'vpc-2', ServiceName: 'com.amazonaws.us-east-1.ssm', VpcEndpointType: 'Interface', State: 'Pending' }],
    });
    const inventory = await collect(['ec2VpcEndpoints']);
    expect(inventory.keys.ec2VpcEndpoints?.items).toEqual([
      { arn: 'arn:aws:ec2:us-east-1:123456789012:vpc-endpoint/vpce-1', region: 'us-east-1', vpcEndpointId: 'vpce-1', vpcId: 'vpc-1', serviceName: 'com.amazonaws.us-east-1.s3', endpointType: 'Gateway', state: 'available' },
      { arn: 'arn:aws:ec2:us-east-1:123456789012:vpc-endpoint/vpce-2', region: 'us-east-1', vpcEndpointId: 'vpce-2', vpcId: 'vpc-2', serviceName: 'com.amazonaws.us-east-1.ssm', endpointType: 'Interface', state: 'pending' },
    ]);
  });

  it('maps VPN connections with their tunnel telemetry', async () => {
    ec2.on(DescribeVpnConnectionsCommand).resolves({
      VpnConnections: [
        {
          VpnConnectionId: 'vpn-1',
          State: 'available',
          VpnGatewayId: 'vgw-1',
          VgwTelemetry: [
            { OutsideIpAddress: '198.51.100.1', Status: 'UP' },
            { OutsideIpAddress: '198.51.100.2', Status: 'DOWN', StatusMessage: 'IPSEC IS DOWN' },
          ],
        },
      ],
    });
    const inventory = await collect(['ec2VpnConnections']);
    expect(inventory.keys.ec2VpnConnections?.items).toEqual([
      {
        arn: 'arn:aws:ec2:us-east-1:123456789012:vpn-connection/vpn-1',
        region: 'us-east-1',
        vpnConnectionId: 'vpn-1',
        state: 'available',
        vpnGatewayId: 'vgw-1',
        tunnels: [
          { outsideIpAddress: '198.51.100.1', status: 'UP' },
          { outsideIpAddress: '198.51.100.2', status: 'DOWN', statusMessage: 'IPSEC IS DOWN' },
        ],
      },
    ]);
  });

  it.each([
    ['ec2VpcEndpoints', DescribeVpcEndpointsCommand, 'ec2:DescribeVpcEndpoints'],
    ['ec2VpnConnections', DescribeVpnConnectionsCommand, 'ec2:DescribeVpnConnections'],
  ] as const)('%s: UnauthorizedOperation becomes a regional failure naming %s', async (key, command, action) => {
    ec2.on(command).rejects(awsError('UnauthorizedOperation', 403));
    const inventory = await collect([key]);
    expect(inventory.keys[key]?.items).toEqual([]);
    expect(inventory.keys[key]?.failures).toEqual([expect.objectContaining({ action, region: 'us-east-1', kind: 'access-denied' })]);
  });
});

describe('EC2 used-image collector', () => {
  const instances: Partial<DescribeInstancesCommandOutput> = {
    Reservations: [
      {
        Instances: [
          { InstanceId: 'i-1', State: { Name: 'running' }, ImageId: 'ami-current' },
          { InstanceId: 'i-2', State: { Name: 'stopped' }, ImageId: 'ami-current', StateTransitionReason: 'User initiated (2026-10-01 08:30:00 GMT)' },
          { InstanceId: 'i-3', State: { Name: 'running' }, ImageId: 'ami-gone' },
          { InstanceId: 'i-4', State: { Name: 'terminated' }, ImageId: 'ami-never-asked' },
          { InstanceId: 'i-5', State: { Name: 'running' }, ImageId: 'ami-empty' },
        ],
      },
    ],
  };

  it('describes each used image once, marks vanished images as not found, and shares DescribeInstances with ec2Instances', async () => {
    ec2.on(DescribeInstancesCommand).resolves(instances);
    ec2.on(DescribeImagesCommand, { ImageIds: ['ami-current'] }).resolves({
      Images: [{ ImageId: 'ami-current', Name: 'analysis-2026', OwnerId: '137112412989', CreationDate: '2026-01-02T00:00:00.000Z', DeprecationTime: '2028-01-02T00:00:00.000Z' }],
    });
    ec2.on(DescribeImagesCommand, { ImageIds: ['ami-gone'] }).rejects(awsError('InvalidAMIID.NotFound'));
    ec2.on(DescribeImagesCommand, { ImageIds: ['ami-empty'] }).resolves({ Images: [] });

    const inventory = await collect(['ec2Instances', 'ec2UsedImages']);

    expect(ec2.commandCalls(DescribeInstancesCommand)).toHaveLength(1);
    expect(ec2.commandCalls(DescribeImagesCommand).map((call) => call.args[0].input)).toEqual(
      expect.arrayContaining([{ ImageIds: ['ami-current'], IncludeDeprecated: true, IncludeDisabled: true }]),
    );
    expect(ec2.commandCalls(DescribeImagesCommand)).toHaveLength(3);
    expect(inventory.keys.ec2UsedImages?.failures).toEqual([]);
    expect(inventory.keys.ec2UsedImages?.items).toEqual([
      {
        arn: 'arn:aws:ec2:us-east-1::image/ami-current',
        region: 'us-east-1',
        imageId: 'ami-current',
        found: true,
        name: 'analysis-2026',
        ownerId: '137112412989',
        creationDate: '2026-01-02T00:00:00.000Z',
        deprecationTime: '2028-01-02T00:00:00.000Z',
        instanceIds: ['i-1', 'i-2'],
      },
      { arn: 'arn:aws:ec2:us-east-1::image/ami-gone', region: 'us-east-1', imageId: 'ami-gone', found: false, instanceIds: ['i-3'] },
      { arn: 'arn:aws:ec2:us-east-1::image/ami-empty', region: 'us-east-1', imageId: 'ami-empty', found: false, instanceIds: ['i-5'] },
    ]);
    expect(inventory.keys.ec2Instances?.items.find((item) => item.instanceId === 'i-2')?.stateTransitionReason).toBe('User initiated (2026-10-01 08:30:00 GMT)');
  });

  it('a denied DescribeImages is a failure against that image only', async () => {
    ec2.on(DescribeInstancesCommand).resolves(instances);
    ec2.on(DescribeImagesCommand).resolves({ Images: [] });
    ec2.on(DescribeImagesCommand, { ImageIds: ['ami-current'] }).rejects(awsError('UnauthorizedOperation', 403));
    const inventory = await collect(['ec2UsedImages']);
    expect(inventory.keys.ec2UsedImages?.items.map((item) => item.imageId)).toEqual(['ami-gone', 'ami-empty']);
    expect(inventory.keys.ec2UsedImages?.failures).toEqual([
      expect.objectContaining({ action: 'ec2:DescribeImages', kind: 'access-denied', resourceArn: 'arn:aws:ec2:us-east-1::image/ami-current' }),
    ]);
  });

  it('a denied DescribeInstances is a regional failure and no image is asked about', async () => {
    ec2.on(DescribeInstancesCommand).rejects(awsError('UnauthorizedOperation', 403));
    const inventory = await collect(['ec2UsedImages']);
    expect(ec2.commandCalls(DescribeImagesCommand)).toHaveLength(0);
    expect(inventory.keys.ec2UsedImages?.failures).toEqual([expect.objectContaining({ action: 'ec2:DescribeInstances', region: 'us-east-1' })]);
  });
});
