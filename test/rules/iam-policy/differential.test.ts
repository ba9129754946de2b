/**
 * Differential test: concrete-request evaluation agrees with an independent evaluator, @cloud-copilot/iam-simulate.
 * iam-simulate is AGPL-3.0: it is a devDependency used by this test only (no-agpl-imports.test.ts proves nothing that
 * ships imports it).
 */
import { anonymousPrincipal, runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, aRequest, decide, iamUser, parsePolicy, type Decision } from '../../../src/rules/iam-policy/index.js';
import { BUCKET, OWN, STRANGER } from './questions.js';

const RESOURCES = [BUCKET, `${BUCKET}/key`, `${BUCKET}/private/key`];
const actions = fc.constantFrom<unknown>('s3:*', 's3:GetObject', 's3:Get*', '*', 's3:ListBucket', ['s3:GetObject', 's3:PutObject'], 's3:?etObject');
const resources = fc.constantFrom<unknown>('*', BUCKET, `${BUCKET}/*`, `${BUCKET}/private/*`, [BUCKET, `${BUCKET}/*`], 'arn:aws:s3:::other/*', 'arn:aws:s3:::dat?/*');
const condition = fc.oneof(
  fc.record({
    operator: fc.constantFrom('StringEquals', 'StringNotEquals', 'StringLike', 'StringNotLike', 'StringEqualsIfExists', 'StringNotEqualsIfExists', 'StringEqualsIgnoreCase', 'ForAnyValue:StringEquals', 'ForAllValues:StringEquals', 'ForAnyValue:StringLike', 'ForAllValues:StringNotLike'),
    key: fc.constant('aws:SourceVpce'),
    values: fc.subarray(['vpce-1', 'VPCE-1', 'vpce-*', '*'], { minLength: 1 }),
  }),
  fc.record({ operator: fc.constantFrom('StringEquals', 'StringNotEquals', 'StringLike'), key: fc.constant('aws:PrincipalAccount'), values: fc.subarray([OWN, STRANGER, '1*'], { minLength: 1 }) }),
  fc.record({ operator: fc.constantFrom('Bool', 'BoolIfExists'), key: fc.constant('aws:SecureTransport'), values: fc.subarray(['true', 'false'], { minLength: 1 }) }),
  // Addresses are written as /32 ranges: iam-simulate reads a bare IPv4 address in NotIpAddress as not matching an
  // IPv6 caller, while it reads the same address as a /32 range as matching (RFC 4632: an address is a /32; this engine
  // does the latter in both spellings, see evaluate-policy.test.ts).
  fc.record({ operator: fc.constantFrom('IpAddress', 'NotIpAddress', 'IpAddressIfExists'), key: fc.constant('aws:SourceIp'), values: fc.subarray(['203.0.113.0/24', '0.0.0.0/1', '10.0.0.0/8', '2001:db8::/32', '198.51.100.1/32'], { minLength: 1 }) }),
  fc.record({ operator: fc.constantFrom('NumericLessThan', 'NumericGreaterThanEquals', 'NumericEquals', 'NumericNotEquals', 'NumericLessThanEqualsIfExists'), key: fc.constant('s3:TlsVersion'), values: fc.subarray(['1.2', '1.3'], { minLength: 1 }) }),
  fc.record({ operator: fc.constantFrom('DateLessThan', 'DateGreaterThan', 'DateEquals', 'DateNotEquals'), key: fc.constant('aws:CurrentTime'), values: fc.subarray(['2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'], { minLength: 1 }) }),
  fc.record({ operator: fc.constantFrom('ArnLike', 'ArnNotLike', 'ArnEquals', 'ArnNotEquals'), key: fc.constant('aws:PrincipalArn'), values: fc.subarray([`arn:aws:iam::${OWN}:user/*`, 'arn:aws:iam::*:user/alice', `arn:aws:iam::${OWN}:user/alice`], { minLength: 1 }) }),
  fc.record({ operator: fc.constant('Null'), key: fc.constantFrom('aws:SourceVpce', 's3:TlsVersion'), values: fc.subarray(['true', 'false'], { minLength: 1 }) }),
);

type Entry = { operator: string; key: string; values: string[] };
function block(entries: readonly Entry[]): Record<string, Record<string, string[]>> {
  const result: Record<string, Record<string, string[]>> = {};
  for (const entry of entries) result[entry.operator] = { ...(result[entry.operator] ?? {}), [entry.key]: [...(result[entry.operator]?.[entry.key] ?? []), ...entry.values] };
  return result;
}

