/** Port and CIDR reasoning for security groups and network ACLs. */
import type { IpPermission } from './items/ec2.js';

const TCP = new Set(['tcp', '6']);
const UDP = new Set(['udp', '17']);

export function isAllProtocols(protocol: string): boolean {
  return protocol === '-1' || protocol.toLowerCase() === 'all';
}

/** Does the permission let traffic reach `port` over TCP or UDP (or every protocol)? Port ranges are inclusive. */
export function permissionCoversPort(permission: IpPermission, port: number): boolean {
  const protocol = permission.protocol.toLowerCase();
  if (isAllProtocols(protocol)) return true;
  if (!TCP.has(protocol) && !UDP.has(protocol)) return false;
  const from = permission.fromPort ?? 0;
  const to = permission.toPort ?? 65535;
  // EC2 reports -1 for "all ports" on some protocols.
  if (from === -1 || to === -1) return true;
  return from <= port && port <= to;
}

/** Does the permission open every port (all protocols, or a TCP/UDP range of 0-65535)? */
export function permissionOpensAllPorts(permission: IpPermission): boolean {
  if (isAllProtocols(permission.protocol)) return true;
  if (!TCP.has(permission.protocol) && !UDP.has(permission.protocol)) return false;
  const from = permission.fromPort ?? 0;
  const to = permission.toPort ?? 65535;
  return from === -1 || to === -1 || (from <= 0 && to >= 65535) || (from <= 1 && to >= 65535);
}

/** A CIDR that matches every address: `0.0.0.0/0`, `::/0` (any spelling with prefix length 0). */
export function isWorldCidr(cidr: string): boolean {
  const [, length] = cidr.trim().split('/');
  return length !== undefined && Number(length) === 0;
}

/** The world-open sources of a permission (IPv4 and IPv6), in the order given. */
export function worldSources(permission: IpPermission): string[] {
  return [...permission.ipv4Ranges, ...permission.ipv6Ranges].filter(isWorldCidr);
}

export function describePortRange(permission: IpPermission): string {
  if (isAllProtocols(permission.protocol)) return 'all traffic';
  const protocol = TCP.has(permission.protocol) ? 'tcp' : UDP.has(permission.protocol) ? 'udp' : permission.protocol;
  const from = permission.fromPort;
  const to = permission.toPort;
  if (from === undefined || from === -1) return `${protocol}/all ports`;
  return from === to ? `${protocol}/${from}` : `${protocol}/${from}-${to}`;
}

// ---------- CIDR arithmetic (IPv4 and IPv6) ----------

interface ParsedCidr {
  family: 4 | 6;
  address: bigint;
  length: number;
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    value = (value << 8n) | BigInt(Number(part));
  }
  return value;
}

function parseIpv6(text: string): bigint | undefined {
  let body = text.toLowerCase();
  // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two hextets.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (v4?.[1]) {
    const tail = parseIpv4(v4[1]);
    if (tail === undefined) return undefined;
    body = `${body.slice(0, -v4[1].length)}${(tail >> 16n).toString(16)}:${(tail & 0xffffn).toString(16)}`;
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  let value = 0n;
  for (const group of groups) {
    if (!/^[0-9a-f]{1,4}$/.test(group)) return undefined;
    value = (value << 16n) | BigInt(parseInt(group, 16));
  }
  return value;
}

/** Parses `a.b.c.d/n` or an IPv6 CIDR; a bare address is a host route. Undefined when malformed. */
export function parseCidr(cidr: string): ParsedCidr | undefined {
  const [address = '', lengthText] = cidr.trim().split('/');
  const family: 4 | 6 = address.includes(':') ? 6 : 4;
  const parsed = family === 4 ? parseIpv4(address) : parseIpv6(address);
  const bits = family === 4 ? 32 : 128;
  const length = lengthText === undefined ? bits : Number(lengthText);
  if (parsed === undefined || !Number.isInteger(length) || length < 0 || length > bits) return undefined;
  return { family, address: parsed, length };
}

function networkOf(cidr: ParsedCidr): bigint {
  const bits = cidr.family === 4 ? 32 : 128;
  const hostBits = BigInt(bits - cidr.length);
  return (cidr.address >> hostBits) << hostBits;
}

/** Is every address of `inner` inside `outer`? Different families never contain each other. */
export function cidrContains(outer: string, inner: string): boolean {
  const a = parseCidr(outer);
  const b = parseCidr(inner);
  if (!a || !b || a.family !== b.family || b.length < a.length) return false;
  const bits = a.family === 4 ? 32 : 128;
  const hostBits = BigInt(bits - a.length);
  return networkOf(a) >> hostBits === networkOf(b) >> hostBits;
}

