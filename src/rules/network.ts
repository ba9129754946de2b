/** Protocols and ports of security-group permissions and network-ACL entries. */
import type { IpPermission } from '../model/items/ec2.js';
import { IntervalSet } from './interval-set.js';

/** A protocol by canonical name: `all`, `tcp`, `udp`, `icmp`, `icmpv6`, or another IANA number as a string. */
export type Protocol = string;

const PROTOCOL_NAMES: Record<string, Protocol> = {
  '-1': 'all',
  all: 'all',
  '6': 'tcp',
  tcp: 'tcp',
  '17': 'udp',
  udp: 'udp',
  '1': 'icmp',
  icmp: 'icmp',
  '58': 'icmpv6',
  icmpv6: 'icmpv6',
};

/** EC2 spells protocols by name or by number (`6`, `tcp`, `-1`); one spelling per protocol from here on. */
export function normalizeProtocol(protocol: string): Protocol {
  const text = protocol.trim().toLowerCase();
  return PROTOCOL_NAMES[text] ?? text;
}

export function isAllProtocols(protocol: string): boolean {
  return normalizeProtocol(protocol) === 'all';
}

/** Is the protocol TCP or UDP (by name or number)? */
export function isTcpOrUdp(protocol: string): boolean {
  const name = normalizeProtocol(protocol);
  return name === 'tcp' || name === 'udp';
}

/** ICMP carries types and codes, not ports; no port-based check judges it. */
export function isIcmp(protocol: string): boolean {
  const name = normalizeProtocol(protocol);
  return name === 'icmp' || name === 'icmpv6';
}

export const MAX_PORT = 65535;
export const ALL_PORTS = IntervalSet.range(0n, BigInt(MAX_PORT));
/** Port 0 is reserved and never carries a connection: a range of 1-65535 opens every usable port. */
export const USABLE_PORTS = IntervalSet.range(1n, BigInt(MAX_PORT));

export function portSet(from: number, to: number): IntervalSet {
  return IntervalSet.range(BigInt(Math.max(0, from)), BigInt(Math.min(MAX_PORT, to)));
}

/**
 * The TCP/UDP ports a permission opens: its inclusive range, every port for protocol `-1`, none for portless
 * protocols. EC2 reports -1 (or nothing) for "all ports" on some protocols.
 */
export function permissionPorts(permission: Pick<IpPermission, 'protocol' | 'fromPort' | 'toPort'>): IntervalSet {
  if (isAllProtocols(permission.protocol)) return ALL_PORTS;
  if (!isTcpOrUdp(permission.protocol)) return IntervalSet.EMPTY;
  const from = permission.fromPort;
  const to = permission.toPort;
  if (from === undefined || to === undefined || from === -1 || to === -1) return ALL_PORTS;
  return portSet(from, to);
}

/** Ports for a message: `22`, `80-442, 444-65535`, at most `limit` ranges then a count. */
export function describePorts(ports: IntervalSet, limit = 4): string {
  const ranges = ports.intervals.map(([start, end]) => (start === end ? `${start}` : `${start}-${end}`));
  if (ranges.length <= limit) return ranges.join(', ');
  return `${ranges.slice(0, limit).join(', ')}… (${ports.size()} ports)`;
}

/** A permission's protocol and ports as written: `tcp/22`, `udp/3380-3390`, `all traffic`, `protocol 47`. */
export function describePortRange(permission: Pick<IpPermission, 'protocol' | 'fromPort' | 'toPort'>): string {
  const protocol = normalizeProtocol(permission.protocol);
  if (protocol === 'all') return 'all traffic';
  if (protocol !== 'tcp' && protocol !== 'udp') return isIcmp(protocol) ? protocol : `protocol ${protocol}`;
  const from = permission.fromPort;
  const to = permission.toPort;
  if (from === undefined || from === -1 || to === undefined || to === -1) return `${protocol}/all ports`;
  return from === to ? `${protocol}/${from}` : `${protocol}/${from}-${to}`;
}

/** Prefix-list id → CIDRs for one region (prefix-list ids are regional). */
export function prefixListsIn(
  region: string,
  lists: ReadonlyArray<{ region: string; prefixListId: string; cidrs: string[] }>,
): Map<string, string[]> {
  return new Map(lists.filter((list) => list.region === region).map((list) => [list.prefixListId, list.cidrs]));
}
