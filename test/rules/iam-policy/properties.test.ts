/** Property-based tests of the policy engine (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressCandidates } from '../../../src/rules/iam-policy/candidates.js';
import { ANONYMOUS, aRequest, decide, findAllowedRequest, iamUser, parsePolicy, roleSession, wildcardMatch, type AccessQuestion, type ContextValue, type Outsider, type ParsedPolicy, type PolicyRequest } from '../../../src/rules/iam-policy/index.js';
import { parseRange, rangeContains } from '../../../src/rules/iam-policy/ip-range.js';
import { pattern } from '../../../src/rules/iam-policy/pattern.js';
import { witnessClasses } from '../../../src/rules/iam-policy/witness.js';
import { BUCKET, NOW, OWN, STRANGER } from './questions.js';

const RUNS = { numRuns: 150 };

// ---------- generators ----------

const principal = fc.constantFrom<unknown>('*', { AWS: '*' }, { AWS: `arn:aws:iam::${OWN}:root` }, { AWS: STRANGER }, { AWS: `arn:aws:iam::${OWN}:role/analyst` });
const actions = fc.constantFrom<unknown>('s3:*', 's3:GetObject', 's3:Get*', '*', 's3:ListBucket', ['s3:GetObject', 's3:PutObject']);
const resources = fc.constantFrom<unknown>('*', BUCKET, `${BUCKET}/*`, `${BUCKET}/private/*`, [BUCKET, `${BUCKET}/*`], 'arn:aws:s3:::other/*');
const conditionEntry = fc.oneof(
  fc.record({ operator: fc.constantFrom('StringEquals', 'StringNotEquals', 'StringLike', 'StringNotLike', 'StringEqualsIfExists', 'ForAnyValue:StringEquals', 'ForAllValues:StringEquals', 'StringNotEqualsIfExists'), key: fc.constant('aws:SourceVpce'), values: fc.subarray(['vpce-1', 'vpce-*', '*'], { minLength: 1 }) }),
  fc.record({ operator: fc.constantFrom('StringEquals', 'StringNotEquals', 'StringLike', 'StringEqualsIfExists'), key: fc.constant('aws:PrincipalAccount'), values: fc.subarray([OWN, STRANGER, '1*'], { minLength: 1 }) }),
  fc.record({ operator: fc.constantFrom('Bool', 'BoolIfExists'), key: fc.constant('aws:SecureTransport'), values: fc.subarray(['true', 'false'], { minLength: 1 }) }),
  fc.record({ operator: fc.constantFrom('IpAddress', 'NotIpAddress'), key: fc.constant('aws:SourceIp'), values: fc.subarray(['203.0.113.0/24', '0.0.0.0/1', '10.0.0.0/8', '2001:db8::/32'], { minLength: 1 }) }),
  fc.record({ operator: fc.constantFrom('NumericLessThan', 'NumericGreaterThanEquals'), key: fc.constant('s3:TlsVersion'), values: fc.subarray(['1.2'], { minLength: 1 }) }),
  fc.record({ operator: fc.constantFrom('ArnLike', 'ArnNotLike'), key: fc.constant('aws:PrincipalArn'), values: fc.subarray([`arn:aws:iam::${OWN}:role/*`, 'arn:aws:iam::*:role/analyst'], { minLength: 1 }) }),
  fc.record({ operator: fc.constant('Null'), key: fc.constantFrom('aws:SourceVpce', 'aws:PrincipalAccount'), values: fc.subarray(['true', 'false'], { minLength: 1 }) }),
);

interface Entry {
  operator: string;
  key: string;
  values: string[];
}

function conditionBlock(entries: readonly Entry[]): Record<string, Record<string, string[]>> {
  const block: Record<string, Record<string, string[]>> = {};
  // One JSON object cannot hold the same operator and key twice: such entries share one value list.
  for (const entry of entries) {
    const existing = block[entry.operator]?.[entry.key] ?? [];
    block[entry.operator] = { ...(block[entry.operator] ?? {}), [entry.key]: [...existing, ...entry.values] };
  }
  return block;
}

const statement = fc.record({
  Effect: fc.constantFrom('Allow', 'Deny'),
  Principal: principal,
  Action: actions,
  Resource: resources,
  conditions: fc.array(conditionEntry, { maxLength: 3 }),
});
type RawStatement = { Effect: string; Principal: unknown; Action: unknown; Resource: unknown; conditions: Entry[] };

function toStatement(raw: RawStatement, index: number): Record<string, unknown> {
  const { conditions, ...rest } = raw;
  return { Sid: `S${index}`, ...rest, ...(conditions.length > 0 ? { Condition: conditionBlock(conditions) } : {}) };
}
const toPolicy = (statements: readonly RawStatement[]) => ({ Version: '2012-10-17', Statement: statements.map(toStatement) });
const policies = fc.array(statement, { minLength: 1, maxLength: 4 });

const requestContext = fc.record(
  {
    'aws:SourceVpce': fc.constantFrom('vpce-1', 'vpce-2'),
    'aws:SecureTransport': fc.constantFrom('true', 'false'),
    'aws:SourceIp': fc.constantFrom('203.0.113.7', '198.51.100.1', '10.1.2.3', '2001:db8::7'),
    's3:TlsVersion': fc.constantFrom('1.2', '1.3'),
  },
  { requiredKeys: [] },
);
const requests = fc.record({
  who: fc.constantFrom('anonymous', 'alice', 'stranger', 'analyst'),
  action: fc.constantFrom('s3:GetObject', 's3:PutObject', 's3:ListBucket', 's3:DeleteObject'),
  resource: fc.constantFrom(BUCKET, `${BUCKET}/key`, `${BUCKET}/private/key`),
  context: requestContext,
});

function toRequest(raw: { who: string; action: string; resource: string; context: Record<string, string> }): PolicyRequest {
  const who = raw.who === 'anonymous' ? ANONYMOUS : raw.who === 'alice' ? iamUser(OWN, 'alice') : raw.who === 'stranger' ? roleSession(STRANGER, 'reader') : roleSession(OWN, 'analyst');
  const identity: Record<string, ContextValue | undefined> =
    who.kind === 'aws' ? { 'aws:PrincipalAccount': who.account, 'aws:PrincipalArn': who.arn } : {};
  return aRequest(who, raw.action, raw.resource, { ...identity, ...raw.context });
}

function parse(document: unknown): ParsedPolicy {
  const policy = parsePolicy(document);
  if (!policy) throw new Error('not a policy');
  return policy;
}

const verdictOf = (document: unknown, request: PolicyRequest) => decide(parse(document), request, { kind: 'resource' });

function question(document: unknown, outsider: Outsider): AccessQuestion {
  return {
    policies: [parse(document)],
    kind: 'resource',
    outsider,
    target: { kind: 's3-bucket', bucketArn: BUCKET },
    actions: { services: ['s3'] },
    account: { id: OWN, partition: 'aws' },
    trustedAccounts: [],
    now: NOW,
    identityMayAllow: outsider.kind === 'own-account',
  };
}
const outsiders = fc.constantFrom<Outsider>({ kind: 'anonymous' }, { kind: 'any-account' }, { kind: 'own-account', principals: 'any', network: 'anywhere' }, { kind: 'account', account: STRANGER });

function shuffle<T>(items: readonly T[], order: readonly number[]): T[] {
  return items.map((item, index) => ({ item, key: order[index % order.length] ?? 0 })).sort((a, b) => a.key - b.key).map((entry) => entry.item);
}

// ---------- properties ----------

describe('policy engine (property-based)', () => {
  it('never throws on arbitrary JSON, strings or URL-encoded text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.string(), fc.string().map(encodeURIComponent)), (input) => {
        const policy = parsePolicy(input);
        if (policy) decide(policy, aRequest(ANONYMOUS, 's3:GetObject', `${BUCKET}/key`), { kind: 'resource' });
      }),
      RUNS,
    );
  });

  it('adding a Deny never turns a request that is not allowed into an allowed one', () => {
    fc.assert(
      fc.property(policies, statement, requests, (raw, extra, rawRequest) => {
        const request = toRequest(rawRequest);
        const before = verdictOf(toPolicy(raw), request);
        const after = verdictOf(toPolicy([...raw, { ...extra, Effect: 'Deny' }]), request);
        if (before !== 'allow') expect(after).not.toBe('allow');
        if (before === 'explicit-deny') expect(after).toBe('explicit-deny');
      }),
      RUNS,
    );
  });

  it('adding a Deny never lets an outsider in where the search found no way in', () => {
    fc.assert(
      fc.property(policies, statement, outsiders, (raw, extra, outsider) => {
        const before = findAllowedRequest(question(toPolicy(raw), outsider));
        const after = findAllowedRequest(question(toPolicy([...raw, { ...extra, Effect: 'Deny' }]), outsider));
        if (before.verdict === 'denied') expect(after.verdict).toBe('denied');
      }),
      { numRuns: 60 },
    );
  });

  it('reordering statements, values and condition blocks never changes a verdict', () => {
    fc.assert(
      fc.property(policies, requests, fc.array(fc.integer(), { minLength: 8, maxLength: 8 }), (raw, rawRequest, order) => {
        const request = toRequest(rawRequest);
        const reordered = shuffle(raw, order).map((entry) => ({
          ...entry,
          conditions: shuffle(entry.conditions, order.slice(1)).map((condition) => ({ ...condition, values: shuffle(condition.values, order.slice(2)) })),
        }));
        expect(verdictOf(toPolicy(reordered), request)).toBe(verdictOf(toPolicy(raw), request));
      }),
      RUNS,
    );
  });

  it('reordering statements never changes the search verdict', () => {
    fc.assert(
      fc.property(policies, outsiders, fc.array(fc.integer(), { minLength: 4, maxLength: 4 }), (raw, outsider, order) => {
        const reordered = shuffle(raw, order);
        expect(findAllowedRequest(question(toPolicy(reordered), outsider)).verdict).toBe(findAllowedRequest(question(toPolicy(raw), outsider)).verdict);
      }),
      { numRuns: 60 },
    );
  });

  it('a request the search finds allowed is allowed when evaluated concretely', () => {
    fc.assert(
      fc.property(policies, outsiders, (raw, outsider) => {
        const document = toPolicy(raw);
        const answer = findAllowedRequest(question(document, outsider));
        if (answer.verdict !== 'allowed' || !answer.request) return;
        const found = answer.request;
        const concrete = aRequest(found.principal, found.action, found.resource, Object.fromEntries(found.context));
        expect(decide(parse(document), concrete, { kind: 'resource', identityMayAllow: outsider.kind === 'own-account' })).toBe('allow');
      }),
      { numRuns: 100 },
    );
  });

  it('matches wildcards like a reference implementation', () => {
    const reference = (p: string, v: string): boolean => {
      if (p === '') return v === '';
      if (p[0] === '*') return reference(p.slice(1), v) || (v !== '' && reference(p, v.slice(1)));
      if (v === '') return false;
      return (p[0] === '?' || p[0] === v[0]) && reference(p.slice(1), v.slice(1));
    };
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z*?:/]{0,8}$/), fc.stringMatching(/^[a-z:/]{0,8}$/), (patternText, value) => {
        expect(wildcardMatch(patternText, value)).toBe(reference(patternText, value));
      }),
      RUNS,
    );
  });

  it('witnesses cover every combination a value can realize (exhaustiveness of the string dimension)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[ab*?]{0,5}$/), { minLength: 1, maxLength: 4 }), fc.stringMatching(/^[abc]{0,6}$/), (texts, value) => {
        const patterns = texts.map((text) => pattern(text, 'wildcard'));
        const { classes, complete } = witnessClasses(patterns);
        expect(complete).toBe(true);
        const signature = patterns.map((entry) => entry.test(value));
        expect(classes.some((entry) => entry.matches.every((bit, index) => bit === signature[index]))).toBe(true);
        for (const entry of classes) expect(patterns.map((compiled) => compiled.test(entry.witness))).toEqual(entry.matches);
      }),
      RUNS,
    );
  });

  it('address candidates cover every interval the ranges draw (exhaustiveness of aws:SourceIp)', () => {
    const cidr = fc.tuple(fc.ipV4(), fc.integer({ min: 0, max: 32 })).map(([address, prefix]) => `${address}/${prefix}`);
    fc.assert(
      fc.property(fc.array(cidr, { minLength: 1, maxLength: 4 }), fc.ipV4(), (cidrs, address) => {
        const ranges = cidrs.map((text) => parseRange(text)).filter((range) => range !== undefined);
        const candidates = addressCandidates(cidrs);
        const target = parseRange(address);
        if (!target) return;
        const signature = ranges.map((range) => rangeContains(range, target));
        expect(candidates.some((candidate) => {
          const parsed = parseRange(candidate);
          return parsed !== undefined && ranges.every((range, index) => rangeContains(range, parsed) === signature[index]);
        })).toBe(true);
      }),
      RUNS,
    );
  });
});
