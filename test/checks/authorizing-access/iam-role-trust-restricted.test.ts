import { describe, expect, it } from 'vitest';
import check from '../../../checks/authorizing-access/iam-role-trust-restricted.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aRole, aUser, policyDocument } from '../../helpers/iam.js';

const OWN = '123456789012';
const PARTNER = '222233334444';
const STRANGER = '999988887777';
const GITHUB = `arn:aws:iam::${OWN}:oidc-provider/token.actions.githubusercontent.com`;
const trust = (principal: unknown, extra: Record<string, unknown> = {}) =>
  policyDocument({ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...extra });

describe('iam-role-trust-restricted', () => {
  it.each([
    ['own account root', trust({ AWS: `arn:aws:iam::${OWN}:root` }), 'pass', undefined],
    ['allow-listed partner account', trust({ AWS: `arn:aws:iam::${PARTNER}:root` }), 'pass', undefined],
    ['stranger account without conditions', trust({ AWS: STRANGER }), 'fail', 'high'],
    ['stranger account with sts:ExternalId', trust({ AWS: STRANGER }, { Condition: { StringEquals: { 'sts:ExternalId': 'x-123' } } }), 'pass', undefined],
    ['stranger account requiring MFA (MFA does not approve an account)', trust({ AWS: STRANGER }, { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }), 'fail', 'high'],
    ['stranger account with ExternalId "*"', trust({ AWS: STRANGER }, { Condition: { StringLike: { 'sts:ExternalId': '*' } } }), 'fail', 'high'],
    ['stranger account with Null ExternalId false', trust({ AWS: STRANGER }, { Condition: { Null: { 'sts:ExternalId': 'false' } } }), 'fail', 'high'],
    ['stranger account with ExternalId IfExists', trust({ AWS: STRANGER }, { Condition: { StringEqualsIfExists: { 'sts:ExternalId': 'x-123' } } }), 'fail', 'high'],
    ['Principal * guarded only by MFA', trust('*', { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }), 'fail', 'high'],
    ['Principal * with a wildcard-account PrincipalArn', trust('*', { Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/deployer' } } }), 'fail', 'high'],
    ['Principal * with PrincipalAccount 1234*', trust('*', { Condition: { StringLike: { 'aws:PrincipalAccount': '1234*' } } }), 'fail', 'high'],
    ['Principal * with PrincipalAccount IfExists (always present for AssumeRole)', trust('*', { Condition: { StringEqualsIfExists: { 'aws:PrincipalAccount': OWN } } }), 'pass', undefined],
    ['Allow with NotPrincipal (everyone else, no condition)', policyDocument({ Effect: 'Allow', NotPrincipal: { AWS: `arn:aws:iam::${OWN}:root` }, Action: 'sts:AssumeRole' }), 'fail', 'critical'],
    ['stranger account with MFA = false', trust({ AWS: STRANGER }, { Condition: { Bool: { 'aws:MultiFactorAuthPresent': false } } }), 'fail', 'high'],
    ['Principal * without conditions', trust('*'), 'fail', 'critical'],
    ['Principal {"AWS":"*"} without conditions', trust({ AWS: '*' }), 'fail', 'critical'],
    ['Principal * bounded by own aws:PrincipalAccount', trust('*', { Condition: { StringEquals: { 'aws:PrincipalAccount': OWN } } }), 'pass', undefined],
    ['Principal * bounded only by organization', trust('*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } }), 'fail', 'medium'],
    ['Principal * with an unrelated condition', trust('*', { Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } }), 'fail', 'high'],
    ['ec2 service (same-account delivery)', trust({ Service: 'ec2.amazonaws.com' }), 'pass', undefined],
    // Confused deputy (a service any account can point at the role) is iam-role-service-trust-confused-deputy's concern.
    ['a cross-service principal without source bounds', trust({ Service: 'config.amazonaws.com' }), 'pass', undefined],
    ['a cross-service principal with aws:SourceAccount', trust({ Service: 'config.amazonaws.com' }, { Condition: { StringEquals: { 'aws:SourceAccount': OWN } } }), 'pass', undefined],
    ['a service acting for a stranger account', trust({ Service: 'config.amazonaws.com' }, { Condition: { StringEquals: { 'aws:SourceAccount': STRANGER } } }), 'fail', 'high'],
    ['a service acting for a stranger account by aws:SourceArn', trust({ Service: 'config.amazonaws.com' }, { Condition: { ArnLike: { 'aws:SourceArn': `arn:aws:config:*:${STRANGER}:*` } } }), 'fail', 'high'],
    ['a service acting for an allow-listed partner account', trust({ Service: 'config.amazonaws.com' }, { Condition: { StringEquals: { 'aws:SourceAccount': PARTNER } } }), 'pass', undefined],
    ['GitHub OIDC pinned to a repository', trust({ Federated: GITHUB }, { Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:lab/pipeline:*' }, StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } } }), 'pass', undefined],
    ['GitHub OIDC with audience only (any repository)', trust({ Federated: GITHUB }, { Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } } }), 'fail', 'high'],
    ['GitHub OIDC sub repo:* (any repository)', trust({ Federated: GITHUB }, { Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:*' } } }), 'fail', 'high'],
    ['GitHub OIDC guarded only by StringNotLike sub', trust({ Federated: GITHUB }, { Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringNotLike: { 'token.actions.githubusercontent.com:sub': 'repo:evil/*' } } }), 'fail', 'high'],
    ['GitHub OIDC sub with a wildcard in the owner', trust({ Federated: GITHUB }, { Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:la*/pipeline:*' } } }), 'fail', 'high'],
    ['Cognito identity guarded only by amr', trust({ Federated: 'cognito-identity.amazonaws.com' }, { Action: 'sts:AssumeRoleWithWebIdentity', Condition: { 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' } } }), 'fail', 'high'],
    ['SAML provider of the account without conditions (its users are the institution’s)', trust({ Federated: `arn:aws:iam::${OWN}:saml-provider/idp` }, { Action: 'sts:AssumeRoleWithSAML' }), 'pass', undefined],
    ['a trust policy with an unknown operator', trust({ AWS: STRANGER }, { Condition: { StringEqualsNow: { 'sts:ExternalId': 'x' } } }), 'error', undefined],
    ['Cognito identity with an aud condition', trust({ Federated: 'cognito-identity.amazonaws.com' }, { Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:pool' } } }), 'pass', undefined],
    ['SAML provider with SAML:aud', trust({ Federated: `arn:aws:iam::${OWN}:saml-provider/idp` }, { Action: 'sts:AssumeRoleWithSAML', Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } } }), 'pass', undefined],
    ['a Deny for a stranger is fine', policyDocument({ Effect: 'Deny', Principal: { AWS: STRANGER }, Action: 'sts:AssumeRole' }), 'pass', undefined],
    ['a statement for another action (sts:TagSession only)', trust({ AWS: STRANGER }, { Action: 'sts:TagSession' }), 'pass', undefined],
    ['URL-encoded trust policy with a stranger', encodeURIComponent(JSON.stringify(trust({ AWS: STRANGER }))), 'fail', 'high'],
  ])('%s → %s', (_name, trustPolicy, expected, severity) => {
    const results = run(check, { iamAuthorizationDetails: [aRole('r', trustPolicy)] }, { settings: { allowedAccounts: [PARTNER] } });
    expect(statuses(results)).toEqual([expected]);
    if (severity) expect(results[0]?.severity).toBe(severity);
  });

  it('skips service-linked roles and non-role entries; no roles → not applicable', () => {
    const serviceLinked = aRole('AWSServiceRoleForSupport', trust({ Service: 'support.amazonaws.com' }), { path: '/aws-service-role/support.amazonaws.com/' });
    expect(statuses(run(check, { iamAuthorizationDetails: [serviceLinked, aUser('alice')] }))).toEqual(['not_applicable']);
  });

  it('names the request that gets through', () => {
    const [result] = run(check, { iamAuthorizationDetails: [aRole('r', trust({ AWS: STRANGER }, { Condition: { StringLike: { 'sts:ExternalId': '*' } } }))] });
    expect(result?.message).toMatch(/sts:AssumeRole on arn:aws:iam::123456789012:role\/r by a role of account 999988887777 with sts:externalid=example is allowed by statement #1/);
  });

  it('reports an unreadable trust policy as an error', () => {
    expect(statuses(run(check, { iamAuthorizationDetails: [aRole('r', '%%%not-a-policy')] }))).toEqual(['error']);
  });

  it('is an error when the authorization details could not be read', () => {
    const results = run(check, {
      iamAuthorizationDetails: { items: [], failures: [aFailure({ api: 'iam.GetAccountAuthorizationDetails', action: 'iam:GetAccountAuthorizationDetails' })] },
    });
    expect(statuses(results)).toEqual(['error']);
  });
});
