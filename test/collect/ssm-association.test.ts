import { ListResourceComplianceSummariesCommand, SSMClient } from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../helpers/collect.js';

const ssm = mockClient(SSMClient);

beforeEach(() => {
  ssm.reset();
  ssm.onAnyCommand().rejects(new Error('unexpected SSM command'));
});
afterEach(() => ssm.reset());

describe('SSM association compliance collector', () => {
  it('asks for Association compliance only, pages, and drops other compliance types an endpoint returns anyway', async () => {
    ssm.on(ListResourceComplianceSummariesCommand).resolves({
      NextToken: 'next',
      ResourceComplianceSummaryItems: [
        {
          ComplianceType: 'Association',
          ResourceId: 'i-1',
          ResourceType: 'ManagedInstance',
          Status: 'NON_COMPLIANT',
          ExecutionSummary: { ExecutionTime: new Date('2026-11-20T00:00:00Z') },
          CompliantSummary: { CompliantCount: 2 },
          NonCompliantSummary: { NonCompliantCount: 1 },
        },
        { ComplianceType: 'Patch', ResourceId: 'i-1', Status: 'COMPLIANT' },
      ],
    });
    ssm.on(ListResourceComplianceSummariesCommand, { NextToken: 'next' }).resolves({
      ResourceComplianceSummaryItems: [{ ComplianceType: 'Association', ResourceId: 'mi-0123456789abcdef0', Status: 'COMPLIANT' }],
    });
    const inventory = await collect(['ssmAssociationCompliance']);
    const calls = ssm.commandCalls(ListResourceComplianceSummariesCommand);
    expect(calls).toHaveLength(2);
    expect(calls[0]?.args[0].input).toMatchObject({ Filters: [{ Key: 'ComplianceType', Values: ['Association'], Type: 'EQUAL' }] });
    expect(inventory.keys.ssmAssociationCompliance?.items).toEqual([
      {
        arn: 'arn:aws:ec2:us-east-1:123456789012:instance/i-1',
        region: 'us-east-1',
        resourceId: 'i-1',
        resourceType: 'ManagedInstance',
        status: 'NON_COMPLIANT',
        compliantCount: 2,
        nonCompliantCount: 1,
        executionTime: '2026-11-20T00:00:00.000Z',
      },
      {
        arn: 'arn:aws:ssm:us-east-1:123456789012:managed-instance/mi-0123456789abcdef0',
        region: 'us-east-1',
        resourceId: 'mi-0123456789abcdef0',
        status: 'COMPLIANT',
        compliantCount: 0,
        nonCompliantCount: 0,
      },
    ]);
  });

  it('records AccessDeniedException per region, naming ssm:ListResourceComplianceSummaries', async () => {
    ssm.on(ListResourceComplianceSummariesCommand).callsFake(async (_input, getClient) => {
      if ((await getClient().config.region()) === 'us-west-2') throw awsError('AccessDeniedException', 400);
      return { ResourceComplianceSummaryItems: [{ ComplianceType: 'Association', ResourceId: 'i-east', Status: 'COMPLIANT' }] };
    });
    const inventory = await collect(['ssmAssociationCompliance'], { regions: ['us-east-1', 'us-west-2'] });
    expect(inventory.keys.ssmAssociationCompliance?.items.map((item) => [item.region, item.resourceId])).toEqual([['us-east-1', 'i-east']]);
    expect(inventory.keys.ssmAssociationCompliance?.failures).toEqual([
      expect.objectContaining({ action: 'ssm:ListResourceComplianceSummaries', kind: 'access-denied', region: 'us-west-2' }),
    ]);
  });

  it('no associations → no items', async () => {
    ssm.on(ListResourceComplianceSummariesCommand).resolves({ ResourceComplianceSummaryItems: [] });
    const inventory = await collect(['ssmAssociationCompliance']);
    expect(inventory.keys.ssmAssociationCompliance).toMatchObject({ items: [], failures: [] });
  });
});
