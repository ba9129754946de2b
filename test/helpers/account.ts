/** Builders for account / organization fixtures. */
import type { AccountAliases, AccountRegion, AccountSecurityContact } from '../../src/model/items/account.js';
import type { AccountServiceControlPolicies, OrganizationMembership, ServiceControlPolicy } from '../../src/model/items/organizations.js';
import { ACCOUNT } from './inventory.js';

export const ACCOUNT_ARN = `arn:aws:iam::${ACCOUNT.id}:root`;
export const MANAGEMENT_ACCOUNT = '999999999999';

export function aMembership(overrides: Partial<OrganizationMembership> = {}): OrganizationMembership {
  return {
    arn: ACCOUNT_ARN,
    isMember: true,
    organizationId: 'o-abc123',
    organizationArn: `arn:aws:organizations::${MANAGEMENT_ACCOUNT}:organization/o-abc123`,
    featureSet: 'ALL',
    managementAccountId: MANAGEMENT_ACCOUNT,
    ...overrides,
  };
}

export const STANDALONE: OrganizationMembership = { arn: ACCOUNT_ARN, isMember: false };

export function anAliases(...aliases: string[]): AccountAliases {
  return { arn: ACCOUNT_ARN, aliases };
}

export function aSecurityContact(overrides: Partial<AccountSecurityContact> = {}): AccountSecurityContact {
  return { arn: ACCOUNT_ARN, isRegistered: true, name: 'Security Office', title: 'CISO', ...overrides };
}

export function aRegion(regionName: string, optInStatus = 'opt-in-not-required'): AccountRegion {
  return { arn: `arn:aws:ec2:${regionName}:${ACCOUNT.id}:region/${regionName}`, regionName, optInStatus };
}

export function anScp(id: string, document: unknown, overrides: Partial<ServiceControlPolicy> = {}): ServiceControlPolicy {
  return { id, arn: `arn:aws:organizations::${MANAGEMENT_ACCOUNT}:policy/o-abc123/service_control_policy/${id}`, name: `${id}-name`, awsManaged: false, attachedTo: ['ou-root-1'], document, ...overrides };
}

export function appliedScps(...policies: ServiceControlPolicy[]): AccountServiceControlPolicies {
  return {
    arn: ACCOUNT_ARN,
    path: [
      { id: ACCOUNT.id, type: 'ACCOUNT' },
      { id: 'ou-root-1', type: 'ORGANIZATIONAL_UNIT' },
      { id: 'r-root', type: 'ROOT' },
    ],
    policies,
  };
}