const NON_PUBLIC_RANGES = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10', // carrier-grade NAT
  '127.0.0.0/8',
  '169.254.0.0/16',
  'fc00::/7', // unique local
  'fe80::/10', // link local
  '::1/128',
];

/** Does the CIDR include addresses reachable from the internet (anything beyond private/loopback/link-local)? */
export function isPublicCidr(cidr: string): boolean {
  const parsed = parseCidr(cidr);
  if (!parsed) return false;
  return !NON_PUBLIC_RANGES.some((range) => cidrContains(range, cidr));
}

/** Is the CIDR inside one of the approved ranges? A world CIDR is never approvable. */
export function isApprovedCidr(cidr: string, approved: readonly string[]): boolean {
  if (isWorldCidr(cidr)) return false;
  return approved.some((range) => !isWorldCidr(range) && cidrContains(range, cidr));
}

/**
 * The CIDR sources of a permission, with the entries of every referenced prefix list expanded.
 * `prefixLists` maps prefix-list id → its CIDRs; ids missing from the map are returned in `unresolved`.
 */
export function expandSources(
  permission: IpPermission,
  prefixLists: ReadonlyMap<string, readonly string[]>,
): { sources: Array<{ cidr: string; via?: string }>; unresolved: string[] } {
  const sources: Array<{ cidr: string; via?: string }> = [...permission.ipv4Ranges, ...permission.ipv6Ranges].map((cidr) => ({ cidr }));
  const unresolved: string[] = [];
  for (const id of permission.prefixListIds) {
    const cidrs = prefixLists.get(id);
    if (!cidrs) unresolved.push(id);
    else sources.push(...cidrs.map((cidr) => ({ cidr, via: id })));
  }
  return { sources, unresolved };
}

export function describeSource(source: { cidr: string; via?: string }): string {
  return source.via ? `${source.cidr} (via prefix list ${source.via})` : source.cidr;
}

/** Is the protocol TCP or UDP (by name or number)? */
export function isTcpOrUdp(protocol: string): boolean {
  return TCP.has(protocol.toLowerCase()) || UDP.has(protocol.toLowerCase());
}

/** ICMP carries no ports; it is reported by no port-based check. */
export function isIcmp(protocol: string): boolean {
  return ['icmp', '1', 'icmpv6', '58'].includes(protocol.toLowerCase());
}

/** Prefix-list id → CIDRs for one region (prefix-list ids are regional). */
export function prefixListsIn(region: string, lists: ReadonlyArray<{ region: string; prefixListId: string; cidrs: string[] }>): Map<string, string[]> {
  return new Map(lists.filter((list) => list.region === region).map((list) => [list.prefixListId, list.cidrs]));
}

/** The ports of an inclusive TCP/UDP range that are not in `allowed` (at most `limit` of them, for messages). */
export function unapprovedPorts(permission: IpPermission, allowed: readonly number[], limit = 5): { count: number; sample: number[] } {
  const from = permission.fromPort === undefined || permission.fromPort === -1 ? 0 : permission.fromPort;
  const to = permission.toPort === undefined || permission.toPort === -1 ? 65535 : permission.toPort;
  const allowedInRange = new Set(allowed.filter((port) => port >= from && port <= to));
  const count = Math.max(0, to - from + 1 - allowedInRange.size);
  const sample: number[] = [];
  for (let port = from; port <= to && sample.length < limit; port += 1) if (!allowedInRange.has(port)) sample.push(port);
  return { count, sample };
}

/** Instance states in which an instance still exists and can be started again. */
export function isLiveInstanceState(state: string): boolean {
  return state !== 'terminated' && state !== 'shutting-down';
}

interface RouteTableLike {
  vpcId: string;
  subnetIds: string[];
  isMain: boolean;
  routes: Array<{ destinationCidr?: string; destinationIpv6Cidr?: string; target?: string; state?: string }>;
}

/** The route table a subnet uses: its explicit association, else its VPC's main table. */
export function routeTableForSubnet<T extends RouteTableLike>(tables: readonly T[], subnetId: string, vpcId: string | undefined): T | undefined {
  return tables.find((table) => table.subnetIds.includes(subnetId)) ?? tables.find((table) => table.isMain && table.vpcId === vpcId);
}

/** Does the table send the default route of this family to an internet gateway (egress-only gateways are not inbound paths)? */
export function hasInternetGatewayRoute(table: RouteTableLike, family: 4 | 6): boolean {
  return table.routes.some((route) => {
    const destination = family === 4 ? route.destinationCidr : route.destinationIpv6Cidr;
    return destination !== undefined && isWorldCidr(destination) && (route.target ?? '').startsWith('igw-') && route.state !== 'blackhole';
  });
}
