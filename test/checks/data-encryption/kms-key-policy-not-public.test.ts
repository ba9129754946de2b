import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/kms-key-policy-not-public.js';
import { aFailure, anUnknown, run, statuses } from '../../helpers/inventory.js';
import { aKeyPolicy } from '../../helpers/kms.js';

const rootAdmin = { Sid: 'EnableRoot', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'kms:*', Resource: '*' };
const everyone = (overrides: Record<string, unknown> = {}) => ({ Sid: 'Open', Effect: 'Allow', Principal: '*', Action: ['kms:Decrypt', 'kms:Encrypt'], Resource: '*', ...overrides });
const policy = (...statements: unknown[]) => ({ Version: '2012-10-17', Statement: statements });

describe('kms-key-policy-not-public', () => {
  it.each([
    ['the default key policy (account root only)', policy(rootAdmin), 'pass'],
    ['Principal * without a condition', policy(rootAdmin, everyone()), 'fail'],
    ['Principal {AWS:"*"} without a condition', policy(everyone({ Principal: { AWS: '*' } })), 'fail'],
    ['Principal {AWS:["*"]} as a list', policy(everyone({ Principal: { AWS: ['*'] } })), 'fail'],
    ['a wildcard-account principal ARN', policy(everyone({ Principal: { AWS: 'arn:aws:iam::*:root' } })), 'fail'],
    ['Allow with NotPrincipal', policy(everyone({ Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::123456789012:root' } })), 'fail'],
    ['a single statement object', { Version: '2012-10-17', Statement: everyone() }, 'fail'],
    ['Principal * with aws:PrincipalAccount', policy(everyone({ Condition: { StringEquals: { 'aws:PrincipalAccount': '123456789012' } } })), 'pass'],
    ['Principal * with aws:PrincipalOrgID', policy(everyone({ Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } })), 'pass'],
    ['Principal * with kms:CallerAccount and kms:ViaService', policy(everyone({ Condition: { StringEquals: { 'kms:CallerAccount': '123456789012', 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } })), 'pass'],
    ['Principal * with kms:ViaService only', policy(everyone({ Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } })), 'fail'],
    ['Principal * with aws:SourceAccount', policy(everyone({ Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } })), 'pass'],
    ['Principal * with aws:SourceArn (ArnLike)', policy(everyone({ Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:cloudtrail:*:123456789012:trail/*' } } })), 'pass'],
    ['a mixed-case condition key', policy(everyone({ Condition: { StringEquals: { 'AWS:principalaccount': '123456789012' } } })), 'pass'],
    ['StringNotEquals on the account (opens everyone else)', policy(everyone({ Condition: { StringNotEquals: { 'aws:PrincipalAccount': '123456789012' } } })), 'fail'],
    ['aws:SourceAccount with StringEqualsIfExists (absent on direct calls)', policy(everyone({ Condition: { StringEqualsIfExists: { 'aws:SourceAccount': '123456789012' } } })), 'fail'],
    ['ForAllValues on aws:PrincipalOrgID (vacuous when absent)', policy(everyone({ Condition: { 'ForAllValues:StringEquals': { 'aws:PrincipalOrgID': 'o-abc123' } } })), 'fail'],
    ['a wildcard PrincipalAccount value', policy(everyone({ Condition: { StringLike: { 'aws:PrincipalAccount': '*' } } })), 'fail'],
    ['an unrelated condition (aws:SecureTransport)', policy(everyone({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } })), 'fail'],
    ['a Deny for Principal *', policy(rootAdmin, everyone({ Effect: 'Deny' })), 'pass'],
    ['a service principal', policy(everyone({ Principal: { Service: 'cloudtrail.amazonaws.com' } })), 'pass'],
    ['the policy as JSON text', JSON.stringify(policy(everyone())), 'fail'],
    ['kms:CallerAccount = own account', policy(everyone({ Condition: { StringEquals: { 'kms:CallerAccount': '123456789012' } } })), 'pass'],
    ['kms:CallerAccount = own account with IfExists (KMS always sets it)', policy(everyone({ Condition: { StringEqualsIfExists: { 'kms:CallerAccount': '123456789012' } } })), 'pass'],
    ['a Deny unless the caller is the own account', policy(everyone(), { Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { StringNotEquals: { 'kms:CallerAccount': '123456789012' } } }), 'pass'],
    ['a Deny unless own account, with IfExists', policy(everyone(), { Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { StringNotEqualsIfExists: { 'aws:PrincipalAccount': '123456789012' } } }), 'pass'],
    ['a Deny for one stranger only', policy(everyone(), { Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': '999988887777' } } }), 'fail'],
    ['kms:CallerAccount 1234* (other accounts start with it)', policy(everyone({ Condition: { StringLike: { 'kms:CallerAccount': '1234*' } } })), 'fail'],
    ['a Deny that covers kms:Encrypt only', policy(everyone(), { Effect: 'Deny', Principal: '*', Action: 'kms:Encrypt', Resource: '*', Condition: { StringNotEquals: { 'kms:CallerAccount': '123456789012' } } }), 'fail'],
    ['an unknown operator on the only guard', policy(everyone({ Condition: { StringEqualsAccount: { 'kms:CallerAccount': '123456789012' } } })), 'error'],
    ['a policy that is not JSON', 'not a policy', 'error'],
  ])('%s → %s', (_name, document, expected) => {
    const results = run(check, { kmsKeyPolicies: [aKeyPolicy('k1', document)] });
    expect(statuses(results)).toEqual([expected]);
    expect(results[0]?.resourceArn).toBe('arn:aws:kms:us-east-1:123456789012:key/k1');
  });

  it('names the offending statement and is critical', () => {
    const [result] = run(check, { kmsKeyPolicies: [aKeyPolicy('k1', policy(rootAdmin, everyone()))] });
    expect(result).toMatchObject({ status: 'fail', severity: 'critical' });
    expect(result?.message).toMatch(/kms:Decrypt on arn:aws:kms:us-east-1:123456789012:key\/k1 by a role of account 999999999999 is allowed by statement Open/);
  });

  it('is not applicable without customer keys', () => {
    expect(statuses(run(check, { kmsKeyPolicies: [] }))).toEqual(['not_applicable']);
  });

  it('turns a denied GetKeyPolicy into error for that key', () => {
    const arn = 'arn:aws:kms:us-east-1:123456789012:key/k2';
    const results = run(check, {
      kmsKeyPolicies: { items: [aKeyPolicy('k1', policy(rootAdmin))], failures: [aFailure({ api: 'kms.GetKeyPolicy', code: 'AccessDeniedException', resourceArn: arn })] },
    });
    expect(results.map((result) => [result.resourceArn, result.status])).toEqual([
      ['arn:aws:kms:us-east-1:123456789012:key/k1', 'pass'],
      [arn, 'error'],
    ]);
  });

  it('is an error naming kms:GetKeyPolicy when the key policy is an unknown fact', () => {
    const unread = anUnknown('policy', { api: 'kms.GetKeyPolicy', action: 'kms:GetKeyPolicy', resourceArn: 'arn:aws:kms:us-east-1:123456789012:key/k1' });
    const results = run(check, { kmsKeyPolicies: { items: [aKeyPolicy('k1', unread)], failures: [unread.unknown] } });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/kms:GetKeyPolicy/);
  });
});
