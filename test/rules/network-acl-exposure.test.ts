import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NetworkAclEntry } from '../../src/model/items/ec2.js';
import { CidrSet, parseCidr } from '../../src/rules/cidr-set.js';
import { admittedSources } from '../../src/rules/network-acl-exposure.js';
import { anAclEntry, IMPLICIT_DENIES } from '../helpers/ec2.js';
import { halves } from '../helpers/cidr.js';

const admitted = (entries: NetworkAclEntry[], protocol: 'tcp' | 'udp' = 'tcp', port = 22) =>
  admittedSources([...entries, ...IMPLICIT_DENIES], protocol, port);

describe('admittedSources (first match per address, in rule-number order)', () => {
  it.each<[string, NetworkAclEntry[], string[]]>([
    ['an allow of the world', [anAclEntry()], ['0.0.0.0/0']],
    ['nothing but the implicit deny', [], []],
    [
      'a lower-numbered non-/0 allow before a /0 deny admits its range',
      [anAclEntry({ ruleNumber: 90, cidrBlock: '0.0.0.0/1' }), anAclEntry({ ruleNumber: 100, ruleAction: 'deny' })],
      ['0.0.0.0/1'],
    ],
    [
      'two halves allowed before the /0 deny admit everything',
      [anAclEntry({ ruleNumber: 90, cidrBlock: '0.0.0.0/1' }), anAclEntry({ ruleNumber: 95, cidrBlock: '128.0.0.0/1' }), anAclEntry({ ruleNumber: 100, ruleAction: 'deny' })],
      ['0.0.0.0/0'],
    ],
    [
      'a lower-numbered deny of part of the space shrinks a later allow',
      [anAclEntry({ ruleNumber: 50, ruleAction: 'deny', cidrBlock: '0.0.0.0/1' }), anAclEntry({ ruleNumber: 100 })],
      ['128.0.0.0/1'],
    ],
    [
      'order is by rule number, not by position in the list',
      [anAclEntry({ ruleNumber: 200 }), anAclEntry({ ruleNumber: 100, ruleAction: 'deny', cidrBlock: '128.0.0.0/1' })],
      ['0.0.0.0/1'],
    ],
    [
      'a deny of another port does not shrink anything',
      [anAclEntry({ ruleNumber: 50, ruleAction: 'deny', portRange: { from: 23, to: 3388 } }), anAclEntry({ ruleNumber: 100 })],
      ['0.0.0.0/0'],
    ],
    [
      'protocol -1 matches every port',
      [anAclEntry({ ruleNumber: 50, ruleAction: 'deny', protocol: '-1', portRange: undefined, cidrBlock: '0.0.0.0/1' }), anAclEntry({ ruleNumber: 100, protocol: '-1', portRange: undefined })],
      ['128.0.0.0/1'],
    ],
    [
      'a UDP deny leaves TCP alone',
      [anAclEntry({ ruleNumber: 50, ruleAction: 'deny', protocol: '17' }), anAclEntry({ ruleNumber: 100 })],
      ['0.0.0.0/0'],
    ],
    [
      'an ICMP allow admits nothing on a port',
      [anAclEntry({ ruleNumber: 50, protocol: '1', portRange: undefined })],
      [],
    ],
    [
      'IPv4 and IPv6 entries are separate',
      [anAclEntry({ ruleNumber: 50, ruleAction: 'deny' }), anAclEntry({ ruleNumber: 100, cidrBlock: undefined, ipv6CidrBlock: '::/1' }), anAclEntry({ ruleNumber: 101, cidrBlock: undefined, ipv6CidrBlock: '8000::/1' })],
      ['::/0'],
    ],
  ])('%s', (_name, entries, expected) => {
    const result = admitted(entries);
    expect(result.known.toCidrs()).toEqual(expected);
    expect(result.possible.equals(result.known)).toBe(true);
    expect(result.unreadable).toEqual([]);
  });

  it('names each allow rule with the addresses it decided', () => {
    const result = admitted([
      anAclEntry({ ruleNumber: 90, cidrBlock: '0.0.0.0/1' }),
      anAclEntry({ ruleNumber: 95, cidrBlock: '0.0.0.0/0' }),
      anAclEntry({ ruleNumber: 100, ruleAction: 'deny' }),
    ]);
    expect(result.rules.map((rule) => [rule.ruleNumber, rule.cidr, rule.addresses.toString()])).toEqual([
      [90, '0.0.0.0/1', '0.0.0.0/1'],
      [95, '0.0.0.0/0', '128.0.0.0/1'],
    ]);
  });

  it('ignores egress entries', () => {
    expect(admitted([anAclEntry({ egress: true })]).known.isEmpty()).toBe(true);
  });

  it.each<[string, NetworkAclEntry, boolean]>([
    ['an allow without a CIDR', anAclEntry({ cidrBlock: undefined }), true],
    ['an allow with a garbled CIDR', anAclEntry({ cidrBlock: '0.0.0.0/zero' }), true],
    ['a TCP allow without a port range', anAclEntry({ portRange: undefined }), true],
    ['a deny with a garbled CIDR', anAclEntry({ ruleAction: 'deny', cidrBlock: 'nope' }), false],
  ])('brackets the answer when an entry cannot be read: %s', (_name, entry, isAllow) => {
    const result = admitted([{ ...entry, ruleNumber: 50 }, anAclEntry({ ruleNumber: 100 })]);
    expect(result.unreadable).toHaveLength(1);
    expect(result.unreadable[0]).toMatch(/^rule 50 /);
    if (isAllow) {
      // Read as matching nothing, the later world allow still admits everything; read as everything, the same.
      expect(result.known.toCidrs()).toEqual(['0.0.0.0/0']);
      expect(result.possible.equals(CidrSet.ALL)).toBe(true);
    } else {
      // A garbled deny may deny everything (known bound) or nothing (possible bound).
      expect(result.known.isEmpty()).toBe(true);
      expect(result.possible.toCidrs()).toEqual(['0.0.0.0/0']);
    }
  });
});

