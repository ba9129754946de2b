import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/kms-key-policy-not-public.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
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
    ['a policy that is not JSON', 'not a policy', 'error'],
  ])('%s → %s', (_name, document, expected) => {
    const results = run(check, { kmsKeyPolicies: [aKeyPolicy('k1', document)] });
    expect(statuses(results)).toEqual([expected]);
    expect(results[0]?.resourceArn).toBe('arn:aws:kms:us-east-1:123456789012:key/k1');
  });

  it('names the offending statement and is critical', () => {
    const [result] = run(check, { kmsKeyPolicies: [aKeyPolicy('k1', policy(rootAdmin, everyone()))] });
    expect(result).toMatchObject({ status: 'fail', severity: 'critical' });
    expect(result?.message).toContain('Open');
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
});
