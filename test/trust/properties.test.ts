/** Property-based tests: the parsers that read AWS-supplied text never throw, and agree with simple references. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCredentialReport, parseReportBoolean, parseReportDate } from '../../src/collect/iam-credential-report.js';
import type { IpPermission } from '../../src/model/items/ec2.js';
import { isWorldCidr, permissionCoversPort } from '../../src/model/network.js';
import { normalizePolicy, statementCoversAction, wildcardMatch } from '../../src/model/policy.js';

const jsonValue = fc.jsonValue({ maxDepth: 4 });
const scalarOrArray = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof(arbitrary, fc.array(arbitrary, { maxLength: 4 }));

const statement = fc.record(
  {
    Sid: fc.string(),
    Effect: fc.constantFrom('Allow', 'Deny', 'allow', 'Maybe'),
    Principal: fc.oneof(fc.constant('*'), fc.record({ AWS: scalarOrArray(fc.constantFrom('*', '123456789012', 'arn:aws:iam::1:root')) }), jsonValue),
    Action: scalarOrArray(fc.constantFrom('s3:*', '*', 's3:GetObject', 'S3:getobject', 'iam:Get*', 'kms:Decrypt')),
    Resource: scalarOrArray(fc.constantFrom('*', 'arn:aws:s3:::b', 'arn:aws:s3:::b/*')),
    Condition: fc.oneof(jsonValue, fc.record({ Bool: fc.record({ 'aws:SecureTransport': fc.oneof(fc.boolean(), fc.constantFrom('false', 'true'), fc.array(fc.constantFrom('false', 'true'))) }) })),
  },
  { requiredKeys: [] },
);

describe('policy normalizer (property-based)', () => {
  it('never throws on arbitrary JSON, strings or URL-encoded text', () => {
    fc.assert(
      fc.property(fc.oneof(jsonValue, fc.string(), fc.string().map(encodeURIComponent)), (input) => {
        const policy = normalizePolicy(input);
        expect(policy === null || Array.isArray(policy.statements)).toBe(true);
      }),
    );
  });

  it('keeps exactly the statements with a valid Effect, whether Statement is an object or an array, encoded or not', () => {
    fc.assert(
      fc.property(fc.array(statement, { minLength: 1, maxLength: 5 }), fc.boolean(), fc.boolean(), (statements, asObject, encoded) => {
        const document = { Version: '2012-10-17', Statement: asObject && statements.length === 1 ? statements[0] : statements };
        const input = encoded ? encodeURIComponent(JSON.stringify(document)) : document;
        const normalized = normalizePolicy(input);
        const valid = statements.filter((entry) => entry.Effect === 'Allow' || entry.Effect === 'Deny');
        expect(normalized?.statements.length).toBe(valid.length);
        normalized?.statements.forEach((normalizedStatement, index) => {
          const raw = valid[index];
          const actions = raw?.Action === undefined ? undefined : ([] as string[]).concat(raw.Action);
          // Reference: an action is covered when some listed pattern matches it case-insensitively.
          for (const probe of ['s3:GetObject', 'kms:Decrypt', 'iam:GetUser']) {
            const expected = actions?.some((pattern) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i').test(probe)) ?? false;
            expect(statementCoversAction(normalizedStatement, probe)).toBe(expected);
          }
        });
      }),
    );
  });

  it('matches wildcards like a reference implementation', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z*?:/]{0,8}$/), fc.stringMatching(/^[a-z:/]{0,8}$/), (pattern, value) => {
        const reference = (p: string, v: string): boolean => {
          if (p === '') return v === '';
          if (p[0] === '*') return reference(p.slice(1), v) || (v !== '' && reference(p, v.slice(1)));
          if (v === '') return false;
          return (p[0] === '?' || p[0] === v[0]) && reference(p.slice(1), v.slice(1));
        };
        expect(wildcardMatch(pattern, value)).toBe(reference(pattern, value));
      }),
    );
  });
});

describe('port and CIDR matcher (property-based)', () => {
  const permission = fc.record({
    protocol: fc.constantFrom('-1', 'tcp', 'udp', '6', '17', 'icmp', '1', '58'),
    fromPort: fc.option(fc.integer({ min: -1, max: 65535 }), { nil: undefined }),
    toPort: fc.option(fc.integer({ min: -1, max: 65535 }), { nil: undefined }),
  });

  it('agrees with a reference predicate and never throws', () => {
    fc.assert(
      fc.property(permission, fc.integer({ min: 0, max: 65535 }), (raw, port) => {
        const subject: IpPermission = { ...raw, ipv4Ranges: [], ipv6Ranges: [], prefixListIds: [], referencedGroupIds: [] };
        if (raw.fromPort === undefined) delete subject.fromPort;
        if (raw.toPort === undefined) delete subject.toPort;
        const tcpOrUdp = ['tcp', 'udp', '6', '17'].includes(raw.protocol);
        const from = raw.fromPort ?? 0;
        const to = raw.toPort ?? 65535;
        const expected = raw.protocol === '-1' || (tcpOrUdp && (from === -1 || to === -1 || (from <= port && port <= to)));
        expect(permissionCoversPort(subject, port)).toBe(expected);
      }),
    );
  });

  it('calls a CIDR world-open exactly when its prefix length is 0', () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), fc.integer({ min: 0, max: 128 }), (address, length) => {
        expect(isWorldCidr(`${address}/${length}`)).toBe(length === 0);
      }),
    );
    fc.assert(fc.property(fc.string(), (text) => void isWorldCidr(text)));
  });
});

describe('credential report parser (property-based)', () => {
  const dateCell = fc.oneof(
    fc.constantFrom('N/A', 'no_information', 'not_supported', ''),
    fc.date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((date) => date.toISOString()),
  );
  const booleanCell = fc.constantFrom('true', 'false', 'TRUE', 'not_supported', 'N/A');

  it('never throws except with its own format error, on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          parseCredentialReport(text);
        } catch (error) {
          expect((error as Error).name).toBe('CredentialReportFormatError');
        }
      }),
    );
  });

  it('parses generated reports row for row', () => {
    const row = fc.record({ user: fc.stringMatching(/^[a-z][a-z0-9.+=@_-]{0,15}$/), password: booleanCell, mfa: booleanCell, lastUsed: dateCell });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 10 }), (rows) => {
        const csv = ['user,arn,password_enabled,mfa_active,password_last_used', ...rows.map((r) => `${r.user},arn:aws:iam::123456789012:user/${r.user},${r.password},${r.mfa},${r.lastUsed}`)].join('\n');
        const parsed = parseCredentialReport(csv);
        expect(parsed).toHaveLength(rows.length);
        parsed.forEach((entry, index) => {
          const source = rows[index];
          if (!source) throw new Error('row missing');
          expect(entry.user).toBe(source.user);
          expect(entry.passwordEnabled).toBe(parseReportBoolean(source.password));
          expect(entry.mfaActive).toBe(source.mfa.toLowerCase() === 'true');
          expect(entry.passwordLastUsed).toBe(parseReportDate(source.lastUsed));
          expect(entry.passwordLastUsed === null).toBe(['N/A', 'no_information', 'not_supported', ''].includes(source.lastUsed));
        });
      }),
    );
  });
});
