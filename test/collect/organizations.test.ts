import {
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  ListParentsCommand,
  ListPoliciesForTargetCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../helpers/collect.js';

const organizations = mockClient(OrganizationsClient);
const ROOT = 'arn:aws:iam::123456789012:root';
const ORGANIZATION = {
  Id: 'o-abc123',
  Arn: 'arn:aws:organizations::999999999999:organization/o-abc123',
  FeatureSet: 'ALL' as const,
  MasterAccountId: '999999999999',
};
const REGION_DENY = JSON.stringify({
  Version: '2012-10-17',
  Statement: { Effect: 'Deny', NotAction: 'iam:*', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1'] } } },
});

beforeEach(() => {
  organizations.reset();
  organizations.onAnyCommand().rejects(new Error('unexpected Organizations command'));
});
afterEach(() => organizations.reset());

describe('organization collector', () => {
  it('records membership and feature set', async () => {
    organizations.on(DescribeOrganizationCommand).resolves({ Organization: ORGANIZATION });
    const inventory = await collect(['organization']);
    expect(inventory.keys.organization?.items).toEqual([
      { arn: ROOT, isMember: true, organizationId: 'o-abc123', organizationArn: ORGANIZATION.Arn, featureSet: 'ALL', managementAccountId: '999999999999' },
    ]);
  });

  it('maps AWSOrganizationsNotInUseException to a standalone account, and then walks no SCPs', async () => {
    organizations.on(DescribeOrganizationCommand).rejects(awsError('AWSOrganizationsNotInUseException'));
    const inventory = await collect(['organization', 'organizationScps']);
    expect(inventory.keys.organization).toMatchObject({ items: [{ arn: ROOT, isMember: false }], failures: [] });
    expect(inventory.keys.organizationScps).toMatchObject({ items: [], failures: [] });
    expect(organizations.commandCalls(DescribeOrganizationCommand)).toHaveLength(1);
  });

  it('records AccessDeniedException naming organizations:DescribeOrganization', async () => {
    organizations.on(DescribeOrganizationCommand).rejects(awsError('AccessDeniedException', 400));
    const inventory = await collect(['organization']);
    expect(inventory.keys.organization?.failures).toEqual([expect.objectContaining({ action: 'organizations:DescribeOrganization', kind: 'access-denied' })]);
  });
});

describe('organization SCP collector', () => {
  it('walks account → OUs → root, lists the SCPs at each level with pagination, and reads each policy once', async () => {
    organizations.on(DescribeOrganizationCommand).resolves({ Organization: ORGANIZATION });
    organizations.on(ListParentsCommand, { ChildId: '123456789012' }).resolves({ Parents: [{ Id: 'ou-aaaa-11111111', Type: 'ORGANIZATIONAL_UNIT' }] });
    organizations.on(ListParentsCommand, { ChildId: 'ou-aaaa-11111111' }).resolves({ Parents: [{ Id: 'ou-aaaa-22222222', Type: 'ORGANIZATIONAL_UNIT' }] });
    organizations.on(ListParentsCommand, { ChildId: 'ou-aaaa-22222222' }).resolves({ Parents: [{ Id: 'r-aaaa', Type: 'ROOT' }] });
    organizations.on(ListPoliciesForTargetCommand, { TargetId: '123456789012' }).resolves({ Policies: [] });
    organizations
      .on(ListPoliciesForTargetCommand, { TargetId: 'ou-aaaa-11111111' })
      .resolvesOnce({ Policies: [{ Id: 'p-full', Arn: 'arn:p-full', Name: 'FullAWSAccess', AwsManaged: true }], NextToken: 'n1' })
      .resolvesOnce({ Policies: [{ Id: 'p-region', Arn: 'arn:p-region', Name: 'RegionDeny', AwsManaged: false }] });
    organizations.on(ListPoliciesForTargetCommand, { TargetId: 'ou-aaaa-22222222' }).resolves({ Policies: [] });
    organizations.on(ListPoliciesForTargetCommand, { TargetId: 'r-aaaa' }).resolves({ Policies: [{ Id: 'p-full', Arn: 'arn:p-full', Name: 'FullAWSAccess', AwsManaged: true }] });
    organizations.on(DescribePolicyCommand, { PolicyId: 'p-full' }).resolves({ Policy: { Content: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}' } });
    organizations.on(DescribePolicyCommand, { PolicyId: 'p-region' }).resolves({ Policy: { Content: REGION_DENY } });

    const inventory = await collect(['organization', 'organizationScps']);

    expect(organizations.commandCalls(DescribeOrganizationCommand)).toHaveLength(1);
    expect(organizations.commandCalls(DescribePolicyCommand)).toHaveLength(2);
    expect(organizations.commandCalls(ListPoliciesForTargetCommand).every((call) => call.args[0].input.Filter === 'SERVICE_CONTROL_POLICY')).toBe(true);
    expect(inventory.keys.organizationScps?.failures).toEqual([]);
    const [applied] = inventory.keys.organizationScps?.items ?? [];
    expect(applied?.path).toEqual([
      { id: '123456789012', type: 'ACCOUNT' },
      { id: 'ou-aaaa-11111111', type: 'ORGANIZATIONAL_UNIT' },
      { id: 'ou-aaaa-22222222', type: 'ORGANIZATIONAL_UNIT' },
      { id: 'r-aaaa', type: 'ROOT' },
    ]);
    expect(applied?.policies.map((policy) => [policy.id, policy.attachedTo, policy.awsManaged])).toEqual([
      ['p-full', ['ou-aaaa-11111111', 'r-aaaa'], true],
      ['p-region', ['ou-aaaa-11111111'], false],
    ]);
    expect(applied?.policies[1]?.document).toEqual(JSON.parse(REGION_DENY));
  });

  it('makes a member account’s AccessDeniedException a whole-key failure (no partial SCP set)', async () => {
    organizations.on(DescribeOrganizationCommand).resolves({ Organization: ORGANIZATION });
    organizations.on(ListParentsCommand).rejects(awsError('AccessDeniedException', 400));
    const inventory = await collect(['organizationScps']);
    expect(inventory.keys.organizationScps?.items).toEqual([]);
    const [failure] = inventory.keys.organizationScps?.failures ?? [];
    expect(failure).toMatchObject({ api: 'organizations.ListParents', action: 'organizations:ListParents', kind: 'access-denied' });
    expect(failure?.region).toBeUndefined();
  });

  it('also fails the whole key when a later call of the walk is denied', async () => {
    organizations.on(DescribeOrganizationCommand).resolves({ Organization: ORGANIZATION });
    organizations.on(ListParentsCommand).resolves({ Parents: [{ Id: 'r-aaaa', Type: 'ROOT' }] });
    organizations.on(ListPoliciesForTargetCommand).resolves({ Policies: [{ Id: 'p-x', Name: 'X' }] });
    organizations.on(DescribePolicyCommand).rejects(awsError('AccessDeniedException', 400));
    const inventory = await collect(['organizationScps']);
    expect(inventory.keys.organizationScps).toMatchObject({ items: [], failures: [expect.objectContaining({ action: 'organizations:DescribePolicy' })] });
  });

  it('does not walk a consolidated-billing organization (SCPs do not exist there)', async () => {
    organizations.on(DescribeOrganizationCommand).resolves({ Organization: { ...ORGANIZATION, FeatureSet: 'CONSOLIDATED_BILLING' } });
    const inventory = await collect(['organizationScps']);
    expect(inventory.keys.organizationScps).toMatchObject({ items: [], failures: [] });
    expect(organizations.commandCalls(ListParentsCommand)).toHaveLength(0);
  });
});
