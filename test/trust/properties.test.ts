/**
 * Property-based tests: the parsers that read AWS-supplied text never throw, and agree with simple references.
 * The policy engine's properties live in test/rules/iam-policy/properties.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCredentialReport, parseReportBoolean, parseReportDate } from '../../src/collect/iam-credential-report.js';
import type { IpPermission } from '../../src/model/items/ec2.js';
import { permissionPorts } from '../../src/rules/network.js';

describe('port matcher (property-based)', () => {
  const permission = fc.record({
    protocol: fc.constantFrom('-1', 'tcp', 'udp', '6', '17', 'icmp', '1', '58', 'TCP', '47'),
    fromPort: fc.option(fc.integer({ min: -1, max: 65535 }), { nil: undefined }),
    toPort: fc.option(fc.integer({ min: -1, max: 65535 }), { nil: undefined }),
  });

  it('agrees with a reference predicate and never throws', () => {
    fc.assert(
      fc.property(permission, fc.integer({ min: 0, max: 65535 }), (raw, port) => {
        const subject: Pick<IpPermission, 'protocol' | 'fromPort' | 'toPort'> = { ...raw };
        if (raw.fromPort === undefined) delete subject.fromPort;
        if (raw.toPort === undefined) delete subject.toPort;
        const tcpOrUdp = ['tcp', 'udp', '6', '17'].includes(raw.protocol.toLowerCase());
        const everyPort = raw.fromPort === undefined || raw.toPort === undefined || raw.fromPort === -1 || raw.toPort === -1;
        const expected = raw.protocol === '-1' || (tcpOrUdp && (everyPort || ((raw.fromPort ?? 0) <= port && port <= (raw.toPort ?? 0))));
        expect(permissionPorts(subject).has(BigInt(port))).toBe(expected);
      }),
    );
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