// ---------- properties ----------

const cidr = fc.oneof(
  fc.tuple(fc.ipV4(), fc.integer({ min: 0, max: 8 })).map(([address, length]) => `${address}/${length}`),
  fc.tuple(fc.ipV6(), fc.integer({ min: 0, max: 4 })).map(([address, length]) => `${address}/${length}`),
);
const entry = fc.record({
  ruleAction: fc.constantFrom<'allow' | 'deny'>('allow', 'deny'),
  protocol: fc.constantFrom('-1', '6', '17', '1'),
  cidr,
  from: fc.integer({ min: 0, max: 40 }),
  width: fc.integer({ min: 0, max: 20 }),
});
// Distinct rule numbers, as AWS requires within a direction.
const entries = fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 32766 }), entry), { selector: ([number]) => number, maxLength: 8 }).map((list) =>
  list.map(([ruleNumber, raw]): NetworkAclEntry => {
    const family = parseCidr(raw.cidr)?.family;
    return {
      ruleNumber,
      egress: false,
      protocol: raw.protocol,
      ruleAction: raw.ruleAction,
      ...(family === 6 ? { ipv6CidrBlock: raw.cidr } : { cidrBlock: raw.cidr }),
      ...(raw.protocol === '6' || raw.protocol === '17' ? { portRange: { from: raw.from, to: raw.from + raw.width } } : {}),
    };
  }),
);

describe('admittedSources (property-based)', () => {
  it('does not depend on the order the entries are listed in', () => {
    fc.assert(
      fc.property(entries, fc.integer({ min: 0, max: 60 }), (list, port) => {
        expect(admittedSources([...list].reverse(), 'tcp', port).known.equals(admittedSources(list, 'tcp', port).known)).toBe(true);
      }),
    );
  });

  it('agrees with a per-address reference: the first matching rule decides', () => {
    fc.assert(
      fc.property(entries, fc.integer({ min: 0, max: 60 }), fc.oneof(fc.ipV4(), fc.ipV6()), (list, port, address) => {
        const probe = CidrSet.of(address);
        const sorted = [...list].sort((a, b) => a.ruleNumber - b.ruleNumber);
        const first = sorted.find((item) => {
          const matchesProtocol = item.protocol === '-1' || (item.protocol === '6' && (item.portRange?.from ?? 0) <= port && port <= (item.portRange?.to ?? 65535));
          return matchesProtocol && CidrSet.of((item.cidrBlock ?? item.ipv6CidrBlock) as string).covers(probe);
        });
        expect(admittedSources(list, 'tcp', port).known.covers(probe)).toBe(first?.ruleAction === 'allow');
      }),
    );
  });

  it('splitting an entry into two entries of its halves never changes what is admitted', () => {
    fc.assert(
      fc.property(entries, fc.nat(), fc.integer({ min: 0, max: 60 }), (list, pick, port) => {
        if (list.length === 0) return;
        const target = list[pick % list.length] as NetworkAclEntry;
        const used = new Set(list.map((item) => item.ruleNumber));
        // The second half takes the next free number: only the target can sit between them, so order is kept.
        if (used.has(target.ruleNumber + 1) || target.ruleNumber + 1 > 32766) return;
        const text = (target.cidrBlock ?? target.ipv6CidrBlock) as string;
        const [low, high = low] = halves(text);
        const key = target.cidrBlock ? 'cidrBlock' : 'ipv6CidrBlock';
        const split = [
          ...list.filter((item) => item !== target),
          { ...target, [key]: low },
          { ...target, ruleNumber: target.ruleNumber + 1, [key]: high },
        ];
        expect(admittedSources(split, 'tcp', port).known.equals(admittedSources(list, 'tcp', port).known)).toBe(true);
      }),
    );
  });

  it('a deny placed before every rule never admits more', () => {
    fc.assert(
      fc.property(entries, cidr, fc.integer({ min: 0, max: 60 }), (list, denied, port) => {
        const family = parseCidr(denied)?.family;
        const deny: NetworkAclEntry = { ruleNumber: 0, egress: false, protocol: '-1', ruleAction: 'deny', ...(family === 6 ? { ipv6CidrBlock: denied } : { cidrBlock: denied }) };
        const before = admittedSources(list, 'tcp', port).known;
        const after = admittedSources([deny, ...list], 'tcp', port).known;
        expect(before.covers(after)).toBe(true);
        expect(after.intersect(CidrSet.of(denied)).isEmpty()).toBe(true);
      }),
    );
  });
});
