/**
 * Sets of IPv4 and IPv6 addresses, built from CIDRs, and what part of the internet they reach.
 *
 * Parsing is ipaddr.js's (strict four-part decimal for IPv4, every IPv6 spelling, no zone ids); the arithmetic is
 * interval arithmetic on the addresses as integers, so a set is the same whatever CIDRs spell it:
 * 0.0.0.0/1 + 128.0.0.0/1, four /2s, and 0.0.0.0/0 are one set.
 *
 * What counts as the internet ("public space"):
 * - IPv4: every address except the special-purpose blocks that are never routed on the internet (IANA's
 *   special-purpose registry, RFC 6890, "globally reachable: false"): 0/8, 10/8, 100.64/10, 127/8, 169.254/16,
 *   172.16/12, 192.0.0/24, 192.168/16, 198.18/15, multicast 224/4 and 240/4 (with 255.255.255.255). The
 *   documentation blocks (192.0.2/24, 198.51.100/24, 203.0.113/24) count as public on purpose: RFC 5737 reserves
 *   them to stand for internet addresses in examples, and this project's examples and tests use them that way.
 * - IPv6: 2000::/3, IANA's global unicast space; everything else (ULA fc00::/7, link-local, multicast,
 *   IPv4-mapped, unallocated space) is unreachable from the internet.
 *
 * When a set "exposes the world": when it holds more public addresses of one family than any one organisation
 * could own, because then it necessarily admits unrelated parties. The bar is more than a /8 of IPv4 (16,777,216
 * addresses, the largest block ever assigned to a single holder) or more than a /16 of IPv6. So 0.0.0.0/0, every
 * public address but RFC 1918, the internet minus a few carved-out /32s, and 0.0.0.0/1 alone are all the world; an
 * institution's /16 or an AWS region's prefix list is not. The fraction of the public space covered is reported
 * beside it, so a reader sees "50% of the public IPv4 internet" as well as the verdict.
 */
import ipaddr from 'ipaddr.js';
import { IntervalSet } from './interval-set.js';

export type IpFamily = 4 | 6;

const BITS: Record<IpFamily, number> = { 4: 32, 6: 128 };

export interface Cidr {
  family: IpFamily;
  /** First and last address of the block (host bits of the written address are ignored, as EC2 does). */
  first: bigint;
  last: bigint;
  prefixLength: number;
}

function bytesToBigint(bytes: readonly number[]): bigint {
  return bytes.reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);
}

function bigintToBytes(value: bigint, family: IpFamily): number[] {
  const bytes: number[] = [];
  for (let shift = BITS[family] - 8; shift >= 0; shift -= 8) bytes.push(Number((value >> BigInt(shift)) & 0xffn));
  return bytes;
}

export function formatAddress(value: bigint, family: IpFamily): string {
  return ipaddr.fromByteArray(bigintToBytes(value, family)).toString();
}

// Inventories repeat the same few CIDRs (0.0.0.0/0, the VPC ranges) thousands of times: read each spelling once.
const parsedCidrs = new Map<string, Cidr | undefined>();
const PARSED_CIDRS_KEPT = 50_000;

/** `a.b.c.d/n` or an IPv6 CIDR; a bare address is a single-address block. Undefined when malformed. */
export function parseCidr(text: string): Cidr | undefined {
  if (parsedCidrs.has(text)) return parsedCidrs.get(text);
  const parsed = readCidr(text);
  if (parsedCidrs.size >= PARSED_CIDRS_KEPT) parsedCidrs.clear();
  parsedCidrs.set(text, parsed);
  return parsed;
}

function readCidr(text: string): Cidr | undefined {
  const parts = text.trim().split('/');
  const [addressText = '', lengthText, ...rest] = parts;
  if (rest.length > 0 || (lengthText !== undefined && !/^\d{1,3}$/.test(lengthText))) return undefined;
  let address: ipaddr.IPv4 | ipaddr.IPv6;
  if (ipaddr.IPv4.isValidFourPartDecimal(addressText)) address = ipaddr.IPv4.parse(addressText);
  else if (addressText.includes(':') && !addressText.includes('%') && ipaddr.IPv6.isValid(addressText)) address = ipaddr.IPv6.parse(addressText);
  else return undefined;
  const family: IpFamily = address.kind() === 'ipv4' ? 4 : 6;
  const bits = BITS[family];
  const prefixLength = lengthText === undefined ? bits : Number(lengthText);
  if (prefixLength > bits) return undefined;
  const hostBits = BigInt(bits - prefixLength);
  const first = (bytesToBigint(address.toByteArray()) >> hostBits) << hostBits;
  return { family, first, last: first + (1n << hostBits) - 1n, prefixLength };
}

/** log2 of the highest power of two that is at most `value` (value > 0). */
function floorLog2(value: bigint): number {
  return value.toString(2).length - 1;
}

