import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CidrSet,
  describeAddresses,
  formatAddress,
  isPublic,
  isWorld,
  measureExposure,
  parseCidr,
  PUBLIC_SPACE,
} from '../../src/rules/cidr-set.js';
import { halves } from '../helpers/cidr.js';

describe('parseCidr', () => {
  it.each([
    ['10.0.0.0/8', 4, 8],
    ['10.1.2.3/8', 4, 8],
    [' 0.0.0.0/0 ', 4, 0],
    ['198.51.100.7', 4, 32],
    ['2600:1f18::/32', 6, 32],
    ['::/0', 6, 0],
    ['::ffff:10.0.0.1/128', 6, 128],
    ['2001:DB8::/32', 6, 32],
  ])('reads %s as IPv%s /%s', (text, family, prefixLength) => {
    expect(parseCidr(text)).toMatchObject({ family, prefixLength });
  });

  it('ignores host bits, as EC2 does', () => {
    expect(CidrSet.of('10.1.2.3/8').equals(CidrSet.of('10.0.0.0/8'))).toBe(true);
  });

  it.each(['300.0.0.0/8', '10.0.0.0/33', '::/129', '1:2:3', 'fe80::1::2/64', 'not-a-cidr', '10.1/16', '0x0a.0.0.0/8', '010.0.0.0/8', 'fe80::1%eth0/64', '10.0.0.0/', '10.0.0.0/-1', '10.0.0.0/8/8', ''])(
    'rejects %j',
    (text) => {
      expect(parseCidr(text)).toBeUndefined();
    },
  );

  it('returns malformed CIDRs apart instead of dropping them', () => {
    const { set, malformed } = CidrSet.parse(['10.0.0.0/8', 'garbage', '0.0.0.0/00x']);
    expect(set.toCidrs()).toEqual(['10.0.0.0/8']);
    expect(malformed).toEqual(['garbage', '0.0.0.0/00x']);
    expect(() => CidrSet.of('garbage')).toThrow(/Malformed CIDR: garbage/);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (text) => void parseCidr(text)));
  });
});

describe('CidrSet arithmetic', () => {
  it.each([
    [['0.0.0.0/1', '128.0.0.0/1'], ['0.0.0.0/0']],
    [['0.0.0.0/2', '64.0.0.0/2', '128.0.0.0/2', '192.0.0.0/2'], ['0.0.0.0/0']],
    [['::/1', '8000::/1'], ['::/0']],
    [['10.0.0.0/9', '10.128.0.0/9', '10.0.0.0/16'], ['10.0.0.0/8']],
    [['10.0.0.0/8', '2600::/12', '11.0.0.0/8'], ['10.0.0.0/7', '2600::/12']],
  ])('%j is spelled %j', (cidrs, spelled) => {
    expect(CidrSet.of(...cidrs).toCidrs()).toEqual(spelled);
  });

  it('keeps the families apart', () => {
    expect(CidrSet.of('0.0.0.0/0').covers(CidrSet.of('::/0'))).toBe(false);
    expect(CidrSet.of('::/0').intersect(CidrSet.of('10.0.0.0/8')).isEmpty()).toBe(true);
  });

  it('subtracts and covers', () => {
    const internetButOne = CidrSet.of('0.0.0.0/0').subtract(CidrSet.of('8.8.8.8/32'));
    expect(internetButOne.size(4)).toBe(2n ** 32n - 1n);
    expect(internetButOne.covers(CidrSet.of('8.8.8.8/32'))).toBe(false);
    expect(internetButOne.covers(CidrSet.of('8.8.8.9/32', '1.0.0.0/8'))).toBe(true);
    expect(CidrSet.of('10.0.0.0/8').covers(CidrSet.of('10.1.2.0/24'))).toBe(true);
    expect(CidrSet.of('10.1.2.0/24').covers(CidrSet.of('10.0.0.0/8'))).toBe(false);
  });

  it('formats IPv6 addresses in their compact form', () => {
    expect(formatAddress(0x20010db8000000000000000000000001n, 6)).toBe('2001:db8::1');
  });
});

