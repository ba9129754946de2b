import {
  DescribeInstancesCommand,
  DescribeNetworkAclsCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  EC2Client,
  GetInstanceMetadataDefaultsCommand,
  GetManagedPrefixListEntriesCommand,
  type GetInstanceMetadataDefaultsCommandOutput,
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

describe('EC2 instance collector', () => {
  it('pages through reservations and normalizes every field other checks reuse', async () => {
    ec2.on(DescribeInstancesCommand).resolves({
      NextToken: 'page-2',
      Reservations: [
        {
          OwnerId: '123456789012',
          Instances: [
            {
              InstanceId: 'i-1',
              State: { Name: 'running' },
              Tags: [{ Key: 'Name', Value: 'analysis-1' }],
              PublicIpAddress: '203.0.113.10',
              SubnetId: 'subnet-1',
              VpcId: 'vpc-1',
              SecurityGroups: [{ GroupId: 'sg-1' }],
              MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 2 },
              IamInstanceProfile: { Arn: 'arn:aws:iam::123456789012:instance-profile/analysis' },
              ImageId: 'ami-1',
              InstanceType: 'r6i.2xlarge',
              LaunchTime: new Date('2026-11-01T00:00:00Z'),
              Placement: { Tenancy: 'dedicated' },
              NetworkInterfaces: [
                { Association: { PublicIp: '203.0.113.10' }, Ipv6Addresses: [{ Ipv6Address: '2600:1f18::1' }] },
                { Association: { PublicIp: '198.51.100.7' } },
              ],
              BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeId: 'vol-1', DeleteOnTermination: false } }],
            },
          ],
        },
      ],
    });
    ec2.on(DescribeInstancesCommand, { NextToken: 'page-2' }).resolves({
      Reservations: [{ Instances: [{ InstanceId: 'i-2', State: { Name: 'terminated' } }] }],
    });

    const inventory = await collect(['ec2Instances']);

    expect(ec2.commandCalls(DescribeInstancesCommand)).toHaveLength(2);
    expect(inventory.keys.ec2Instances?.items).toEqual([
      {
        arn: 'arn:aws:ec2:us-east-1:123456789012:instance/i-1',
        region: 'us-east-1',
        instanceId: 'i-1',
        state: 'running',
        tags: { Name: 'analysis-1' },
        publicIpAddresses: ['203.0.113.10', '198.51.100.7'],
        ipv6Addresses: ['2600:1f18::1'],
        subnetId: 'subnet-1',
        vpcId: 'vpc-1',
        securityGroupIds: ['sg-1'],
        metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled', httpPutResponseHopLimit: 2 },
        iamInstanceProfileArn: 'arn:aws:iam::123456789012:instance-profile/analysis',
        imageId: 'ami-1',
        instanceType: 'r6i.2xlarge',
        launchTime: '2026-11-01T00:00:00.000Z',
        tenancy: 'dedicated',
        blockDevices: [{ deviceName: '/dev/xvda', volumeId: 'vol-1', deleteOnTermination: false }],
      },
      {
        arn: 'arn:aws:ec2:us-east-1:123456789012:instance/i-2',
        region: 'us-east-1',
        instanceId: 'i-2',
        state: 'terminated',
        tags: {},
        publicIpAddresses: [],
        ipv6Addresses: [],
        securityGroupIds: [],
        blockDevices: [],
      },
    ]);
  });

  it('collects per region and records UnauthorizedOperation for that region only, naming the IAM action', async () => {
    ec2.on(DescribeInstancesCommand).callsFake(async (_input, getClient) => {
      const region = await getClient().config.region();
      if (region === 'us-west-2') throw awsError('UnauthorizedOperation', 403);
      return { Reservations: [{ Instances: [{ InstanceId: 'i-east', State: { Name: 'running' } }] }] };
    });
    const inventory = await collect(['ec2Instances'], { regions: ['us-east-1', 'us-west-2'] });
    expect(inventory.keys.ec2Instances?.items.map((item) => [item.instanceId, item.region])).toEqual([['i-east', 'us-east-1']]);
    expect(inventory.keys.ec2Instances?.failures).toEqual([
      expect.objectContaining({ api: 'ec2.DescribeInstances', action: 'ec2:DescribeInstances', kind: 'access-denied', region: 'us-west-2' }),
    ]);
  });
});

