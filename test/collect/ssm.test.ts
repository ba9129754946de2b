import { DescribeInstanceInformationCommand, ListResourceComplianceSummariesCommand, SSMClient } from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../helpers/collect.js';

const ssm = mockClient(SSMClient);

beforeEach(() => {
  ssm.reset();
  ssm.onAnyCommand().rejects(new Error('unexpected SSM command'));
});
afterEach(() => ssm.reset());

describe('SSM collectors', () => {
  it('pages through managed nodes; EC2 nodes keep the instance ARN, hybrid nodes get the SSM ARN', async () => {
    ssm.on(DescribeInstanceInformationCommand).resolves({
      NextToken: 'next',
      InstanceInformationList: [
        { InstanceId: 'i-1', PingStatus: 'Online', PlatformType: 'Linux', PlatformName: 'Amazon Linux', PlatformVersion: '2023', AgentVersion: '3.3.0', IsLatestVersion: true, LastPingDateTime: new Date('2026-11-23T11:00:00Z'), ResourceType: 'EC2Instance' },
      ],
    });
    ssm.on(DescribeInstanceInformationCommand, { NextToken: 'next' }).resolves({
      InstanceInformationList: [{ InstanceId: 'mi-0123456789abcdef0', PingStatus: 'ConnectionLost', ResourceType: 'ManagedInstance' }],
    });
    const inventory = await collect(['ssmManagedInstances']);
    expect(ssm.commandCalls(DescribeInstanceInformationCommand)).toHaveLength(2);
    expect(inventory.keys.ssmManagedInstances?.items).toEqual([
      {
        arn: 'arn:aws:ec2:us-east-1:123456789012:instance/i-1',
        region: 'us-east-1',
        instanceId: 'i-1',
        pingStatus: 'Online',
        lastPingAt: '2026-11-23T11:00:00.000Z',
        platformType: 'Linux',
        platformName: 'Amazon Linux',
        platformVersion: '2023',
        agentVersion: '3.3.0',
        isLatestAgentVersion: true,
        resourceType: 'EC2Instance',
      },
      {
        arn: 'arn:aws:ssm:us-east-1:123456789012:managed-instance/mi-0123456789abcdef0',
        region: 'us-east-1',
        instanceId: 'mi-0123456789abcdef0',
        pingStatus: 'ConnectionLost',
        resourceType: 'ManagedInstance',
      },
    ]);
  });

  it('asks for Patch compliance only, and drops other compliance types an endpoint returns anyway', async () => {
    ssm.on(ListResourceComplianceSummariesCommand).resolves({
      ResourceComplianceSummaryItems: [
        {
          ComplianceType: 'Patch',
          ResourceId: 'i-1',
          ResourceType: 'ManagedInstance',
          Status: 'NON_COMPLIANT',
          ExecutionSummary: { ExecutionTime: new Date('2026-11-20T00:00:00Z') },
          NonCompliantSummary: { NonCompliantCount: 3, SeveritySummary: { CriticalCount: 1, HighCount: 2 } },
        },
        { ComplianceType: 'Association', ResourceId: 'i-1', Status: 'COMPLIANT' },
      ],
    });
    const inventory = await collect(['ssmPatchCompliance']);
    expect(ssm.commandCalls(ListResourceComplianceSummariesCommand)[0]?.args[0].input).toEqual({
      Filters: [{ Key: 'ComplianceType', Values: ['Patch'], Type: 'EQUAL' }],
    });
    expect(inventory.keys.ssmPatchCompliance?.items).toEqual([
      {
        arn: 'arn:aws:ec2:us-east-1:123456789012:instance/i-1',
        region: 'us-east-1',
        resourceId: 'i-1',
        resourceType: 'ManagedInstance',
        status: 'NON_COMPLIANT',
        executionTime: '2026-11-20T00:00:00.000Z',
        nonCompliant: { critical: 1, high: 2, medium: 0, low: 0, informational: 0, unspecified: 0 },
      },
    ]);
  });

  it('collects per region and records AccessDeniedException for that region, naming the IAM action', async () => {
    ssm.on(DescribeInstanceInformationCommand).callsFake(async (_input, getClient) => {
      if ((await getClient().config.region()) === 'us-west-2') throw awsError('AccessDeniedException', 400);
      return { InstanceInformationList: [{ InstanceId: 'i-east', PingStatus: 'Online' }] };
    });
    const inventory = await collect(['ssmManagedInstances'], { regions: ['us-east-1', 'us-west-2'] });
    expect(inventory.keys.ssmManagedInstances?.items.map((item) => item.instanceId)).toEqual(['i-east']);
    expect(inventory.keys.ssmManagedInstances?.failures).toEqual([
      expect.objectContaining({ action: 'ssm:DescribeInstanceInformation', kind: 'access-denied', region: 'us-west-2' }),
    ]);
  });

  it('records a throttled compliance listing as a regional failure', async () => {
    ssm.on(ListResourceComplianceSummariesCommand).rejects(awsError('ThrottlingException', 400));
    const inventory = await collect(['ssmPatchCompliance']);
    expect(inventory.keys.ssmPatchCompliance?.failures).toEqual([expect.objectContaining({ kind: 'throttled', region: 'us-east-1' })]);
  });
});
