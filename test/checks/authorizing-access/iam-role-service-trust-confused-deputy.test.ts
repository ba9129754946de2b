import { describe, expect, it } from 'vitest';
import check from '../../../checks/authorizing-access/iam-role-service-trust-confused-deputy.js';
import trustRestricted from '../../../checks/authorizing-access/iam-role-trust-restricted.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aRole, aUser, policyDocument } from '../../helpers/iam.js';

const OWN = '123456789012';
const PARTNER = '222233334444';
const STRANGER = '999988887777';
const service = (name: string | string[], condition?: Record<string, unknown>) =>
  policyDocument({ Effect: 'Allow', Principal: { Service: name }, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition } : {}) });

// https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html: aws:SourceArn, aws:SourceAccount,
// aws:SourceOrgID or aws:SourceOrgPaths in the trust policy bind a calling service to the customer's own resources.
describe('iam-role-service-trust-confused-deputy', () => {
  it.each([
    ['config without conditions', service('config.amazonaws.com'), 'fail'],
    ['config with aws:SourceAccount = own account', service('config.amazonaws.com', { StringEquals: { 'aws:SourceAccount': OWN } }), 'pass'],
    ['config with aws:SourceArn of an own resource (ArnLike, wildcard in the resource part)', service('config.amazonaws.com', { ArnLike: { 'aws:SourceArn': `arn:aws:config:*:${OWN}:*` } }), 'pass'],
    ['config with aws:SourceOrgID', service('config.amazonaws.com', { StringEquals: { 'aws:SourceOrgID': 'o-abc123' } }), 'pass'],
    ['config with aws:SourceArn whose account is a wildcard', service('config.amazonaws.com', { ArnLike: { 'aws:SourceArn': 'arn:aws:config:*:*:*' } }), 'fail'],
    ['config with aws:SourceAccount 1234* (any account matching the prefix)', service('config.amazonaws.com', { StringLike: { 'aws:SourceAccount': '1234*' } }), 'fail'],
    ['config with a negated operator (StringNotEquals a stranger)', service('config.amazonaws.com', { StringNotEquals: { 'aws:SourceAccount': STRANGER } }), 'fail'],
    // IfExists: aws:SourceAccount is in the request whenever a resource makes the service call on its owner's behalf
    // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceaccount),
    // which is the confused-deputy request: it carries the other customer's account and does not match.
    ['config with StringEqualsIfExists aws:SourceAccount', service('config.amazonaws.com', { StringEqualsIfExists: { 'aws:SourceAccount': OWN } }), 'pass'],
    ['config with StringLikeIfExists aws:SourceArn with a wildcard account', service('config.amazonaws.com', { StringLikeIfExists: { 'aws:SourceArn': 'arn:aws:config:*' } }), 'fail'],
    ['config with Null aws:SourceAccount = false only', service('config.amazonaws.com', { Null: { 'aws:SourceAccount': 'false' } }), 'fail'],
    ['config with both SourceAccount and SourceArn (several keys)', service('config.amazonaws.com', { StringEquals: { 'aws:SourceAccount': OWN }, ArnLike: { 'aws:SourceArn': `arn:aws:config:us-east-1:${OWN}:*` } }), 'pass'],
    ['config with an unrelated condition only', service('config.amazonaws.com', { DateGreaterThan: { 'aws:CurrentTime': '2020-01-01T00:00:00Z' } }), 'fail'],
    // A service principal has no principal tags: the statement never applies.
    ['config guarded by a principal tag', service('config.amazonaws.com', { StringEquals: { 'aws:PrincipalTag/team': 'x' } }), 'pass'],
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html: the instance (and so the
    // role's user) is in the role's account; iam:PassRole never hands the role to another account's resource.
    ['ec2 instance role without conditions', service('ec2.amazonaws.com'), 'not_applicable'],
    ['lambda execution role without conditions', service('lambda.amazonaws.com'), 'not_applicable'],
    ['ec2 plus config in one statement (config unbound)', service(['ec2.amazonaws.com', 'config.amazonaws.com']), 'fail'],
    ['ECS tasks without conditions (its guide documents the conditions)', service('ecs-tasks.amazonaws.com'), 'fail'],
    ['a Deny for the service without a source is no grant', policyDocument({ Effect: 'Deny', Principal: { Service: 'config.amazonaws.com' }, Action: 'sts:AssumeRole' }), 'not_applicable'],
    ['an explicit Deny for foreign sources beside an unconditioned Allow', policyDocument(
      { Effect: 'Allow', Principal: { Service: 'config.amazonaws.com' }, Action: 'sts:AssumeRole' },
      { Effect: 'Deny', Principal: { Service: 'config.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringNotEquals: { 'aws:SourceAccount': OWN } } },
    ), 'pass'],
    ['a Deny for foreign sources that exempts a wildcard of accounts', policyDocument(
      { Effect: 'Allow', Principal: { Service: 'config.amazonaws.com' }, Action: 'sts:AssumeRole' },
      { Effect: 'Deny', Principal: { Service: 'config.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringNotLike: { 'aws:SourceAccount': '1*' } } },
    ), 'fail'],
    ['an unknown operator on the source key', service('config.amazonaws.com', { StringEqualsSoon: { 'aws:SourceAccount': OWN } }), 'error'],
    ['no service principal (account trust only)', policyDocument({ Effect: 'Allow', Principal: { AWS: STRANGER }, Action: 'sts:AssumeRole' }), 'not_applicable'],
  ])('%s → %s', (_name, trustPolicy, expected) => {
    const results = run(check, { iamAuthorizationDetails: [aRole('r', trustPolicy)] }, { settings: { allowedAccounts: [PARTNER] } });
    expect(statuses(results)).toEqual([expected]);
  });

  it('reports the failing service with the check severity (low) and names the request', () => {
    const [result] = run(check, { iamAuthorizationDetails: [aRole('r', service('config.amazonaws.com'))] });
    expect(result?.severity).toBe('low');
    expect(result?.message).toMatch(/config\.amazonaws\.com/);
  });

  it('leaves a service bound to an unapproved account to iam-role-trust-restricted (one concern per check)', () => {
    const policy = service('config.amazonaws.com', { StringEquals: { 'aws:SourceAccount': STRANGER } });
    expect(statuses(run(check, { iamAuthorizationDetails: [aRole('r', policy)] }))).toEqual(['pass']);
    expect(statuses(run(trustRestricted, { iamAuthorizationDetails: [aRole('r', policy)] }))).toEqual(['fail']);
    const unbound = service('config.amazonaws.com');
    expect(statuses(run(trustRestricted, { iamAuthorizationDetails: [aRole('r', unbound)] }))).toEqual(['pass']);
  });

  it('skips service-linked roles (AWS owns their trust policy) and users', () => {
    const linked = aRole('AWSServiceRoleForConfig', service('config.amazonaws.com'), { path: '/aws-service-role/config.amazonaws.com/' });
    expect(statuses(run(check, { iamAuthorizationDetails: [linked, aUser('alice')] }))).toEqual(['not_applicable']);
  });

  it('reports an unreadable trust policy as an error', () => {
    expect(statuses(run(check, { iamAuthorizationDetails: [aRole('r', '%%%not-a-policy')] }))).toEqual(['error']);
  });

  it('is an error naming the IAM action when the authorization details could not be read', () => {
    const results = run(check, {
      iamAuthorizationDetails: { items: [], failures: [aFailure({ api: 'iam.GetAccountAuthorizationDetails', action: 'iam:GetAccountAuthorizationDetails', region: undefined })] },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/iam:GetAccountAuthorizationDetails/);
  });
});