describe('EC2 network collectors', () => {
  it('maps subnets, route tables (main and explicit associations, targets) and network ACL entries', async () => {
    ec2.on(DescribeSubnetsCommand).resolves({
      Subnets: [
        {
          SubnetId: 'subnet-1',
          SubnetArn: 'arn:aws:ec2:us-east-1:123456789012:subnet/subnet-1',
          VpcId: 'vpc-1',
          CidrBlock: '10.0.1.0/24',
          MapPublicIpOnLaunch: true,
          Ipv6CidrBlockAssociationSet: [{ Ipv6CidrBlock: '2600:1f18::/64' }],
        },
      ],
    });
    ec2.on(DescribeRouteTablesCommand).resolves({
      RouteTables: [
        {
          RouteTableId: 'rtb-1',
          VpcId: 'vpc-1',
          Associations: [{ Main: true }, { SubnetId: 'subnet-1' }],
          Routes: [
            { DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', State: 'active' },
            { DestinationIpv6CidrBlock: '::/0', EgressOnlyInternetGatewayId: 'eigw-1', State: 'active' },
            { DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-1', State: 'active' },
          ],
        },
      ],
    });
    ec2.on(DescribeNetworkAclsCommand).resolves({
      NetworkAcls: [
        {
          NetworkAclId: 'acl-1',
          VpcId: 'vpc-1',
          IsDefault: true,
          Associations: [{ SubnetId: 'subnet-1' }],
          Entries: [
            { RuleNumber: 100, Protocol: '6', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 22, To: 22 } },
            { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0' },
          ],
        },
      ],
    });

    const inventory = await collect(['ec2Subnets', 'ec2RouteTables', 'ec2NetworkAcls']);

    expect(inventory.keys.ec2Subnets?.items).toEqual([
      {
        arn: 'arn:aws:ec2:us-east-1:123456789012:subnet/subnet-1',
        region: 'us-east-1',
        subnetId: 'subnet-1',
        vpcId: 'vpc-1',
        cidrBlock: '10.0.1.0/24',
        ipv6CidrBlocks: ['2600:1f18::/64'],
        mapPublicIpOnLaunch: true,
        assignIpv6AddressOnCreation: false,
        defaultForAz: false,
      },
    ]);
    expect(inventory.keys.ec2RouteTables?.items[0]).toMatchObject({
      routeTableId: 'rtb-1',
      isMain: true,
      subnetIds: ['subnet-1'],
      routes: [
        { destinationCidr: '10.0.0.0/16', target: 'local', state: 'active' },
        { destinationIpv6Cidr: '::/0', target: 'eigw-1', state: 'active' },
        { destinationCidr: '0.0.0.0/0', target: 'nat-1', state: 'active' },
      ],
    });
    expect(inventory.keys.ec2NetworkAcls?.items[0]).toMatchObject({
      arn: 'arn:aws:ec2:us-east-1:123456789012:network-acl/acl-1',
      isDefault: true,
      subnetIds: ['subnet-1'],
      entries: [
        { ruleNumber: 100, egress: false, protocol: '6', ruleAction: 'allow', cidrBlock: '0.0.0.0/0', portRange: { from: 22, to: 22 } },
        { ruleNumber: 32767, egress: false, protocol: '-1', ruleAction: 'deny', cidrBlock: '0.0.0.0/0' },
      ],
    });
  });

  it('expands only the prefix lists security groups reference, sharing one DescribeSecurityGroups with the SG key', async () => {
    ec2.on(DescribeSecurityGroupsCommand).resolves({
      SecurityGroups: [
        {
          GroupId: 'sg-1',
          GroupName: 'web',
          IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, PrefixListIds: [{ PrefixListId: 'pl-office' }, { PrefixListId: 'pl-denied' }] }],
          IpPermissionsEgress: [{ IpProtocol: '-1', PrefixListIds: [{ PrefixListId: 'pl-office' }] }],
        },
      ],
    });
    ec2.on(GetManagedPrefixListEntriesCommand, { PrefixListId: 'pl-office' }).resolves({ NextToken: 'more', Entries: [{ Cidr: '198.51.100.0/24' }] });
    ec2.on(GetManagedPrefixListEntriesCommand, { PrefixListId: 'pl-office', NextToken: 'more' }).resolves({ Entries: [{ Cidr: '0.0.0.0/0' }] });
    ec2.on(GetManagedPrefixListEntriesCommand, { PrefixListId: 'pl-denied' }).rejects(awsError('UnauthorizedOperation', 403));

    const inventory = await collect(['ec2SecurityGroups', 'ec2PrefixLists']);

    expect(ec2.commandCalls(DescribeSecurityGroupsCommand)).toHaveLength(1);
    expect(inventory.keys.ec2SecurityGroups?.items.map((group) => group.groupId)).toEqual(['sg-1']);
    expect(inventory.keys.ec2PrefixLists?.items).toEqual([
      { arn: 'arn:aws:ec2:us-east-1:123456789012:prefix-list/pl-office', region: 'us-east-1', prefixListId: 'pl-office', cidrs: ['198.51.100.0/24', '0.0.0.0/0'] },
    ]);
    expect(inventory.keys.ec2PrefixLists?.failures).toEqual([
      expect.objectContaining({
        api: 'ec2.GetManagedPrefixListEntries',
        action: 'ec2:GetManagedPrefixListEntries',
        kind: 'access-denied',
        resourceArn: 'arn:aws:ec2:us-east-1:123456789012:prefix-list/pl-denied',
      }),
    ]);
  });

  it('records a throttled DescribeNetworkAcls as a regional failure', async () => {
    ec2.on(DescribeNetworkAclsCommand).rejects(awsError('RequestLimitExceeded', 503));
    const inventory = await collect(['ec2NetworkAcls']);
    expect(inventory.keys.ec2NetworkAcls?.failures).toEqual([expect.objectContaining({ kind: 'throttled', region: 'us-east-1' })]);
  });
});