const statement = fc.record({ effect: fc.constantFrom('Allow', 'Deny'), action: actions, resource: resources, notResource: fc.boolean(), conditions: fc.array(condition, { maxLength: 3 }) });
type RawStatement = { effect: string; action: unknown; resource: unknown; notResource: boolean; conditions: Entry[] };
function toStatement(raw: RawStatement, principal?: unknown): Record<string, unknown> {
  return {
    Effect: raw.effect,
    ...(principal === undefined ? {} : { Principal: principal }),
    Action: raw.action,
    [raw.notResource ? 'NotResource' : 'Resource']: raw.resource,
    ...(raw.conditions.length > 0 ? { Condition: block(raw.conditions) } : {}),
  };
}

const context = fc.record(
  {
    'aws:SourceVpce': fc.constantFrom('vpce-1', 'vpce-2'),
    'aws:SecureTransport': fc.constantFrom('true', 'false'),
    'aws:SourceIp': fc.constantFrom('203.0.113.7', '198.51.100.1', '10.1.2.3', '2001:db8::7', '192.0.2.1'),
    's3:TlsVersion': fc.constantFrom('1.2', '1.3'),
    'aws:CurrentTime': fc.constantFrom('2026-11-23T12:00:00Z', '2025-06-01T00:00:00Z'),
  },
  { requiredKeys: [] },
);

const RESULT: Record<string, Decision> = { Allowed: 'allow', ExplicitlyDenied: 'explicit-deny', ImplicitlyDenied: 'implicit-deny' };

async function simulate(simulation: Simulation): Promise<Decision | undefined> {
  const result = await runSimulation(simulation, {});
  if (result.resultType === 'error') return undefined;
  return RESULT[result.overallResult];
}

describe('differential: concrete evaluation against @cloud-copilot/iam-simulate', () => {
  it('agrees on identity policies (actions, resources, every condition family)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(statement, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('s3:GetObject', 's3:PutObject', 's3:ListBucket'),
        fc.constantFrom(...RESOURCES),
        context,
        async (raw, action, resource, values) => {
          // ListBucket takes the bucket; object actions take objects.
          const target = action === 's3:ListBucket' ? BUCKET : resource === BUCKET ? `${BUCKET}/key` : resource;
          const document = { Version: '2012-10-17', Statement: raw.map((entry) => toStatement(entry)) };
          const alice = iamUser(OWN, 'alice');
          const contextVariables: Record<string, string> = { ...values, 'aws:PrincipalAccount': OWN, 'aws:PrincipalArn': alice.kind === 'aws' ? alice.arn : '' };
          const theirs = await simulate({
            request: { principal: alice.kind === 'aws' ? alice.arn : '', action, resource: { resource: target, accountId: OWN }, contextVariables },
            identityPolicies: [{ name: 'policy', policy: document }],
            serviceControlPolicies: [],
            resourceControlPolicies: [],
          });
          fc.pre(theirs !== undefined);
          const ours = decide(parsePolicy(document) as NonNullable<ReturnType<typeof parsePolicy>>, aRequest(alice, action, target, contextVariables), { kind: 'identity' });
          expect(ours).toBe(theirs);
        },
      ),
      { numRuns: 250 },
    );
  });

  it('agrees on resource policies for anonymous callers (Principal * and named principals)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(statement, fc.constantFrom<unknown>('*', { AWS: '*' }, { AWS: `arn:aws:iam::${OWN}:root` }, { AWS: STRANGER })), { minLength: 1, maxLength: 3 }),
        fc.constantFrom('s3:GetObject', 's3:ListBucket'),
        context,
        async (raw, action, values) => {
          const target = action === 's3:ListBucket' ? BUCKET : `${BUCKET}/key`;
          const document = { Version: '2012-10-17', Statement: raw.map(([entry, principal]) => toStatement(entry, principal)) };
          const theirs = await simulate({
            request: { principal: anonymousPrincipal, action, resource: { resource: target, accountId: OWN }, contextVariables: values },
            identityPolicies: [],
            serviceControlPolicies: [],
            resourceControlPolicies: [],
            resourcePolicy: document,
          });
          fc.pre(theirs !== undefined);
          const ours = decide(parsePolicy(document) as NonNullable<ReturnType<typeof parsePolicy>>, aRequest(ANONYMOUS, action, target, values), { kind: 'resource' });
          expect(ours).toBe(theirs);
        },
      ),
      { numRuns: 150 },
    );
  });
});