describe('world exposure', () => {
  it.each<[string, string[], boolean]>([
    ['0.0.0.0/0', ['0.0.0.0/0'], true],
    ['::/0', ['::/0'], true],
    ['0.0.0.0/1 + 128.0.0.0/1', ['0.0.0.0/1', '128.0.0.0/1'], true],
    ['four /2s', ['0.0.0.0/2', '64.0.0.0/2', '128.0.0.0/2', '192.0.0.0/2'], true],
    ['::/1 + 8000::/1', ['::/1', '8000::/1'], true],
    ['2000::/3 (all global unicast IPv6)', ['2000::/3'], true],
    ['half the internet, 0.0.0.0/1', ['0.0.0.0/1'], true],
    ['two /8s of public space', ['1.0.0.0/8', '2.0.0.0/8'], true],
    ['a /8 and one more address', ['3.0.0.0/8', '4.0.0.0/32'], true],
    ['one /8 (the most one holder has)', ['3.0.0.0/8'], false],
    ['an institutional /16', ['128.32.0.0/16'], false],
    ['RFC 1918 space', ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'], false],
    ['non-public IPv4 space together', ['0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '224.0.0.0/3'], false],
    ['unique-local and link-local IPv6', ['fc00::/7', 'fe80::/10'], false],
    ['unallocated IPv6 outside 2000::/3', ['4000::/2'], false],
    ['a /16 of IPv6', ['2600::/16'], false],
    ['a /15 of IPv6', ['2600::/15'], true],
    ['nothing', [], false],
  ])('%s: %j → world %s', (_name, cidrs, expected) => {
    expect(isWorld(CidrSet.of(...cidrs))).toBe(expected);
  });

  it('counts every public unicast address minus RFC 1918 and reserved space as the whole internet', () => {
    const exposure = measureExposure(PUBLIC_SPACE);
    expect(exposure.ipv4.whole && exposure.ipv6.whole).toBe(true);
    expect(measureExposure(CidrSet.of('0.0.0.0/0').subtract(CidrSet.of('10.0.0.0/8', '192.168.0.0/16'))).ipv4.whole).toBe(true);
  });

  it('stays the world with a few addresses carved out', () => {
    const carved = CidrSet.of('0.0.0.0/0').subtract(CidrSet.of('8.8.8.8/32', '1.1.1.0/24'));
    expect(isWorld(carved)).toBe(true);
    expect(measureExposure(carved).ipv4.whole).toBe(false);
  });

  it('measures the share of the public space', () => {
    // 0.0.0.0/1 holds 10/8, 127/8 and other non-public blocks: its public part is less than half of 2^32.
    const publicHalf = CidrSet.of('0.0.0.0/1').intersect(PUBLIC_SPACE).size(4);
    expect(measureExposure(CidrSet.of('0.0.0.0/1')).ipv4.publicAddresses).toBe(publicHalf);
    expect(measureExposure(CidrSet.of('0.0.0.0/1')).ipv4.fraction).toBeCloseTo(Number(publicHalf) / Number(PUBLIC_SPACE.size(4)), 5);
    expect(measureExposure(CidrSet.of('10.0.0.0/8')).ipv4.publicAddresses).toBe(0n);
    expect(isPublic(CidrSet.of('10.0.0.0/8', 'fd00::/8'))).toBe(false);
    expect(isPublic(CidrSet.of('203.0.113.0/24'))).toBe(true); // documentation ranges stand for the internet
  });

  it.each<[string[], string]>([
    [['0.0.0.0/1', '128.0.0.0/1'], '0.0.0.0/0 (all of the public IPv4 internet)'],
    [['::/1', '8000::/1'], '::/0 (all of the public IPv6 internet)'],
    [['0.0.0.0/0', '::/0'], '0.0.0.0/0 (all of the public IPv4 internet) and ::/0 (all of the public IPv6 internet)'],
    [['0.0.0.0/1'], '0.0.0.0/1 (56.53% of the public IPv4 internet)'],
    [['198.51.100.0/24'], '198.51.100.0/24 (under 0.01% of the public IPv4 internet)'],
    [['10.0.0.0/8'], '10.0.0.0/8 (no public address)'],
    [['1.0.0.0/8', '3.0.0.0/8', '5.0.0.0/8', '7.0.0.0/8'], '1.0.0.0/8, 3.0.0.0/8, 5.0.0.0/8 and 1 more range(s) (1.81% of the public IPv4 internet)'],
    [[], 'no address'],
  ])('describes %j as %s…', (cidrs, start) => {
    expect(describeAddresses(CidrSet.of(...cidrs)).startsWith(start)).toBe(true);
  });

  it('describes the internet with holes by its holes, never as 100%', () => {
    const text = describeAddresses(CidrSet.of('0.0.0.0/0').subtract(CidrSet.of('8.8.8.8/32')));
    expect(text).toBe('every public IPv4 address except 8.8.8.8/32 (99.99% of the public IPv4 internet)');
    expect(describeAddresses(PUBLIC_SPACE.only(4))).toBe('every public IPv4 address (all of the public IPv4 internet)');
  });
});

// ---------- properties ----------

const cidr = fc.oneof(
  fc.tuple(fc.ipV4(), fc.integer({ min: 0, max: 32 })).map(([address, length]) => `${address}/${length}`),
  fc.tuple(fc.ipV6(), fc.integer({ min: 0, max: 128 })).map(([address, length]) => `${address}/${length}`),
);
// Mostly short prefixes, so that world exposure is often in play.
const wideCidr = fc.oneof(
  fc.tuple(fc.ipV4(), fc.integer({ min: 0, max: 10 })).map(([address, length]) => `${address}/${length}`),
  fc.tuple(fc.ipV6(), fc.integer({ min: 0, max: 18 })).map(([address, length]) => `${address}/${length}`),
);
// Blocks at the edges of the definitions: non-public space, one /8, a /16 of IPv6, half the internet.
const edgeCidr = fc.constantFrom('10.0.0.0/8', '0.0.0.0/5', '224.0.0.0/3', '100.64.0.0/10', 'fc00::/7', '4000::/2', '3.0.0.0/8', '4.0.0.0/32', '2600::/16', '2601::/16', '0.0.0.0/1', '2000::/3');
const cidrs = fc.array(fc.oneof(cidr, wideCidr, edgeCidr), { maxLength: 8 });

function sameExposure(a: CidrSet, b: CidrSet): void {
  const left = measureExposure(a);
  const right = measureExposure(b);
  expect(left.isWorld).toBe(right.isWorld);
  expect(left.ipv4).toEqual(right.ipv4);
  expect(left.ipv6).toEqual(right.ipv6);
  expect(describeAddresses(a)).toBe(describeAddresses(b));
}

describe('CidrSet (property-based)', () => {
  it('reads every generated CIDR', () => {
    fc.assert(fc.property(cidr, (text) => void expect(parseCidr(text)).toBeDefined()));
  });

  it('splitting a CIDR into its halves never changes the set or its exposure', () => {
    fc.assert(
      fc.property(cidrs, fc.nat(), (list, pick) => {
        if (list.length === 0) return;
        const index = pick % list.length;
        const split = [...list.slice(0, index), ...halves(list[index] as string), ...list.slice(index + 1)];
        const before = CidrSet.of(...list);
        const after = CidrSet.of(...split);
        expect(after.equals(before)).toBe(true);
        sameExposure(before, after);
      }),
    );
  });

  it('splitting repeatedly (a CIDR into many pieces) never changes exposure', () => {
    fc.assert(
      fc.property(wideCidr, fc.integer({ min: 1, max: 5 }), (text, depth) => {
        let pieces = [text];
        for (let level = 0; level < depth; level += 1) pieces = pieces.flatMap(halves);
        sameExposure(CidrSet.of(text), CidrSet.of(...pieces));
      }),
    );
  });

  it('union is order-independent and associative', () => {
    fc.assert(
      fc.property(cidrs, cidrs, cidrs, (a, b, c) => {
        const [x, y, z] = [CidrSet.of(...a), CidrSet.of(...b), CidrSet.of(...c)];
        expect(x.union(y).equals(y.union(x))).toBe(true);
        expect(x.union(y).union(z).equals(x.union(y.union(z)))).toBe(true);
        expect(CidrSet.of(...[...a].reverse(), ...b).equals(CidrSet.of(...b, ...a))).toBe(true);
        sameExposure(CidrSet.of(...a, ...b), CidrSet.of(...b, ...a.slice().reverse()));
      }),
    );
  });

  it('difference and intersection partition a set', () => {
    fc.assert(
      fc.property(cidrs, cidrs, (a, b) => {
        const [x, y] = [CidrSet.of(...a), CidrSet.of(...b)];
        expect(x.subtract(y).union(x.intersect(y)).equals(x)).toBe(true);
        expect(x.subtract(y).intersect(y).isEmpty()).toBe(true);
        expect(x.covers(x.intersect(y))).toBe(true);
        expect(x.union(y).covers(y)).toBe(true);
      }),
    );
  });

  it('spells a set in CIDRs that read back as the same set', () => {
    fc.assert(fc.property(cidrs, (list) => void expect(CidrSet.of(...CidrSet.of(...list).toCidrs()).equals(CidrSet.of(...list))).toBe(true)));
  });

  it('the size shortcuts of isWorld and isPublic agree with the full measure', () => {
    fc.assert(
      fc.property(cidrs, (list) => {
        const set = CidrSet.of(...list);
        const exposure = measureExposure(set);
        expect(isWorld(set)).toBe(exposure.isWorld);
        expect(isPublic(set)).toBe(exposure.ipv4.publicAddresses + exposure.ipv6.publicAddresses > 0n);
      }),
    );
  });

  it('a superset of a world set is the world (exposure is monotone)', () => {
    fc.assert(
      fc.property(cidrs, cidrs, (a, b) => {
        if (isWorld(CidrSet.of(...a))) expect(isWorld(CidrSet.of(...a, ...b))).toBe(true);
      }),
    );
  });
});
