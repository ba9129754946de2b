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
// AWS keeps at least one SCP on every node: FullAWSAccess sits on the root, the OU and the account unless replaced.
const fullAccess = anScp('p-FullAWSAccess', document({ Effect: 'Allow', Action: '*', Resource: '*' }), { name: 'FullAWSAccess', awsManaged: true, attachedTo: ['123456789012', 'ou-root-1', 'r-root'] });
/** FullAWSAccess everywhere but the OU, whose SCPs the test supplies (an allow-list replaces FullAWSAccess there). */
const fullAccessExceptOu = anScp('p-FullAWSAccess', document({ Effect: 'Allow', Action: '*', Resource: '*' }), { name: 'FullAWSAccess', awsManaged: true, attachedTo: ['123456789012', 'r-root'] });

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
    ['a region deny with StringNotLike and a wildcard that reaches a disallowed region', 'fail', document(regionDeny({ Condition: { StringNotLike: { 'aws:RequestedRegion': ['us-*'] } } }))],
    ['a region deny written with ForAnyValue (the region, always present, is a set of one)', 'pass', document(regionDeny({ Condition: { 'ForAnyValue:StringNotEquals': { 'aws:RequestedRegion': ['us-east-1', 'us-west-2'] } } }))],
    ['a region deny with an extra condition no ordinary principal meets', 'fail', document(regionDeny({ Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'us-west-2'] }, StringEquals: { 'aws:PrincipalTag/restricted': 'true' } } }))],
    ['a region deny that expired in 2020', 'fail', document(regionDeny({ Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'us-west-2'] }, DateLessThan: { 'aws:CurrentTime': '2020-01-01T00:00:00Z' } } }))],
    ['a region deny with NotResource exempting some resources', 'fail', document(regionDeny({ Resource: undefined, NotResource: 'arn:aws:s3:::*' }))],
  ])('%s → %s', (_name, expected, content) => {
    const results = run(check, { organization: [aMembership()], organizationScps: [appliedScps(fullAccess, anScp('p-region', content))] }, { settings: allowed });
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([[ACCOUNT_ARN, expected]]);
  });

  it('names the SCP and where it is attached when it passes', () => {
    const [result] = run(check, { organization: [aMembership()], organizationScps: [appliedScps(fullAccess, anScp('p-region', document(regionDeny())))] }, { settings: allowed });
    expect(result?.message).toMatch(/p-region-name \(p-region, attached to ou-root-1\)/);
  });

  it('explains which regions a near-miss deny leaves open', () => {
    const content = document(regionDeny({ Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } } }));
    const [result] = run(check, { organization: [aMembership()], organizationScps: [appliedScps(fullAccess, anScp('p-region', content))] }, { settings: allowed });
    expect(result?.message).toMatch(/leave eu-west-1 open, outside allowedRegions: s3:\w+ on arn:aws:s3:::example by a role of account 123456789012 with aws:requestedregion=eu-west-1 is allowed by statement #1/);
  });

  it('is an error, not a guess, when an SCP cannot be read', () => {
    const results = run(check, { organization: [aMembership()], organizationScps: [appliedScps(fullAccess, anScp('p-region', '{not json'))] }, { settings: allowed });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/p-region-name \(p-region\) could not be read/);
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
    const results = run(check, { organization: [aMembership()], organizationScps: [appliedScps(fullAccessExceptOu, ...policies)] }, { settings: allowed });
    expect(statuses(results)).toEqual([expected]);
    if (expected === 'pass') expect(results[0]?.message).toMatch(/no SCP attached to organizational_unit ou-root-1 \(p-allow-name\) allows them/);
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