/** The fewest CIDR blocks that spell the inclusive range [start, end]. */
function rangeToCidrs(start: bigint, end: bigint, family: IpFamily): string[] {
  const bits = BITS[family];
  const cidrs: string[] = [];
  let cursor = start;
  while (cursor <= end) {
    // The largest block aligned on `cursor` (its trailing zero bits) that does not run past `end`.
    const alignment = cursor === 0n ? bits : floorLog2(cursor & -cursor);
    const hostBits = Math.min(alignment, floorLog2(end - cursor + 1n));
    cidrs.push(`${formatAddress(cursor, family)}/${bits - hostBits}`);
    cursor += 1n << BigInt(hostBits);
  }
  return cidrs;
}

/** An immutable set of IPv4 and IPv6 addresses. */
export class CidrSet {
  static readonly EMPTY = new CidrSet(IntervalSet.EMPTY, IntervalSet.EMPTY);
  /** Every address of both families: 0.0.0.0/0 and ::/0. */
  static readonly ALL = new CidrSet(IntervalSet.range(0n, (1n << 32n) - 1n), IntervalSet.range(0n, (1n << 128n) - 1n));

  private constructor(
    readonly ipv4: IntervalSet,
    readonly ipv6: IntervalSet,
  ) {}

  /** Parses every CIDR; the malformed ones are returned apart, never silently dropped. */
  static parse(cidrs: Iterable<string>): { set: CidrSet; malformed: string[] } {
    const v4: Array<readonly [bigint, bigint]> = [];
    const v6: Array<readonly [bigint, bigint]> = [];
    const malformed: string[] = [];
    for (const text of cidrs) {
      const cidr = parseCidr(text);
      if (!cidr) malformed.push(text);
      else (cidr.family === 4 ? v4 : v6).push([cidr.first, cidr.last]);
    }
    return { set: new CidrSet(IntervalSet.of(v4), IntervalSet.of(v6)), malformed };
  }

  /** For constants and tests: throws on a malformed CIDR. */
  static of(...cidrs: string[]): CidrSet {
    const { set, malformed } = CidrSet.parse(cidrs);
    if (malformed.length > 0) throw new Error(`Malformed CIDR: ${malformed.join(', ')}`);
    return set;
  }

  /** Every address of one family (0.0.0.0/0 or ::/0). */
  static wholeFamily(family: IpFamily): CidrSet {
    return CidrSet.ALL.only(family);
  }

  only(family: IpFamily): CidrSet {
    return family === 4 ? new CidrSet(this.ipv4, IntervalSet.EMPTY) : new CidrSet(IntervalSet.EMPTY, this.ipv6);
  }

  union(other: CidrSet): CidrSet {
    return new CidrSet(this.ipv4.union(other.ipv4), this.ipv6.union(other.ipv6));
  }

  intersect(other: CidrSet): CidrSet {
    return new CidrSet(this.ipv4.intersect(other.ipv4), this.ipv6.intersect(other.ipv6));
  }

  subtract(other: CidrSet): CidrSet {
    return new CidrSet(this.ipv4.subtract(other.ipv4), this.ipv6.subtract(other.ipv6));
  }

  /** Is every address of `other` in this set? */
  covers(other: CidrSet): boolean {
    return this.ipv4.covers(other.ipv4) && this.ipv6.covers(other.ipv6);
  }

  isEmpty(): boolean {
    return this.ipv4.isEmpty() && this.ipv6.isEmpty();
  }

  equals(other: CidrSet): boolean {
    return this.ipv4.equals(other.ipv4) && this.ipv6.equals(other.ipv6);
  }

  /** How many addresses of one family the set holds. */
  size(family: IpFamily): bigint {
    return (family === 4 ? this.ipv4 : this.ipv6).size();
  }

  /** The fewest CIDRs that spell the set, IPv4 first, each family in address order. */
  toCidrs(): string[] {
    return [
      ...this.ipv4.intervals.flatMap(([start, end]) => rangeToCidrs(start, end, 4)),
      ...this.ipv6.intervals.flatMap(([start, end]) => rangeToCidrs(start, end, 6)),
    ];
  }

  toString(): string {
    return this.toCidrs().join(', ');
  }
}

/** Special-purpose IPv4 blocks that are never routed on the internet (RFC 6890); see the module comment. */
const NON_PUBLIC_IPV4 = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.168.0.0/16',
  '198.18.0.0/15',
  '224.0.0.0/4',
  '240.0.0.0/4',
];

/** The internet: every address a packet from outside AWS and outside the institution can come from. */
export const PUBLIC_SPACE: CidrSet = CidrSet.of('0.0.0.0/0', '2000::/3').subtract(CidrSet.of(...NON_PUBLIC_IPV4));

/** More public addresses than this in one family is the world: more than a /8 of IPv4, more than a /16 of IPv6. */
export const WORLD_THRESHOLD: Record<IpFamily, bigint> = { 4: 1n << 24n, 6: 1n << 112n };

