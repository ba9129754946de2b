import { DescribeFlowLogsCommand, DescribeVpcsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../../helpers/collect.js';

const ec2 = mockClient(EC2Client);

beforeEach(() => {
  ec2.reset();
  ec2.onAnyCommand().rejects(new Error('unexpected EC2 command'));
});
afterEach(() => ec2.reset());

describe('VPC collectors', () => {
  it('pages through DescribeVpcs and keeps id, default flag, CIDRs and tags', async () => {
    ec2.on(DescribeVpcsCommand, {}).resolves({
      Vpcs: [{ VpcId: 'vpc-default', IsDefault: true, CidrBlock: '172.31.0.0/16', OwnerId: '123456789012', State: 'available' }],
      NextToken: 'page-2',
    });
    ec2.on(DescribeVpcsCommand, { NextToken: 'page-2' }).resolves({
      Vpcs: [
        {
          VpcId: 'vpc-lab',
          IsDefault: false,
          CidrBlock: '10.20.0.0/16',
          CidrBlockAssociationSet: [
            { CidrBlock: '10.20.0.0/16', CidrBlockState: { State: 'associated' } },
            { CidrBlock: '10.21.0.0/16', CidrBlockState: { State: 'associated' } },
            { CidrBlock: '10.99.0.0/16', CidrBlockState: { State: 'disassociated' } },
          ],
          Tags: [{ Key: 'Name', Value: 'genomics' }, { Key: 'dbgap:project', Value: 'phs000001' }],
        },
      ],
    });
    const inventory = await collect(['ec2Vpcs']);
    expect(ec2.commandCalls(DescribeVpcsCommand)).toHaveLength(2);
    expect(inventory.keys.ec2Vpcs?.items).toEqual([
      { arn: 'arn:aws:ec2:us-east-1:123456789012:vpc/vpc-default', region: 'us-east-1', vpcId: 'vpc-default', isDefault: true, cidr: '172.31.0.0/16', cidrs: ['172.31.0.0/16'], state: 'available', ownerId: '123456789012', tags: {} },
      {
        arn: 'arn:aws:ec2:us-east-1:123456789012:vpc/vpc-lab',
        region: 'us-east-1',
        vpcId: 'vpc-lab',
        isDefault: false,
        cidr: '10.20.0.0/16',
        cidrs: ['10.20.0.0/16', '10.21.0.0/16'],
        tags: { Name: 'genomics', 'dbgap:project': 'phs000001' },
      },
    ]);
  });

  it('lists flow logs once per region, in that region', async () => {
    ec2.on(DescribeFlowLogsCommand).callsFake(async (_input, getClient) => {
      const region = await (getClient() as EC2Client).config.region();
      return {
        FlowLogs: [{ FlowLogId: `fl-${region}`, ResourceId: 'vpc-1', FlowLogStatus: 'ACTIVE', DeliverLogsStatus: 'SUCCESS', TrafficType: 'ALL', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::flow' }],
      };
    });
    const inventory = await collect(['ec2FlowLogs'], { regions: ['us-east-1', 'us-west-2'] });
    expect(ec2.commandCalls(DescribeFlowLogsCommand)).toHaveLength(2);
    expect(inventory.keys.ec2FlowLogs?.items).toEqual(
      expect.arrayContaining([
        { arn: 'arn:aws:ec2:us-west-2:123456789012:vpc-flow-log/fl-us-west-2', region: 'us-west-2', flowLogId: 'fl-us-west-2', resourceId: 'vpc-1', status: 'ACTIVE', deliverLogsStatus: 'SUCCESS', trafficType: 'ALL', destinationType: 's3', destination: 'arn:aws:s3:::flow' },
      ]),
    );
    expect(inventory.keys.ec2FlowLogs?.items).toHaveLength(2);
  });

  it('records UnauthorizedOperation as a regional failure naming ec2:DescribeFlowLogs', async () => {
    ec2.on(DescribeFlowLogsCommand).rejects(awsError('UnauthorizedOperation', 403));
    ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [{ VpcId: 'vpc-1' }] });
    const inventory = await collect(['ec2FlowLogs', 'ec2Vpcs']);
    expect(inventory.keys.ec2Vpcs?.items).toHaveLength(1);
    expect(inventory.keys.ec2FlowLogs).toMatchObject({
      items: [],
      failures: [expect.objectContaining({ api: 'ec2.DescribeFlowLogs', action: 'ec2:DescribeFlowLogs', kind: 'access-denied', region: 'us-east-1' })],
    });
  });

  it('records an opt-in region that is not enabled as region-disabled', async () => {
    ec2.on(DescribeVpcsCommand).rejects(awsError('AuthFailure', 401));
    const inventory = await collect(['ec2Vpcs'], { regions: ['ap-east-1'] });
    expect(inventory.keys.ec2Vpcs?.failures).toEqual([expect.objectContaining({ kind: 'region-disabled', region: 'ap-east-1' })]);
  });
});