describe('EC2 instance metadata defaults collector', () => {
  it.each<[GetInstanceMetadataDefaultsCommandOutput, string | null, number | null]>([
    [{ $metadata: {}, AccountLevel: { HttpTokens: 'required', HttpPutResponseHopLimit: 2 } }, 'required', 2],
    [{ $metadata: {}, AccountLevel: {} }, null, null],
    [{ $metadata: {} }, null, null],
  ])('maps %j', async (response, httpTokens, hopLimit) => {
    ec2.on(GetInstanceMetadataDefaultsCommand).resolves(response);
    const inventory = await collect(['ec2InstanceMetadataDefaults']);
    expect(inventory.keys.ec2InstanceMetadataDefaults?.items).toEqual([
      { arn: 'arn:aws:ec2:us-east-1:123456789012:account', region: 'us-east-1', httpTokens, httpEndpoint: null, httpPutResponseHopLimit: hopLimit },
    ]);
  });

  it('records an endpoint without the API against the account setting, not the region', async () => {
    ec2.on(GetInstanceMetadataDefaultsCommand).rejects(awsError('InvalidAction', 400));
    const inventory = await collect(['ec2InstanceMetadataDefaults']);
    expect(inventory.keys.ec2InstanceMetadataDefaults?.failures).toEqual([
      expect.objectContaining({ kind: 'not-available', resourceArn: 'arn:aws:ec2:us-east-1:123456789012:account' }),
    ]);
  });
});
