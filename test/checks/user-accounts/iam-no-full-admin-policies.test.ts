import { describe, expect, it } from 'vitest';
import check from '../../../checks/user-accounts/iam-no-full-admin-policies.js';
import type { IamAuthorizationEntry } from '../../../src/model/items/iam.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { ADMIN_STATEMENT, ADMINISTRATOR_ACCESS, aGroup, aManagedPolicy, aRole, aUser, policyDocument } from '../../helpers/iam.js';

const adminAws = aManagedPolicy('AdministratorAccess', policyDocument(ADMIN_STATEMENT), { arn: ADMINISTRATOR_ACCESS, awsManaged: true });
const readOnly = aManagedPolicy('data-read', policyDocument({ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: '*' }));
const inline = (document: unknown) => [{ name: 'inline', document }];
const attach = (arn: string, name = '') => [{ arn, name }];

describe('iam-no-full-admin-policies', () => {
  it.each<[string, IamAuthorizationEntry, string]>([
    ['a user with a scoped policy', aUser('alice', { attachedPolicies: attach(readOnly.arn, 'data-read') }), 'pass'],
    ['inline Action * Resource *', aUser('alice', { inlinePolicies: inline(policyDocument(ADMIN_STATEMENT)) }), 'fail'],
    ['inline Action "*:*"', aUser('alice', { inlinePolicies: inline(policyDocument({ Effect: 'Allow', Action: ['*:*'], Resource: ['*'] })) }), 'fail'],
    ['URL-encoded inline admin document', aRole('ops', {}, { inlinePolicies: inline(encodeURIComponent(JSON.stringify(policyDocument(ADMIN_STATEMENT)))) }), 'fail'],
    ['Allow NotAction iam:* on Resource * with no administrator role to assume (PowerUserAccess)', aRole('power', {}, { inlinePolicies: inline(policyDocument({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' })) }), 'pass'],
    ['Allow NotAction s3:* on Resource * (iam:* included)', aRole('power', {}, { inlinePolicies: inline(policyDocument({ Effect: 'Allow', NotAction: 's3:*', Resource: '*' })) }), 'fail'],
    ['admin beside an explicit Deny * on *', aUser('alice', { inlinePolicies: inline(policyDocument(ADMIN_STATEMENT, { Effect: 'Deny', Action: '*', Resource: '*' })) }), 'pass'],
    ['admin beside a Deny of one service (IAM remains)', aUser('alice', { inlinePolicies: inline(policyDocument(ADMIN_STATEMENT, { Effect: 'Deny', Action: 's3:*', Resource: '*' })) }), 'fail'],
    ['iam:* on *', aUser('alice', { inlinePolicies: inline(policyDocument({ Effect: 'Allow', Action: 'iam:*', Resource: '*' })) }), 'fail'],
    ['iam:PutUserPolicy on itself through ${aws:username}', aUser('alice', { inlinePolicies: inline(policyDocument({ Effect: 'Allow', Action: 'iam:PutUserPolicy', Resource: 'arn:aws:iam::123456789012:user/${aws:username}' })) }), 'fail'],
    ['iam:PassRole with ec2:RunInstances', aRole('ci', {}, { inlinePolicies: inline(policyDocument({ Effect: 'Allow', Action: ['iam:PassRole', 'ec2:RunInstances'], Resource: '*' })) }), 'fail'],
    ['iam:PassRole restricted to Lambda with ec2:RunInstances', aRole('ci', {}, { inlinePolicies: inline(policyDocument({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*', Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } } }, { Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' })) }), 'pass'],
    ['iam:CreatePolicyVersion', aUser('alice', { inlinePolicies: inline(policyDocument({ Effect: 'Allow', Action: 'iam:CreatePolicyVersion', Resource: '*' })) }), 'fail'],
    ['admin that ended in 2020', aUser('alice', { inlinePolicies: inline(policyDocument({ ...ADMIN_STATEMENT, Condition: { DateLessThan: { 'aws:CurrentTime': '2020-01-01T00:00:00Z' } } })) }), 'pass'],
    ['an unknown operator guarding an admin grant', aUser('alice', { inlinePolicies: inline(policyDocument({ ...ADMIN_STATEMENT, Condition: { BoolMatches: { 'aws:MultiFactorAuthPresent': 'true' } } })) }), 'error'],
    ['an inline policy that is not a policy document', aUser('alice', { inlinePolicies: inline('%%%') }), 'error'],
    ['an attached policy whose document was not collected', aUser('alice', { attachedPolicies: attach('arn:aws:iam::aws:policy/IAMFullAccess', 'IAMFullAccess') }), 'error'],
    ['Action * on one bucket only', aUser('alice', { inlinePolicies: inline(policyDocument({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::data/*' })) }), 'pass'],
    ['Deny * on *', aUser('alice', { inlinePolicies: inline(policyDocument({ Effect: 'Deny', Action: '*', Resource: '*' })) }), 'pass'],
    ['s3:* on * is not full admin', aUser('alice', { inlinePolicies: inline(policyDocument({ Effect: 'Allow', Action: 's3:*', Resource: '*' })) }), 'pass'],
    ['attached AWS AdministratorAccess', aRole('deploy', {}, { attachedPolicies: attach(ADMINISTRATOR_ACCESS, 'AdministratorAccess') }), 'fail'],
    ['attached customer-managed admin policy', aUser('bob', { attachedPolicies: attach('arn:aws:iam::123456789012:policy/local-admin') }), 'fail'],
  ])('%s → %s', (_name, principal, expected) => {
    const localAdmin = aManagedPolicy('local-admin', policyDocument(ADMIN_STATEMENT));
    const results = run(check, { iamAuthorizationDetails: [adminAws, readOnly, localAdmin, principal] });
    expect(results.find((result) => result.resourceArn === principal.arn)?.status).toBe(expected);
  });

  it('flags users who inherit admin through a group, and the group itself', () => {
    const results = run(check, {
      iamAuthorizationDetails: [adminAws, aGroup('admins', { attachedPolicies: attach(ADMINISTRATOR_ACCESS, 'AdministratorAccess') }), aUser('carol', { groups: ['admins'] }), aUser('dave', { groups: ['readers'] })],
    });
    expect(results.map((result) => [result.resourceArn.split(':').pop(), result.status])).toEqual([
      ['group/admins', 'fail'],
      ['user/carol', 'fail'],
      ['user/dave', 'pass'],
    ]);
    expect(results[1]?.message).toMatch(/group admins/);
  });

  it.each([
    ['by ARN', 'arn:aws:iam::123456789012:role/break-glass'],
    ['by name', 'break-glass'],
    ['by wildcard', 'break-*'],
  ])('passes allow-listed break-glass principals %s', (_name, entry) => {
    const role = aRole('break-glass', {}, { attachedPolicies: attach(ADMINISTRATOR_ACCESS, 'AdministratorAccess') });
    const results = run(check, { iamAuthorizationDetails: [role] }, { settings: { breakGlassPrincipals: [entry] } });
    expect(statuses(results)).toEqual(['pass']);
    expect(results[0]?.message).toMatch(/break-glass principal/);
  });

  it('names the escalation path and the policy that grants it', () => {
    const results = run(check, { iamAuthorizationDetails: [aUser('alice', { inlinePolicies: [{ name: 'self-service', document: policyDocument({ Effect: 'Allow', Action: 'iam:AttachUserPolicy', Resource: 'arn:aws:iam::123456789012:user/*' }) }] })] });
    expect(results[0]).toMatchObject({ status: 'fail' });
    expect(results[0]?.message).toMatch(/can escalate to administrator by iam:AttachUserPolicy on itself through inline policy self-service/);
  });

  it('sts:AssumeRole on an administrator role whose trust admits the account is an escalation (PowerUserAccess beside break-glass)', () => {
    const power = aRole('deploy', {}, { inlinePolicies: inline(policyDocument({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' })) });
    const breakGlass = aRole('break-glass', policyDocument({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }), { attachedPolicies: attach(ADMINISTRATOR_ACCESS, 'AdministratorAccess') });
    const results = run(check, { iamAuthorizationDetails: [adminAws, power, breakGlass] }, { settings: { breakGlassPrincipals: ['break-glass'] } });
    const deploy = results.find((result) => result.resourceArn.endsWith('role/deploy'));
    expect(deploy).toMatchObject({ status: 'fail' });
    expect(deploy?.message).toMatch(/sts:AssumeRole on administrator role break-glass \(its trust policy admits it\)/);
    const locked = aRole('break-glass', policyDocument({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/security-lead' }, Action: 'sts:AssumeRole' }), { attachedPolicies: attach(ADMINISTRATOR_ACCESS, 'AdministratorAccess') });
    const twin = run(check, { iamAuthorizationDetails: [adminAws, power, locked] }, { settings: { breakGlassPrincipals: ['break-glass'] } });
    expect(twin.find((result) => result.resourceArn.endsWith('role/deploy'))?.status).toBe('pass');
  });

  it('reports an unattached customer-managed admin policy as a low finding', () => {
    const results = run(check, { iamAuthorizationDetails: [aManagedPolicy('spare-admin', policyDocument(ADMIN_STATEMENT), { attachmentCount: 0 })] });
    expect(results).toEqual([expect.objectContaining({ status: 'fail', severity: 'low', resourceArn: 'arn:aws:iam::123456789012:policy/spare-admin' })]);
  });

  it('is not applicable with no principals or policies', () => {
    expect(statuses(run(check, { iamAuthorizationDetails: [] }))).toEqual(['not_applicable']);
  });

  it('is an error when GetAccountAuthorizationDetails is denied', () => {
    const results = run(check, {
      iamAuthorizationDetails: { items: [], failures: [aFailure({ api: 'iam.GetAccountAuthorizationDetails', action: 'iam:GetAccountAuthorizationDetails' })] },
    });
    expect(statuses(results)).toEqual(['error']);
  });
});
