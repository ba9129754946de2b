/** Concrete evaluation: one request, one policy, the decision IAM documents. */
import { describe, expect, it } from 'vitest';
import { accountRoot, ANONYMOUS, aRequest, decide, evaluatePolicy, iamUser, parsePolicy, roleSession, type ContextValue, type Decision } from '../../../src/rules/iam-policy/index.js';
import { OWN, STRANGER } from './questions.js';

const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const alice = iamUser(OWN, 'alice');
const stranger = roleSession(STRANGER, 'reader');
const OBJECT = 'arn:aws:s3:::data/key';

/** One Allow with a single condition, evaluated against a context. */
function withCondition(operator: string, key: string, values: unknown, context: Record<string, ContextValue | undefined>, version = '2012-10-17'): Decision {
  const policy = parsePolicy({ Version: version, Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*', Condition: { [operator]: { [key]: values } } }] });
  if (!policy) throw new Error('policy');
  return decide(policy, aRequest(alice, 's3:GetObject', OBJECT, context), { kind: 'resource' });
}

describe('parsing', () => {
  it.each([
    ['an object', doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' })],
    ['a JSON string', JSON.stringify(doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }))],
    ['URL-encoded JSON', encodeURIComponent(JSON.stringify(doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' })))],
    ['a single statement object with scalar fields', { Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: '*' } }],
  ])('reads %s', (_name, document) => {
    const policy = parsePolicy(document);
    expect(policy?.statements).toHaveLength(1);
    expect(decide(policy as NonNullable<typeof policy>, aRequest(ANONYMOUS, 's3:GetObject', OBJECT), { kind: 'resource' })).toBe('allow');
  });

  it.each([null, undefined, 42, 'not json', '{"Version":"2012-10-17"}', []])('returns null for %j', (document) => {
    expect(parsePolicy(document)).toBeNull();
  });

  it('drops statements whose Effect is not exactly Allow or Deny, and says so', () => {
    const policy = parsePolicy(doc({ Effect: 'allow', Principal: '*', Action: '*', Resource: '*' }, { Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' }));
    expect(policy?.statements.map((statement) => statement.effect)).toEqual(['Deny']);
    expect(policy?.problems.join()).toMatch(/Effect "allow"/);
  });

  it('lower-cases condition keys, keeps operators and values as written, turns booleans and numbers into strings', () => {
    const policy = parsePolicy(doc({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*', Condition: { Bool: { 'AWS:SecureTransport': true }, NumericLessThan: { 's3:TlsVersion': 1.2 } } }));
    const conditions = policy?.statements[0]?.conditions ?? [];
    expect(conditions.map((condition) => [condition.operatorName, condition.key, condition.values])).toEqual([
      ['Bool', 'aws:securetransport', ['true']],
      ['NumericLessThan', 's3:tlsversion', ['1.2']],
    ]);
  });

  it('caches the parse of one inventory object', () => {
    const document = doc({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' });
    expect(parsePolicy(document)).toBe(parsePolicy(document));
  });
});

describe('evaluation logic (explicit Deny > Allow > implicit deny)', () => {
  const policy = parsePolicy(
    doc(
      { Sid: 'Read', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OWN}:root` }, Action: 's3:Get*', Resource: 'arn:aws:s3:::data/*' },
      { Sid: 'NoSecrets', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::data/secret/*' },
    ),
  ) as NonNullable<ReturnType<typeof parsePolicy>>;
  it.each<[string, Parameters<typeof aRequest>, Decision]>([
    ['allowed', [alice, 's3:GetObject', OBJECT], 'allow'],
    ['action names are case-insensitive', [alice, 'S3:getobject', OBJECT], 'allow'],
    ['an explicit Deny wins', [alice, 's3:GetObject', 'arn:aws:s3:::data/secret/a'], 'explicit-deny'],
    ['no statement allows it', [alice, 's3:PutObject', OBJECT], 'implicit-deny'],
    ['another account is not the named account', [stranger, 's3:GetObject', OBJECT], 'implicit-deny'],
    ['resources are case-sensitive', [alice, 's3:GetObject', 'arn:aws:s3:::DATA/key'], 'implicit-deny'],
    ['the account root principal is the account', [accountRoot(OWN), 's3:GetObject', OBJECT], 'allow'],
  ])('%s', (_name, request, expected) => {
    expect(decide(policy, aRequest(...request), { kind: 'resource' })).toBe(expected);
  });

  it('names the statements that decided', () => {
    const evaluation = evaluatePolicy(policy, aRequest(alice, 's3:GetObject', 'arn:aws:s3:::data/secret/a'), { kind: 'resource' });
    expect(evaluation.allowedBy.map((statement) => statement.label)).toEqual(['Read']);
    expect(evaluation.deniedBy.map((statement) => statement.label)).toEqual(['NoSecrets']);
  });

  it('identity policies ignore the Principal element; an own-account identity allow is allowed unless denied', () => {
    const identity = parsePolicy(doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' })) as NonNullable<ReturnType<typeof parsePolicy>>;
    expect(decide(identity, aRequest(alice, 's3:GetObject', OBJECT), { kind: 'identity' })).toBe('allow');
    expect(decide(policy, aRequest(roleSession(OWN, 'other'), 's3:PutObject', OBJECT), { kind: 'resource', identityMayAllow: true })).toBe('allow');
  });
});

describe('principals', () => {
  const allowFor = (principal: unknown) => parsePolicy(doc({ Effect: 'Allow', Principal: principal, Action: 's3:GetObject', Resource: '*' })) as NonNullable<ReturnType<typeof parsePolicy>>;
  const denyExcept = (notPrincipal: unknown) =>
    parsePolicy(doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }, { Effect: 'Deny', NotPrincipal: notPrincipal, Action: 's3:*', Resource: '*' })) as NonNullable<ReturnType<typeof parsePolicy>>;
  const session = roleSession(OWN, 'legacy', { session: 'app' });
  it.each<[string, ReturnType<typeof allowFor>, Parameters<typeof aRequest>[0], Decision]>([
    ['"*" admits anonymous callers', allowFor('*'), ANONYMOUS, 'allow'],
    ['{"AWS":"*"} admits anonymous callers too', allowFor({ AWS: '*' }), ANONYMOUS, 'allow'],
    ['a bare account id is the account', allowFor({ AWS: OWN }), alice, 'allow'],
    ['a principal that is a plain string (not "*") is invalid and matches nobody', allowFor(OWN), alice, 'implicit-deny'],
    ['a role ARN covers its sessions', allowFor({ AWS: `arn:aws:iam::${OWN}:role/legacy` }), session, 'allow'],
    ['a role ARN does not cover other roles', allowFor({ AWS: `arn:aws:iam::${OWN}:role/legacy` }), roleSession(OWN, 'other'), 'implicit-deny'],
    ['a deleted principal (unique id) matches nobody', allowFor({ AWS: 'AROAEXAMPLEID123' }), alice, 'implicit-deny'],
    ['a service principal', allowFor({ Service: 'cloudtrail.amazonaws.com' }), { kind: 'service', service: 'cloudtrail.amazonaws.com' }, 'allow'],
    ['NotPrincipal listing the role only still denies its session', denyExcept({ AWS: `arn:aws:iam::${OWN}:role/legacy` }), session, 'explicit-deny'],
    ['NotPrincipal listing account, role and session exempts the session', denyExcept({ AWS: [`arn:aws:iam::${OWN}:root`, `arn:aws:iam::${OWN}:role/legacy`, `arn:aws:sts::${OWN}:assumed-role/legacy/app`] }), session, 'allow'],
    ['NotPrincipal applies to anonymous callers', denyExcept({ AWS: `arn:aws:iam::${OWN}:root` }), ANONYMOUS, 'explicit-deny'],
  ])('%s', (_name, policy, principal, expected) => {
    expect(decide(policy, aRequest(principal, 's3:GetObject', OBJECT), { kind: 'resource' })).toBe(expected);
  });
});

describe('resources and ARN matching by segment', () => {
  it.each<[string, string, string, boolean]>([
    ['* in the resource component crosses / and :', 'arn:aws:s3:::data*', 'arn:aws:s3:::data/a:b', true],
    ['a short ARN is completed with * components', 'arn:*', 'arn:aws:kms:us-east-1:1:key/x', true],
    ['every component wildcarded', 'arn:aws:*:*:*:*', 'arn:aws:s3:::data/key', true],
    ['* does not cross components before the resource', 'arn:aws:s3*', 'arn:aws:s3:::data', true],
    ['? matches one character', 'arn:aws:s3:::dat?/key', 'arn:aws:s3:::data/key', true],
    ['a prefix is not a match', 'arn:aws:s3:::data', 'arn:aws:s3:::data-archive', false],
    ['the service component must match', 'arn:aws:s3:::*', 'arn:aws:kms:us-east-1:1:key/x', false],
  ])('%s', (_name, resource, requested, expected) => {
    const policy = parsePolicy(doc({ Effect: 'Allow', Principal: '*', Action: '*', Resource: resource })) as NonNullable<ReturnType<typeof parsePolicy>>;
    expect(decide(policy, aRequest(alice, 's3:GetObject', requested), { kind: 'resource' })).toBe(expected ? 'allow' : 'implicit-deny');
  });

  it.each<[string, string, string, boolean]>([
    ['ArnLike segment wildcard', 'arn:aws:iam::*:role/reader', `arn:aws:iam::${STRANGER}:role/reader`, true],
    ['ArnLike * stays inside the account component', 'arn:aws:iam::1*:role/x', 'arn:aws:iam::1:2:role/x', false],
    ['ArnEquals also takes wildcards', 'arn:aws:iam::123456789012:role/*', `arn:aws:iam::${OWN}:role/a/b`, true],
    ['a value that is not an ARN matches no ARN pattern', 'arn:aws:iam::*:role/*', 'reader', false],
  ])('%s', (_name, pattern, value, expected) => {
    const operator = _name.startsWith('ArnEquals') ? 'ArnEquals' : 'ArnLike';
    expect(withCondition(operator, 'aws:PrincipalArn', pattern, { 'aws:PrincipalArn': value })).toBe(expected ? 'allow' : 'implicit-deny');
  });
});

describe('condition operators', () => {
  it.each<[string, string, string, unknown, Record<string, ContextValue | undefined>, Decision]>([
    ['StringEquals is case-sensitive', 'StringEquals', 'aws:username', 'Alice', { 'aws:username': 'alice' }, 'implicit-deny'],
    ['StringEqualsIgnoreCase ignores case', 'StringEqualsIgnoreCase', 'aws:username', 'ALICE', { 'aws:username': 'alice' }, 'allow'],
    ['StringNotEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'aws:username', 'ALICE', { 'aws:username': 'alice' }, 'implicit-deny'],
    ['StringEquals treats * literally', 'StringEquals', 'aws:username', 'a*', { 'aws:username': 'alice' }, 'implicit-deny'],
    ['StringLike * and ?', 'StringLike', 'aws:username', 'a?i*', { 'aws:username': 'alice' }, 'allow'],
    ['StringNotLike', 'StringNotLike', 'aws:username', 'a*', { 'aws:username': 'bob' }, 'allow'],
    ['values are ORed', 'StringEquals', 'aws:username', ['bob', 'alice'], { 'aws:username': 'alice' }, 'allow'],
    ['negated values: none may match', 'StringNotEquals', 'aws:username', ['bob', 'alice'], { 'aws:username': 'alice' }, 'implicit-deny'],
    ['keys are case-insensitive', 'StringEquals', 'AWS:UserName', 'alice', { 'aws:username': 'alice' }, 'allow'],
    ['NumericLessThan', 'NumericLessThan', 's3:TlsVersion', '1.2', { 's3:TlsVersion': '1.1' }, 'allow'],
    ['NumericLessThan at the boundary', 'NumericLessThan', 's3:TlsVersion', '1.2', { 's3:TlsVersion': '1.2' }, 'implicit-deny'],
    ['NumericLessThanEquals at the boundary', 'NumericLessThanEquals', 's3:TlsVersion', 1.2, { 's3:TlsVersion': '1.2' }, 'allow'],
    ['NumericGreaterThan', 'NumericGreaterThan', 's3:max-keys', '10', { 's3:max-keys': '11' }, 'allow'],
    ['NumericGreaterThanEquals', 'NumericGreaterThanEquals', 's3:max-keys', '10', { 's3:max-keys': '10' }, 'allow'],
    ['NumericEquals', 'NumericEquals', 's3:max-keys', '10', { 's3:max-keys': '10.0' }, 'allow'],
    ['NumericNotEquals', 'NumericNotEquals', 's3:max-keys', '10', { 's3:max-keys': '10' }, 'implicit-deny'],
    ['a number that is not a number matches nothing', 'NumericEquals', 's3:max-keys', '10', { 's3:max-keys': 'ten' }, 'implicit-deny'],
    ['DateLessThan ISO 8601', 'DateLessThan', 'aws:CurrentTime', '2027-01-01T00:00:00Z', { 'aws:CurrentTime': '2026-11-23T12:00:00Z' }, 'allow'],
    ['DateGreaterThan', 'DateGreaterThan', 'aws:CurrentTime', '2027-01-01T00:00:00Z', { 'aws:CurrentTime': '2026-11-23T12:00:00Z' }, 'implicit-deny'],
    ['DateLessThanEquals with epoch seconds', 'DateLessThanEquals', 'aws:EpochTime', '1795435200', { 'aws:EpochTime': '1795435200' }, 'allow'],
    ['DateGreaterThanEquals', 'DateGreaterThanEquals', 'aws:CurrentTime', '2026-11-23T12:00:00Z', { 'aws:CurrentTime': '2026-11-23T12:00:00Z' }, 'allow'],
    ['DateEquals', 'DateEquals', 'aws:CurrentTime', '2026-11-23T12:00:00Z', { 'aws:CurrentTime': '2026-11-23T12:00:00.000Z' }, 'allow'],
    ['DateNotEquals', 'DateNotEquals', 'aws:CurrentTime', '2026-11-23T12:00:00Z', { 'aws:CurrentTime': '2026-11-23T12:00:01Z' }, 'allow'],
    ['Bool given as a string', 'Bool', 'aws:SecureTransport', 'true', { 'aws:SecureTransport': 'true' }, 'allow'],
    ['Bool given as a boolean', 'Bool', 'aws:SecureTransport', true, { 'aws:SecureTransport': 'true' }, 'allow'],
    ['Bool in upper case', 'Bool', 'aws:SecureTransport', 'FALSE', { 'aws:SecureTransport': 'false' }, 'allow'],
    ['Bool mismatch', 'Bool', 'aws:SecureTransport', false, { 'aws:SecureTransport': 'true' }, 'implicit-deny'],
    ['BinaryEquals compares base-64 text', 'BinaryEquals', 'aws:example', 'QmluYXJ5VmFsdWU=', { 'aws:example': 'QmluYXJ5VmFsdWU=' }, 'allow'],
    ['IpAddress IPv4 CIDR', 'IpAddress', 'aws:SourceIp', '203.0.113.0/24', { 'aws:SourceIp': '203.0.113.7' }, 'allow'],
    ['IpAddress IPv4 outside', 'IpAddress', 'aws:SourceIp', '203.0.113.0/24', { 'aws:SourceIp': '203.0.114.1' }, 'implicit-deny'],
    ['IpAddress IPv6 CIDR', 'IpAddress', 'aws:SourceIp', '2001:db8::/32', { 'aws:SourceIp': '2001:db8:1::7' }, 'allow'],
    ['IpAddress IPv6 range never holds an IPv4 address', 'IpAddress', 'aws:SourceIp', '::/0', { 'aws:SourceIp': '203.0.113.7' }, 'implicit-deny'],
    ['IpAddress single address', 'IpAddress', 'aws:SourceIp', '203.0.113.7', { 'aws:SourceIp': '203.0.113.7' }, 'allow'],
    ['NotIpAddress of an IPv4 address for an IPv6 caller (not in it)', 'NotIpAddress', 'aws:SourceIp', '198.51.100.1', { 'aws:SourceIp': '2001:db8::7' }, 'allow'],
    ['NotIpAddress of an IPv4 /32 for an IPv6 caller (the same)', 'NotIpAddress', 'aws:SourceIp', '198.51.100.1/32', { 'aws:SourceIp': '2001:db8::7' }, 'allow'],
    ['an IPv4-mapped IPv6 caller is its IPv4 address', 'IpAddress', 'aws:SourceIp', '203.0.113.0/24', { 'aws:SourceIp': '::ffff:203.0.113.7' }, 'allow'],
    ['a source address that is not an address matches no range', 'IpAddress', 'aws:SourceIp', '0.0.0.0/0', { 'aws:SourceIp': 'localhost' }, 'implicit-deny'],
    ['NotIpAddress', 'NotIpAddress', 'aws:SourceIp', '203.0.113.0/24', { 'aws:SourceIp': '198.51.100.1' }, 'allow'],
    ['Null true on an absent key', 'Null', 'aws:TokenIssueTime', 'true', {}, 'allow'],
    ['Null false on an absent key', 'Null', 'aws:TokenIssueTime', 'false', {}, 'implicit-deny'],
    ['Null false on a present key', 'Null', 'aws:TokenIssueTime', 'false', { 'aws:TokenIssueTime': '2026-11-23T11:00:00Z' }, 'allow'],
    ['absent key: positive operator is false', 'StringEquals', 'aws:SourceVpce', 'vpce-1', {}, 'implicit-deny'],
    ['absent key: negated operator is true', 'StringNotEquals', 'aws:SourceVpce', 'vpce-1', {}, 'allow'],
    ['absent key: NotIpAddress is true', 'NotIpAddress', 'aws:SourceIp', '203.0.113.0/24', {}, 'allow'],
    ['absent key: IfExists is true', 'StringEqualsIfExists', 'aws:SourceVpce', 'vpce-1', {}, 'allow'],
    ['present key: IfExists tests the value', 'StringEqualsIfExists', 'aws:SourceVpce', 'vpce-1', { 'aws:SourceVpce': 'vpce-2' }, 'implicit-deny'],
    ['absent key: ForAllValues is true', 'ForAllValues:StringEquals', 'aws:TagKeys', 'team', {}, 'allow'],
    ['absent key: ForAnyValue is false', 'ForAnyValue:StringEquals', 'aws:TagKeys', 'team', {}, 'implicit-deny'],
    ['empty set: ForAllValues is true', 'ForAllValues:StringEquals', 'aws:TagKeys', 'team', { 'aws:TagKeys': [] }, 'allow'],
    ['empty set: ForAnyValue is false', 'ForAnyValue:StringEquals', 'aws:TagKeys', 'team', { 'aws:TagKeys': [] }, 'implicit-deny'],
    ['ForAllValues: every value matches', 'ForAllValues:StringLike', 'aws:TagKeys', 'Created*', { 'aws:TagKeys': ['CreatedBy', 'CreatedAt'] }, 'allow'],
    ['ForAllValues: one value does not', 'ForAllValues:StringLike', 'aws:TagKeys', 'Created*', { 'aws:TagKeys': ['CreatedBy', 'Owner'] }, 'implicit-deny'],
    ['ForAnyValue: one value matches', 'ForAnyValue:StringEquals', 'aws:TagKeys', ['team', 'cost'], { 'aws:TagKeys': ['owner', 'cost'] }, 'allow'],
    ['ForAllValues with a negated operator', 'ForAllValues:StringNotEquals', 'aws:TagKeys', 'secret', { 'aws:TagKeys': ['owner', 'cost'] }, 'allow'],
    ['ForAnyValue with a negated operator', 'ForAnyValue:StringNotEquals', 'aws:TagKeys', 'secret', { 'aws:TagKeys': ['secret'] }, 'implicit-deny'],
    ['a set operator on a single value treats it as a set of one', 'ForAnyValue:StringEquals', 'aws:username', 'alice', { 'aws:username': 'alice' }, 'allow'],
    ['a multivalued key without a set operator matches nothing', 'StringEquals', 'aws:TagKeys', 'team', { 'aws:TagKeys': ['team'] }, 'implicit-deny'],
    ['ForAnyValue with IfExists on an absent key', 'ForAnyValue:StringEqualsIfExists', 'aws:TagKeys', 'team', {}, 'allow'],
  ])('%s', (_name, operator, key, values, context, expected) => {
    expect(withCondition(operator, key, values, context)).toBe(expected);
  });

  it('ANDs the conditions of a statement and ORs the values of one key', () => {
    const policy = parsePolicy(doc({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:username': ['alice', 'bob'] }, Bool: { 'aws:SecureTransport': 'true' } } })) as NonNullable<ReturnType<typeof parsePolicy>>;
    expect(decide(policy, aRequest(alice, 's3:GetObject', OBJECT, { 'aws:username': 'bob', 'aws:SecureTransport': 'true' }), { kind: 'resource' })).toBe('allow');
    expect(decide(policy, aRequest(alice, 's3:GetObject', OBJECT, { 'aws:username': 'bob', 'aws:SecureTransport': 'false' }), { kind: 'resource' })).toBe('implicit-deny');
  });

  it('an unknown or mis-cased operator is unknown, in an Allow and in a Deny: never a safe Allow, never a harmless Deny', () => {
    expect(withCondition('stringequals', 'aws:username', 'alice', { 'aws:username': 'alice' })).toBe('unknown');
    expect(withCondition('StringMatchesRegex', 'aws:username', 'alice', { 'aws:username': 'alice' })).toBe('unknown');
    expect(withCondition('NullIfExists', 'aws:username', 'true', {})).toBe('unknown');
    const deny = parsePolicy(doc({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }, { Effect: 'Deny', Principal: '*', Action: '*', Resource: '*', Condition: { StringEqualz: { 'aws:username': 'x' } } })) as NonNullable<ReturnType<typeof parsePolicy>>;
    expect(decide(deny, aRequest(alice, 's3:GetObject', OBJECT), { kind: 'resource' })).toBe('unknown');
  });

  it('a condition value that is an object is unknown, not ignored', () => {
    expect(withCondition('StringEquals', 'aws:username', { nested: 'x' }, { 'aws:username': 'alice' })).toBe('unknown');
  });
});

describe('policy variables', () => {
  const homes = (version: string) =>
    parsePolicy({ Version: version, Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/home/${aws:username}/*' }] }) as NonNullable<ReturnType<typeof parsePolicy>>;
  it('substitutes ${aws:username} in Resource', () => {
    expect(decide(homes('2012-10-17'), aRequest(alice, 's3:GetObject', 'arn:aws:s3:::data/home/alice/x', { 'aws:username': 'alice' }), { kind: 'resource' })).toBe('allow');
    expect(decide(homes('2012-10-17'), aRequest(alice, 's3:GetObject', 'arn:aws:s3:::data/home/bob/x', { 'aws:username': 'alice' }), { kind: 'resource' })).toBe('implicit-deny');
  });
  it('a variable whose key is absent makes the statement not apply', () => {
    expect(decide(homes('2012-10-17'), aRequest(ANONYMOUS, 's3:GetObject', 'arn:aws:s3:::data/home/${aws:username}/x'), { kind: 'resource' })).toBe('implicit-deny');
  });
  it('treats ${…} as literal text in a policy without Version 2012-10-17', () => {
    expect(decide(homes('2008-10-17'), aRequest(alice, 's3:GetObject', 'arn:aws:s3:::data/home/${aws:username}/x', { 'aws:username': 'alice' }), { kind: 'resource' })).toBe('allow');
  });
  it('uses a default value, and the literal characters ${*} ${?} ${$}', () => {
    expect(withCondition('StringEquals', 's3:prefix', "home/${aws:username, 'guest'}/", {})).toBe('implicit-deny');
    expect(withCondition('StringEquals', 's3:prefix', "home/${aws:username, 'guest'}/", { 's3:prefix': 'home/guest/' })).toBe('allow');
    expect(withCondition('StringLike', 's3:prefix', 'a${*}b', { 's3:prefix': 'a*b' })).toBe('allow');
    expect(withCondition('StringLike', 's3:prefix', 'a${*}b', { 's3:prefix': 'axb' })).toBe('implicit-deny');
    expect(withCondition('StringEquals', 's3:prefix', 'cost-${$}', { 's3:prefix': 'cost-$' })).toBe('allow');
  });
  it('a substituted value is literal, even in StringLike', () => {
    expect(withCondition('StringLike', 's3:prefix', 'home/${aws:username}/*', { 's3:prefix': 'home/a*/x', 'aws:username': 'a*' })).toBe('allow');
    expect(withCondition('StringLike', 's3:prefix', 'home/${aws:username}/*', { 's3:prefix': 'home/ab/x', 'aws:username': 'a*' })).toBe('implicit-deny');
  });
});