export interface FamilyExposure {
  family: IpFamily;
  /** Public addresses of this family in the set. */
  publicAddresses: bigint;
  /** Their share of the family's public space, 0..1 (rounded down to a millionth). */
  fraction: number;
  /** The set holds every public address of the family. */
  whole: boolean;
  /** More public addresses than WORLD_THRESHOLD. */
  world: boolean;
}

export interface Exposure {
  ipv4: FamilyExposure;
  ipv6: FamilyExposure;
  /** The set exposes the world in at least one family. */
  isWorld: boolean;
  /** The public part of the set. */
  publicPart: CidrSet;
}

function measureFamily(publicPart: CidrSet, family: IpFamily): FamilyExposure {
  const publicAddresses = publicPart.size(family);
  const total = PUBLIC_SPACE.size(family);
  return {
    family,
    publicAddresses,
    fraction: Number((publicAddresses * 1_000_000n) / total) / 1_000_000,
    whole: publicAddresses === total,
    world: publicAddresses > WORLD_THRESHOLD[family],
  };
}

/** How much of the internet a set of source addresses reaches. */
export function measureExposure(set: CidrSet): Exposure {
  const publicPart = set.intersect(PUBLIC_SPACE);
  const ipv4 = measureFamily(publicPart, 4);
  const ipv6 = measureFamily(publicPart, 6);
  return { ipv4, ipv6, isWorld: ipv4.world || ipv6.world, publicPart };
}

/** Addresses of each family outside the public space: a set's public part is at least its size minus these. */
const NON_PUBLIC_SIZE: Record<IpFamily, bigint> = {
  4: (1n << 32n) - PUBLIC_SPACE.size(4),
  6: (1n << 128n) - PUBLIC_SPACE.size(6),
};

/** Is the set's public part in `family` larger than `bar`? Settled by sizes alone when it can be (most calls). */
function publicPartExceeds(set: CidrSet, family: IpFamily, bar: bigint, publicPart: () => CidrSet): boolean {
  const size = set.size(family);
  if (size <= bar) return false;
  if (size - NON_PUBLIC_SIZE[family] > bar) return true;
  return publicPart().size(family) > bar;
}

/** Does the set expose the world (see the module comment for the bar)? Checks call this for every port of every group. */
export function isWorld(set: CidrSet): boolean {
  let publicPart: CidrSet | undefined;
  const lazyPublicPart = () => (publicPart ??= set.intersect(PUBLIC_SPACE));
  return publicPartExceeds(set, 4, WORLD_THRESHOLD[4], lazyPublicPart) || publicPartExceeds(set, 6, WORLD_THRESHOLD[6], lazyPublicPart);
}

/** Does the set hold any internet address at all? */
export function isPublic(set: CidrSet): boolean {
  let publicPart: CidrSet | undefined;
  const lazyPublicPart = () => (publicPart ??= set.intersect(PUBLIC_SPACE));
  return publicPartExceeds(set, 4, 0n, lazyPublicPart) || publicPartExceeds(set, 6, 0n, lazyPublicPart);
}

function formatShare(exposure: FamilyExposure): string {
  const name = `the public IPv${exposure.family} internet`;
  if (exposure.whole) return `all of ${name}`;
  const percent = exposure.fraction * 100;
  if (percent < 0.01) return `under 0.01% of ${name}`;
  // Rounded down, so a set one address short of the internet never reads "100%".
  return `${Math.floor(percent * 100) / 100}% of ${name}`;
}

const LISTED = 3;

function describeFamily(set: CidrSet, family: IpFamily, exposure: FamilyExposure): string {
  const cidrs = set.only(family).toCidrs();
  let spelled: string;
  if (cidrs.length <= LISTED) {
    spelled = cidrs.join(', ');
  } else {
    // The internet with a few holes reads better as its holes.
    const holes = PUBLIC_SPACE.only(family).subtract(set).toCidrs();
    if (holes.length === 0) spelled = `every public IPv${family} address`;
    else if (holes.length <= LISTED) spelled = `every public IPv${family} address except ${holes.join(', ')}`;
    else spelled = `${cidrs.slice(0, LISTED).join(', ')} and ${cidrs.length - LISTED} more range(s)`;
  }
  return exposure.publicAddresses === 0n ? `${spelled} (no public address)` : `${spelled} (${formatShare(exposure)})`;
}

/** A set of source addresses for a message: its CIDRs (or its holes) and its share of the internet, per family. */
export function describeAddresses(set: CidrSet): string {
  if (set.isEmpty()) return 'no address';
  const exposure = measureExposure(set);
  const parts: string[] = [];
  if (!set.ipv4.isEmpty()) parts.push(describeFamily(set, 4, exposure.ipv4));
  if (!set.ipv6.isEmpty()) parts.push(describeFamily(set, 6, exposure.ipv6));
  return parts.join(' and ');
}
