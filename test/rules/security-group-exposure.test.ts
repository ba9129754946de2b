import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IpPermission } from '../../src/model/items/ec2.js';
import { CidrSet, isWorld, parseCidr } from '../../src/rules/cidr-set.js';
import { readRules, sourcesReachingPort, sourcesReachingProtocol, worldOpenPorts } from '../../src/rules/security-group-exposure.js';
import { aPermission } from '../helpers/ec2.js';
import { halves } from '../helpers/cidr.js';

const lists = new Map([
  ['pl-half', ['128.0.0.0/1']],
  ['pl-office', ['198.51.100.0/24']],
  ['pl-garbled', ['10.0.0.0/8', 'not-a-cidr']],
]);

describe('security-group exposure (union of rules)', () => {
  it('reads sources from IPv4, IPv6 and prefix lists, and keeps group references out', () => {
    const [rule] = readRules([aPermission({ fromPort: 22, toPort: 22, ipv4Ranges: ['0.0.0.0/1'], ipv6Ranges: ['::/1'], prefixListIds: ['pl-half'], referencedGroupIds: ['sg-2'] })], lists);
    expect(rule?.sources.toCidrs()).toEqual(['0.0.0.0/0', '::/1']);
    expect(rule?.unknownSources).toEqual([]);
    expect(rule?.description).toBe('tcp/22 from 0.0.0.0/1, ::/1, 128.0.0.0/1 (via prefix list pl-half), sg-2');
  });

  it('names a few entries of a long prefix list, not all of them', () => {
    const long = new Map([['pl-long', Array.from({ length: 200 }, (_, index) => `10.${index}.0.0/16`)]]);
    const [rule] = readRules([aPermission({ fromPort: 22, toPort: 22, prefixListIds: ['pl-long'] })], long);
    expect(rule?.description).toBe('tcp/22 from prefix list pl-long (200 CIDRs: 10.0.0.0/16, 10.1.0.0/16, 10.2.0.0/16…)');
    expect(rule?.sources.toCidrs()).toEqual(['10.0.0.0/9', '10.128.0.0/10', '10.192.0.0/13']);
  });

  it('joins rules that each admit part of the internet to one port', () => {
    const rules = readRules(
      [aPermission({ fromPort: 22, toPort: 22, ipv4Ranges: ['0.0.0.0/1'] }), aPermission({ fromPort: 20, toPort: 30, ipv4Ranges: ['128.0.0.0/1'] }), aPermission({ fromPort: 23, toPort: 23, ipv4Ranges: ['1.0.0.0/8'] })],
      lists,
    );
    const reaching = sourcesReachingPort(rules, 'tcp', 22);
    expect(reaching.known.toCidrs()).toEqual(['0.0.0.0/0']);
    expect(reaching.rules).toHaveLength(2);
    expect(isWorld(sourcesReachingPort(rules, 'udp', 22).known)).toBe(false);
  });

  it('counts protocol -1 for every protocol and port', () => {
    const rules = readRules([aPermission({ protocol: '-1', fromPort: undefined, toPort: undefined, ipv6Ranges: ['::/1'] }), aPermission({ protocol: '17', fromPort: 3389, toPort: 3389, ipv6Ranges: ['8000::/1'] })], lists);
    expect(sourcesReachingPort(rules, 'udp', 3389).known.toCidrs()).toEqual(['::/0']);
    expect(sourcesReachingPort(rules, 'tcp', 3389).known.toCidrs()).toEqual(['::/1']);
    expect(sourcesReachingProtocol(rules, '47').known.toCidrs()).toEqual(['::/1']);
  });

  it('finds the ports that rules open to the world only together', () => {
    const rules = readRules(
      [
        aPermission({ fromPort: 0, toPort: 32767, ipv4Ranges: ['0.0.0.0/0'] }),
        aPermission({ fromPort: 32768, toPort: 65535, ipv4Ranges: ['0.0.0.0/1'] }),
        aPermission({ fromPort: 40000, toPort: 65535, ipv4Ranges: ['128.0.0.0/1'] }),
      ],
      lists,
    );
    expect(worldOpenPorts(rules, 'tcp').known.intervals).toEqual([[0n, 65535n]]);
    expect(worldOpenPorts(rules, 'udp').known.isEmpty()).toBe(true);
  });

  it('brackets the answer when a source cannot be read', () => {
    const rules = readRules([aPermission({ fromPort: 22, toPort: 22, prefixListIds: ['pl-missing'] }), aPermission({ fromPort: 22, toPort: 22, prefixListIds: ['pl-garbled'] })], lists);
    const reaching = sourcesReachingPort(rules, 'tcp', 22);
    expect(reaching.known.toCidrs()).toEqual(['10.0.0.0/8']);
    expect(reaching.possible.equals(CidrSet.ALL)).toBe(true);
    expect(reaching.unknownSources).toEqual(['prefix list pl-missing', 'malformed CIDR "not-a-cidr" in prefix list pl-garbled']);
    expect(worldOpenPorts(rules, 'tcp').possible.intervals).toEqual([[22n, 22n]]);
    expect(worldOpenPorts(rules, 'tcp').known.isEmpty()).toBe(true);
  });
});

