/** Port and CIDR reasoning for security groups and network ACLs. */
import type { IpPermission } from './inventory.js';

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
