/**
 * IPv4 and IPv6 addresses and CIDR ranges as integer intervals, parsed with ipaddr.js. The IpAddress/NotIpAddress
 * operators take "an IP address or range in CIDR format" (RFC 4632); an address without a prefix is a /32 or /128.
 */
import ipaddr from 'ipaddr.js';

export interface IpRange {
  readonly family: 4 | 6;
  readonly prefix: number;
  readonly first: bigint;
  readonly last: bigint;
  readonly text: string;
}

const BITS = { 4: 32, 6: 128 } as const;

function toBigInt(bytes: readonly number[]): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}

function parseAddressObject(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text);
  if (ipaddr.IPv6.isValid(text)) {
    const address = ipaddr.IPv6.parse(text);
    // An IPv4-mapped IPv6 address (::ffff:192.0.2.1) is the IPv4 address it carries.
    return address.isIPv4MappedAddress() ? address.toIPv4Address() : address;
  }
  return undefined;
}

/** An address as a one-address range, or undefined when the text is not an address. */
function parseAddress(text: string): IpRange | undefined {
  const address = parseAddressObject(text.trim());
  if (!address) return undefined;
  const family = address.kind() === 'ipv4' ? 4 : 6;
  const value = toBigInt(address.toByteArray());
  return { family, prefix: BITS[family], first: value, last: value, text: text.trim() };
}

const rangeCache = new Map<string, IpRange | null>();

/** A CIDR range (or a single address), or undefined when the text is neither. */
export function parseRange(text: string): IpRange | undefined {
  const cached = rangeCache.get(text);
  if (cached !== undefined) return cached ?? undefined;
  const range = parseRangeUncached(text.trim());
  if (rangeCache.size > 10_000) rangeCache.clear();
  rangeCache.set(text, range ?? null);
  return range;
}

function parseRangeUncached(text: string): IpRange | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return parseAddress(text);
  const base = parseAddress(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (!base || !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  const bits = BITS[base.family];
  if (prefix > bits) return undefined;
  const hostBits = BigInt(bits - prefix);
  const first = (base.first >> hostBits) << hostBits;
  const last = first + (1n << hostBits) - 1n;
  return { family: base.family, prefix, first, last, text };
}

export function rangeContains(range: IpRange, address: IpRange): boolean {
  return range.family === address.family && range.first <= address.first && address.last <= range.last;
}

/** The text form of an address given as an integer. */
export function formatAddress(family: 4 | 6, value: bigint): string {
  const bytes: number[] = [];
  for (let index = 0; index < (family === 4 ? 4 : 16); index += 1) {
    bytes.unshift(Number(value & 0xffn));
    value >>= 8n;
  }
  return ipaddr.fromByteArray(bytes).toString();
}

export function maxAddress(family: 4 | 6): bigint {
  return (1n << BigInt(BITS[family])) - 1n;
}

const PRIVATE_V4 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((text) => parseRange(text) as IpRange);

/**
 * A range the owner of a policy can be presumed to hold: S3 evaluates "very broad IP ranges (for example, 0.0.0.0/1)"
 * in aws:SourceIp as public, "values broader than /8 for IPv4 and /32 for IPv6 (excluding RFC1918 private ranges)"
 * (S3 User Guide, "Blocking public access to your Amazon S3 storage", "The meaning of public").
 */
export function isNarrowRange(range: IpRange): boolean {
  if (range.family === 4) return range.prefix >= 8 || PRIVATE_V4.some((privateRange) => rangeContains(privateRange, range));
  return range.prefix >= 32;
}