// ---------- properties ----------

const cidr = fc.oneof(
  fc.tuple(fc.ipV4(), fc.integer({ min: 0, max: 9 })).map(([address, length]) => `${address}/${length}`),
  fc.tuple(fc.ipV6(), fc.integer({ min: 0, max: 17 })).map(([address, length]) => `${address}/${length}`),
);
const permission = fc
  .record({ protocol: fc.constantFrom('-1', 'tcp', '6', 'udp', 'icmp', '47'), from: fc.integer({ min: 0, max: 100 }), width: fc.integer({ min: 0, max: 100 }), cidrs: fc.array(cidr, { maxLength: 3 }) })
  .map((raw): IpPermission => {
    const ipv4Ranges = raw.cidrs.filter((text) => parseCidr(text)?.family === 4);
    const ipv6Ranges = raw.cidrs.filter((text) => parseCidr(text)?.family === 6);
    return aPermission({ protocol: raw.protocol, fromPort: raw.from, toPort: raw.from + raw.width, ipv4Ranges, ipv6Ranges });
  });
const permissions = fc.array(permission, { maxLength: 6 });

/** The world-open TCP and UDP ports, as one comparable string. */
const openPorts = (list: IpPermission[]): string => {
  const rules = readRules(list, new Map());
  return JSON.stringify(['tcp', 'udp'].map((protocol) => worldOpenPorts(rules, protocol as 'tcp' | 'udp').known.intervals.map(([a, b]) => `${a}-${b}`)));
};

describe('security-group exposure (property-based)', () => {
  it('does not depend on rule order', () => {
    fc.assert(
      fc.property(permissions, (list) => {
        expect(openPorts([...list].reverse())).toBe(openPorts(list));
      }),
    );
  });

  it('splitting a rule into two rules (by CIDR halves or by port range) never changes what is world-open', () => {
    fc.assert(
      fc.property(permissions, fc.nat(), fc.boolean(), (list, pick, byPorts) => {
        if (list.length === 0) return;
        const target = list[pick % list.length] as IpPermission;
        let pieces: IpPermission[];
        if (byPorts) {
          const from = target.fromPort ?? 0;
          const to = target.toPort ?? 0;
          const middle = Math.floor((from + to) / 2);
          pieces = [{ ...target, toPort: middle }, { ...target, fromPort: middle + 1 }].filter((piece) => (piece.fromPort ?? 0) <= (piece.toPort ?? 0));
        } else {
          const split = (ranges: string[]) => ranges.flatMap(halves);
          pieces = [{ ...target, ipv4Ranges: split(target.ipv4Ranges).filter((_, index) => index % 2 === 0), ipv6Ranges: split(target.ipv6Ranges).filter((_, index) => index % 2 === 0) }, { ...target, ipv4Ranges: split(target.ipv4Ranges).filter((_, index) => index % 2 === 1), ipv6Ranges: split(target.ipv6Ranges).filter((_, index) => index % 2 === 1) }];
        }
        if (pieces.length === 0) return;
        expect(openPorts([...list.filter((item) => item !== target), ...pieces])).toBe(openPorts(list));
      }),
    );
  });

  it('a port is world-open exactly when the union of the rules covering it is the world', () => {
    fc.assert(
      fc.property(permissions, fc.integer({ min: 0, max: 210 }), (list, port) => {
        const rules = readRules(list, new Map());
        expect(worldOpenPorts(rules, 'tcp').known.has(BigInt(port))).toBe(isWorld(sourcesReachingPort(rules, 'tcp', port).known));
      }),
    );
  });
});
