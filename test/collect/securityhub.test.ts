import { DescribeHubCommand, GetEnabledStandardsCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../helpers/collect.js';

const hub = mockClient(SecurityHubClient);
const HUB_ARN = 'arn:aws:securityhub:us-east-1:123456789012:hub/default';

beforeEach(() => {
  hub.reset();
  hub.onAnyCommand().rejects(new Error('unexpected Security Hub command'));
});
afterEach(() => hub.reset());

describe('Security Hub collector', () => {
  it('reads the hub and every page of enabled standards, naming each from its ARN', async () => {
    hub.on(DescribeHubCommand).resolves({ HubArn: HUB_ARN, SubscribedAt: '2024-01-01T00:00:00Z' });
    hub
      .on(GetEnabledStandardsCommand)
      .resolvesOnce({
        StandardsSubscriptions: [{ StandardsSubscriptionArn: 's1', StandardsArn: 'arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0', StandardsInput: {}, StandardsStatus: 'READY' }],
        NextToken: 'page-2',
      })
      .resolvesOnce({
        StandardsSubscriptions: [
          { StandardsSubscriptionArn: 's2', StandardsArn: 'arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0', StandardsInput: {}, StandardsStatus: 'INCOMPLETE', StandardsStatusReason: { StatusReasonCode: 'NO_AVAILABLE_CONFIGURATION_RECORDER' } },
        ],
      });
    const inventory = await collect(['securityHubStatus']);
    expect(inventory.keys.securityHubStatus?.items).toEqual([
      {
        arn: HUB_ARN,
        region: 'us-east-1',
        enabled: true,
        standards: [
          { standardsArn: 'arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0', name: 'aws-foundational-security-best-practices/v/1.0.0', status: 'READY' },
          { standardsArn: 'arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0', name: 'cis-aws-foundations-benchmark/v/1.2.0', status: 'INCOMPLETE', statusReason: 'NO_AVAILABLE_CONFIGURATION_RECORDER' },
        ],
      },
    ]);
    expect(inventory.keys.securityHubStatus?.failures).toEqual([]);
  });

  it('maps InvalidAccessException "not subscribed" to a hub that is off, without asking for standards', async () => {
    hub.on(DescribeHubCommand).rejects(awsError('InvalidAccessException', 401, 'Account 123456789012 is not subscribed to AWS Security Hub'));
    const inventory = await collect(['securityHubStatus'], { regions: ['us-east-1', 'eu-west-1'] });
    expect(inventory.keys.securityHubStatus?.items).toEqual([
      { arn: HUB_ARN, region: 'us-east-1', enabled: false, standards: null },
      { arn: 'arn:aws:securityhub:eu-west-1:123456789012:hub/default', region: 'eu-west-1', enabled: false, standards: null },
    ]);
    expect(inventory.keys.securityHubStatus?.failures).toEqual([]);
    expect(hub.commandCalls(GetEnabledStandardsCommand)).toHaveLength(0);
  });

  it('records a denied DescribeHub (and any other InvalidAccessException) as a failure naming securityhub:DescribeHub', async () => {
    hub.on(DescribeHubCommand).rejects(awsError('AccessDeniedException', 403, 'User is not authorized to perform: securityhub:DescribeHub'));
    const denied = await collect(['securityHubStatus']);
    expect(denied.keys.securityHubStatus?.items).toEqual([]);
    expect(denied.keys.securityHubStatus?.failures).toEqual([
      expect.objectContaining({ api: 'securityhub.DescribeHub', action: 'securityhub:DescribeHub', kind: 'access-denied', region: 'us-east-1' }),
    ]);
    hub.on(DescribeHubCommand).rejects(awsError('InvalidAccessException', 401, 'The account does not have permission'));
    const other = await collect(['securityHubStatus']);
    expect(other.keys.securityHubStatus?.items).toEqual([]);
    expect(other.keys.securityHubStatus?.failures).toEqual([expect.objectContaining({ api: 'securityhub.DescribeHub' })]);
  });

  it('keeps the hub with unknown standards and records the failure on the hub when GetEnabledStandards is denied', async () => {
    hub.on(DescribeHubCommand).resolves({ HubArn: HUB_ARN });
    hub.on(GetEnabledStandardsCommand).rejects(awsError('AccessDeniedException', 403));
    const inventory = await collect(['securityHubStatus']);
    expect(inventory.keys.securityHubStatus?.items).toEqual([expect.objectContaining({ enabled: true, standards: null })]);
    expect(inventory.keys.securityHubStatus?.failures).toEqual([
      expect.objectContaining({ api: 'securityhub.GetEnabledStandards', action: 'securityhub:GetEnabledStandards', resourceArn: HUB_ARN }),
    ]);
  });

  it('does not read an answer without StandardsSubscriptions as "no standard"', async () => {
    hub.on(DescribeHubCommand).resolves({ HubArn: HUB_ARN });
    hub.on(GetEnabledStandardsCommand).resolves({});
    const inventory = await collect(['securityHubStatus']);
    expect(inventory.keys.securityHubStatus?.items).toEqual([expect.objectContaining({ standards: null })]);
    expect(inventory.keys.securityHubStatus?.failures).toEqual([expect.objectContaining({ code: 'UnreadableResponse' })]);
  });
});
