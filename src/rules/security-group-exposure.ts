/**
 * Who can reach what through a security group. Security groups only allow, and "if there is more than one rule for
 * a specific port, we apply the most permissive rule" (Amazon VPC User Guide, "Security group rules"): the sources
 * that reach a port are the union over every rule covering it, and over the CIDRs of every prefix list a rule names.
 * Several rules that each admit part of the internet together admit all of it.
 *
 * A source that cannot be read (a prefix list whose entries were not collected, a CIDR that does not parse) may be
 * any address. Every answer therefore comes in two bounds: `known`, from what was read, and `possible`, with every
 * unreadable source taken as every address. A verdict that holds at both bounds is a verdict; otherwise it is unknown.
 */
import type { IpPermission } from '../model/items/ec2.js';
import { CidrSet, isPublic, isWorld } from './cidr-set.js';
import { IntervalSet } from './interval-set.js';
import { describePortRange, normalizeProtocol, permissionPorts, type Protocol } from './network.js';

/** One permission, read once: its protocol, its TCP/UDP ports, and its sources as a set. */
export interface SecurityGroupRule {
  protocol: Protocol;
  /** TCP/UDP ports covered (every port for protocol `all`, none for a portless protocol). */
  ports: IntervalSet;
  /** The CIDR sources, prefix lists expanded; security-group references are never internet sources. */
  sources: CidrSet;
  /** Sources that could not be read: `prefix list pl-1`, `malformed CIDR 1.2.3/8`. */
  unknownSources: string[];
  /** For messages: `tcp/22 from 0.0.0.0/1, 198.51.100.0/24 (via prefix list pl-1)`. */
  description: string;
}

/** Sources reaching one protocol/port through the union of rules. */
export interface ReachingSources {
  known: CidrSet;
  /** `known`, plus every address if some rule covering the port has an unreadable source. */
  possible: CidrSet;
  /** The rules that cover the port and admit some internet (or unreadable) source, for messages. */
  rules: SecurityGroupRule[];
  unknownSources: string[];
}

const LISTED_ENTRIES = 3;

/** Reads every permission once; `prefixLists` maps prefix-list id → CIDRs (one region's lists). */
export function readRules(permissions: readonly IpPermission[], prefixLists: ReadonlyMap<string, readonly string[]>): SecurityGroupRule[] {
  return permissions.map((permission) => {
    const parsed = CidrSet.parse([...permission.ipv4Ranges, ...permission.ipv6Ranges]);
    let sources = parsed.set;
    const unknownSources = parsed.malformed.map((cidr) => `malformed CIDR ${JSON.stringify(cidr)}`);
    const spelled = [...permission.ipv4Ranges, ...permission.ipv6Ranges];
    for (const id of permission.prefixListIds) {
      const cidrs = prefixLists.get(id);
      if (!cidrs) {
        unknownSources.push(`prefix list ${id}`);
        spelled.push(`prefix list ${id} (unreadable)`);
        continue;
      }
      const listed = CidrSet.parse(cidrs);
      sources = sources.union(listed.set);
      unknownSources.push(...listed.malformed.map((cidr) => `malformed CIDR ${JSON.stringify(cidr)} in prefix list ${id}`));
      // A managed list can hold hundreds of entries: a message names a few.
      spelled.push(
        ...(cidrs.length <= LISTED_ENTRIES
          ? cidrs.map((cidr) => `${cidr} (via prefix list ${id})`)
          : [`prefix list ${id} (${cidrs.length} CIDRs: ${cidrs.slice(0, LISTED_ENTRIES).join(', ')}…)`]),
      );
    }
    spelled.push(...permission.referencedGroupIds);
    return {
      protocol: normalizeProtocol(permission.protocol),
      ports: permissionPorts(permission),
      sources,
      unknownSources,
      description: `${describePortRange(permission)} from ${spelled.join(', ') || 'no source'}`,
    };
  });
}

function gather(rules: readonly SecurityGroupRule[]): ReachingSources {
  const known = rules.reduce((union, rule) => union.union(rule.sources), CidrSet.EMPTY);
  const unknownSources = [...new Set(rules.flatMap((rule) => rule.unknownSources))];
  return {
    known,
    possible: unknownSources.length > 0 ? CidrSet.ALL : known,
    rules: rules.filter((rule) => isPublic(rule.sources) || rule.unknownSources.length > 0),
    unknownSources,
  };
}

function coversPort(rule: SecurityGroupRule, protocol: 'tcp' | 'udp', port: bigint): boolean {
  return (rule.protocol === 'all' || rule.protocol === protocol) && rule.ports.has(port);
}

/** The sources that reach `port` over `protocol`: the union of every rule covering it (protocol `all` included). */
export function sourcesReachingPort(rules: readonly SecurityGroupRule[], protocol: 'tcp' | 'udp', port: number): ReachingSources {
  return gather(rules.filter((rule) => coversPort(rule, protocol, BigInt(port))));
}

/** The sources that reach a portless protocol (GRE, ESP, ICMP…): rules of that protocol and of protocol `all`. */
export function sourcesReachingProtocol(rules: readonly SecurityGroupRule[], protocol: Protocol): ReachingSources {
  return gather(rules.filter((rule) => rule.protocol === 'all' || rule.protocol === protocol));
}

/** Ports that the same sources reach through the same rules. */
export interface WorldOpening {
  ports: IntervalSet;
  sources: CidrSet;
  rules: SecurityGroupRule[];
}

export interface WorldOpenPorts {
  /** Ports the world certainly reaches over the protocol. */
  known: IntervalSet;
  /** Ports it may reach if unreadable sources held every address. */
  possible: IntervalSet;
  /** `known`, grouped by the sources that reach the ports and the rules that admit them, for messages. */
  openings: WorldOpening[];
}

/**
 * The TCP or UDP ports that the union of rules opens to the world. The port axis is cut at every rule's edges, so
 * within a piece the same rules apply; the world test is made on the union of those rules' sources.
 */
export function worldOpenPorts(rules: readonly SecurityGroupRule[], protocol: 'tcp' | 'udp'): WorldOpenPorts {
  const relevant = rules.filter((rule) => (rule.protocol === 'all' || rule.protocol === protocol) && !rule.ports.isEmpty());
  const edges = new Set<bigint>();
  for (const rule of relevant) for (const [start, end] of rule.ports.intervals) edges.add(start).add(end + 1n);
  const cuts = [...edges].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const possible: Array<readonly [bigint, bigint]> = [];
  const openings: WorldOpening[] = [];
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const start = cuts[index] as bigint;
    const end = (cuts[index + 1] as bigint) - 1n;
    const reaching = gather(relevant.filter((rule) => rule.ports.has(start)));
    if (isWorld(reaching.possible)) possible.push([start, end]);
    if (!isWorld(reaching.known)) continue;
    const same = openings.find((opening) => opening.sources.equals(reaching.known));
    const piece = IntervalSet.range(start, end);
    if (same) {
      same.ports = same.ports.union(piece);
      same.rules = [...new Set([...same.rules, ...reaching.rules])];
    } else {
      openings.push({ ports: piece, sources: reaching.known, rules: reaching.rules });
    }
  }
  const known = openings.reduce((union, opening) => union.union(opening.ports), IntervalSet.EMPTY);
  return { known, possible: IntervalSet.of(possible), openings };
}
