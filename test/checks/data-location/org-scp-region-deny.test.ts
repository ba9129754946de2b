import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-location/org-scp-region-deny.js';
import { ACCOUNT_ARN, aMembership, anScp, appliedScps, STANDALONE } from '../../helpers/account.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

const allowed = { allowedRegions: ['us-east-1', 'us-west-2'] };
const base = () => ({
  Sid: 'DenyOutsideAllowedRegions',
  Effect: 'Deny',
  NotAction: ['iam:*', 'organizations:*', 'sts:*', 'support:*', 'cloudfront:*', 'route53:*'],
  Resource: '*',
  Condition: {
    StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'us-west-2'] },
    ArnNotLike: { 'aws:PrincipalARN': ['arn:aws:iam::*:role/AWSControlTowerExecution'] },
  },
});
const regionDeny = (overrides: Record<string, unknown> = {}, omit: string[] = []) => {
  const statement: Record<string, unknown> = { ...base(), ...overrides };
  for (const key of omit) delete statement[key];
  return statement;
};
const document = (...statements: unknown[]) => ({ Version: '2012-10-17', Statement: statements });
const fullAccess = anScp('p-FullAWSAccess', document({ Effect: 'Allow', Action: '*', Resource: '*' }), { name: 'FullAWSAccess', awsManaged: true, attachedTo: ['r-root'] });

describe('org-scp-region-deny', () => {
  it.each([
    ['a Control Tower style NotAction region deny', 'pass', document(regionDeny())],
    ['a Statement given as an object, not an array', 'pass', { Version: '2012-10-17', Statement: regionDeny() }],
    ['a deny listing a subset of the allowed regions', 'pass', document(regionDeny({ Condition: { StringNotEquals: { 'aws:RequestedRegion': 'us-east-1' } } }))],
    ['StringNotEqualsIgnoreCase and a mixed-case key', 'pass', document(regionDeny({ Condition: { StringNotEqualsIgnoreCase: { 'AWS:requestedRegion': ['US-EAST-1'] } } }))],
    ['Action "*" instead of NotAction', 'pass', document(regionDeny({ Action: '*' }, ['NotAction']))],
    ['the policy as a JSON string', 'pass', JSON.stringify(document(regionDeny()))],
    ['a deny that leaves a disallowed region open', 'fail', document(regionDeny({ Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } } }))],
    ['a region deny for EC2 actions only', 'fail', document(regionDeny({ Action: 'ec2:*' }, ['NotAction']))],
    ['an Allow (not a Deny) on the region key', 'fail', document(regionDeny({ Effect: 'Allow' }))],
    ['a StringEquals Deny (denies the allowed regions instead)', 'fail', document(regionDeny({ Condition: { StringEquals: { 'aws:RequestedRegion': ['us-east-1'] } } }))],
    ['no region condition at all', 'fail', document({ Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' })],
  ])('%s → %s', (_name, expected, content) => {
    const results = run(check, { organization: [aMembership()], organizationScps: [appliedScps(fullAccess, anScp('p-region', content))] }, { settings: allowed });
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([[ACCOUNT_ARN, expected]]);
  });

  it('names the SCP and where it is attached when it passes', () => {
    const [result] = run(check, { organization: [aMembership()], organizationScps: [appliedScps(anScp('p-region', document(regionDeny())))] }, { settings: allowed });
    expect(result?.message).toMatch(/p-region-name \(p-region, attached to ou-root-1\)/);
  });

  it('explains which regions a near-miss deny leaves open', () => {
    const content = document(regionDeny({ Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } } }));
    const [result] = run(check, { organization: [aMembership()], organizationScps: [appliedScps(anScp('p-region', content))] }, { settings: allowed });
    expect(result?.message).toMatch(/leaves eu-west-1 open/);
  });

  it.each([
    ['a standalone account', [STANDALONE], /standalone/],
    ['a consolidated-billing organization', [aMembership({ featureSet: 'CONSOLIDATED_BILLING' })], /not available/],
    ['the management account (SCPs never apply to it)', [aMembership({ managementAccountId: '123456789012' })], /management account/],
  ])('fails for %s', (_name, organization, message) => {
    const results = run(check, { organization, organizationScps: [] }, { settings: allowed });
    expect(statuses(results)).toEqual(['fail']);
    expect(results[0]?.message).toMatch(message);
  });

  it.each([
    ['every Allow on the OU limited to allowed regions', 'pass', [anScp('p-allow', document({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': ['us-east-1', 'us-west-2'] } } }))]],
    ['an allow-list SCP next to an unconditioned FullAWSAccess on the same OU', 'fail', [anScp('p-allow', document({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } } })), anScp('p-full', document({ Effect: 'Allow', Action: '*', Resource: '*' }))]],
    ['an allow-list that includes a disallowed region', 'fail', [anScp('p-allow', document({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } } }))]],
  ])('allow-list pattern: %s → %s', (_name, expected, policies) => {
    const results = run(check, { organization: [aMembership()], organizationScps: [appliedScps(fullAccess, ...policies)] }, { settings: allowed });
    expect(statuses(results)).toEqual([expected]);
    if (expected === 'pass') expect(results[0]?.message).toMatch(/organizational_unit ou-root-1 \(p-allow-name\)/);
  });

  it('is not applicable, with the reason, when no allow-list is configured', () => {
    const results = run(check, { organization: [aMembership()], organizationScps: [appliedScps(anScp('p-region', document(regionDeny())))] });
    expect(statuses(results)).toEqual(['not_applicable']);
    expect(results[0]?.message).toMatch(/No allowedRegions/);
  });

  it('is an error, never a pass, when a member account is denied ListPoliciesForTarget', () => {
    const results = run(
      check,
      {
        organization: [aMembership()],
        organizationScps: {
          items: [],
          failures: [aFailure({ api: 'organizations.ListPoliciesForTarget', action: 'organizations:ListPoliciesForTarget', code: 'AccessDeniedException', region: undefined })],
        },
      },
      { settings: allowed },
    );
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/organizations:ListPoliciesForTarget/);
  });

  it('is an error when the SCP set is missing without a recorded failure', () => {
    expect(statuses(run(check, { organization: [aMembership()], organizationScps: [] }, { settings: allowed }))).toEqual(['error']);
  });
});
