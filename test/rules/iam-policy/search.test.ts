/** The adversarial search: what it finds, how it says so, and that its shortcuts never change an answer. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeAnswer, findAllowedRequest, parsePolicy, type AccessQuestion, type Outsider } from '../../../src/rules/iam-policy/index.js';
import { stringCandidates } from '../../../src/rules/iam-policy/candidates.js';
import { pattern } from '../../../src/rules/iam-policy/pattern.js';
import { NOW, OWN, STRANGER } from './questions.js';

const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });

function question(document: unknown, outsider: Outsider, bucket = 'data', extra: Partial<AccessQuestion> = {}): AccessQuestion {
  const policy = parsePolicy(document);
  if (!policy) throw new Error('policy');
  return {
    policies: [policy],
    kind: 'resource',
    outsider,
    target: { kind: 's3-bucket', bucketArn: `arn:aws:s3:::${bucket}` },
    actions: { services: ['s3'] },
    account: { id: OWN, partition: 'aws' },
    trustedAccounts: [],
    now: NOW,
    ...extra,
  };
}

describe('findings name the request that gets through', () => {
  it.each<[string, unknown, Outsider, Partial<AccessQuestion>, RegExp]>([
    ['anonymous public read', doc({ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/*' }), { kind: 'anonymous' }, {}, /^an anonymous s3:GetObject on arn:aws:s3:::data\/example is allowed by statement PublicRead$/],
    [
      'anonymous over plain HTTP from the internet',
      doc({ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/*', Condition: { IpAddress: { 'aws:SourceIp': ['0.0.0.0/1', '128.0.0.0/1'] } } }),
      { kind: 'anonymous' },
      { transport: 'http' },
      /^an anonymous s3:GetObject on arn:aws:s3:::data\/example over plain HTTP from 203\.0\.113\.7 is allowed by statement PublicRead$/,
    ],
    ['a key under a granted prefix', doc({ Sid: 'Share', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/share/*' }), { kind: 'anonymous' }, {}, /on arn:aws:s3:::data\/share\/\S* is allowed by statement Share/],
    ['a foreign account’s role', doc({ Sid: 'Readers', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*', Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/reader' } } }), { kind: 'any-account' }, {}, /by role reader of account 999999999999 is allowed by statement Readers/],
    ['through the caller’s own VPC endpoint', doc({ Sid: 'Endpoint', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*', Condition: { StringLike: { 'aws:SourceVpce': 'vpce-*' } } }), { kind: 'anonymous' }, {}, /through VPC endpoint vpce-example is allowed by statement Endpoint/],
    ['a named account', doc({ Sid: 'Partner', Effect: 'Allow', Principal: { AWS: STRANGER }, Action: 's3:ListBucket', Resource: 'arn:aws:s3:::data' }), { kind: 'account', account: STRANGER }, {}, /^s3:ListBucket on arn:aws:s3:::data by a role of account 999988887777 is allowed by statement Partner$/],
  ])('%s', (_name, document, outsider, extra, expected) => {
    const answer = findAllowedRequest(question(document, outsider, 'data', extra));
    expect(answer.verdict).toBe('allowed');
    expect(describeAnswer(answer)).toMatch(expected);
  });

  it('says why a verdict is unknown, and returns the request that may get through', () => {
    const answer = findAllowedRequest(question(doc({ Sid: 'Odd', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*', Condition: { IpAddressRange: { 'aws:SourceIp': '10.0.0.0/8' } } }), { kind: 'anonymous' }));
    expect(answer.verdict).toBe('unknown');
    expect(answer.unknownBecause).toEqual(['statement Odd uses the condition operator IpAddressRange, which this engine does not know']);
    expect(describeAnswer(answer)).toMatch(/^an anonymous s3:GetObject on .* may be allowed \(statement Odd uses the condition operator IpAddressRange/);
  });

  it('a value AWS fixes but the inventory does not hold (a resource tag) makes a deciding statement unknown', () => {
    const answer = findAllowedRequest(question(doc({ Sid: 'Tagged', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/public': 'yes' } } }), { kind: 'anonymous' }));
    expect(answer.verdict).toBe('unknown');
    expect(answer.unknownBecause.join()).toMatch(/aws:ResourceTag\/public, whose value AWS sets/);
  });

  it('policy variables: a principal reaches its own home prefix, an anonymous caller nothing', () => {
    const homes = doc({ Sid: 'Homes', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/home/${aws:username}/*' });
    expect(findAllowedRequest(question(homes, { kind: 'anonymous' })).verdict).toBe('denied');
    const found = findAllowedRequest(question(homes, { kind: 'account', account: STRANGER }));
    expect(found.verdict).toBe('allowed');
    expect(found.request?.resource).toMatch(/^arn:aws:s3:::data\/home\/[^/]+\/.+/);
    expect(found.request?.principal).toMatchObject({ type: 'User' });
  });
});

describe('shortcuts never change an answer', () => {
  const resources = fc.constantFrom<unknown>('*', 'arn:aws:s3:::bench-1/*', 'arn:aws:s3:::bench-1*', 'arn:aws:s3:::bench-12', 'arn:aws:s3:::bench-?/*', ['arn:aws:s3:::bench-1', 'arn:aws:s3:::bench-1/*'], 'arn:aws:s3:::*', 'arn:aws:s3:::other/*');
  const statement = fc.record({
    Effect: fc.constantFrom('Allow', 'Deny'),
    Principal: fc.constantFrom<unknown>('*', { AWS: STRANGER }, { AWS: `arn:aws:iam::${OWN}:root` }),
    Action: fc.constantFrom<unknown>('s3:*', 's3:GetObject', 's3:ListBucket'),
    Resource: resources,
  });
  const outsiders = fc.constantFrom<Outsider>({ kind: 'anonymous' }, { kind: 'any-account' }, { kind: 'account', account: STRANGER }, { kind: 'own-account', principals: 'any', network: 'anywhere' });

  it('a cached answer (shared between policies that differ only in the bucket name) equals a fresh search', () => {
    fc.assert(
      fc.property(fc.array(statement, { minLength: 1, maxLength: 3 }), outsiders, fc.constantFrom('bench-1', 'bench-12', 'bench-2'), (statements, outsider, bucket) => {
        const document = doc(...statements);
        const extra = { identityMayAllow: outsider.kind === 'own-account' };
        const cached = findAllowedRequest(question(document, outsider, bucket, extra));
        // An unnamed filter makes the question uncacheable: the search runs from scratch.
        const fresh = findAllowedRequest(question(document, outsider, bucket, { ...extra, actions: { services: ['s3'], filter: () => true } }));
        expect(cached.verdict).toBe(fresh.verdict);
        if (cached.request) expect(cached.request.resource.startsWith(`arn:aws:s3:::${bucket}`)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('string candidates', () => {
  it('leave out values an outsider cannot hold, and keep one value that matches nothing', () => {
    const patterns = ['vpce-1', 'vpce-*'].map((text) => pattern(text, text.includes('*') ? 'wildcard' : 'literal'));
    const owned = [pattern('vpce-1', 'literal')];
    const { values } = stringCandidates(patterns, owned);
    expect(values).not.toContain('vpce-1');
    expect(values.some((value) => value.startsWith('vpce-'))).toBe(true);
    expect(values.some((value) => !value.startsWith('vpce-'))).toBe(true);
  });

  it('account ids: literals are their own class and a fresh twelve-digit id is found without a search', () => {
    const shape = pattern('????????????', 'wildcard');
    const { values } = stringCandidates([pattern(OWN, 'literal'), pattern(STRANGER, 'literal')], [], [shape]);
    expect(values).toEqual([OWN, STRANGER, '999999999999']);
  });
});
