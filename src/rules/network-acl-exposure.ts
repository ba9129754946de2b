/**
 * Which source addresses a network ACL admits to a port. NACL rules "are evaluated starting with the lowest
 * numbered rule. As soon as a rule matches traffic, it's applied regardless of any higher-numbered rule that might
 * contradict it" (Amazon VPC User Guide, "Network ACL rules"); traffic no rule matches meets the final `*` deny.
 * So the answer is computed per address: walking the rules in number order, each rule decides the addresses it
 * matches that no earlier rule decided. A lower-numbered allow of 0.0.0.0/1 beats a later 0.0.0.0/0 deny for half
 * the internet; a lower-numbered deny of part of the space shrinks what a later allow admits.
 *
 * An entry that cannot be read (no CIDR, a CIDR that does not parse, TCP/UDP without a port range) may match any
 * traffic. The answer comes in two bounds: `known` reads it as matching nothing when it allows and everything when
 * it denies; `possible` the other way round. Dropping an allow or widening a deny never admits more, so the true
 * answer lies between them.
 */
import type { NetworkAclEntry } from '../model/items/ec2.js';
import { CidrSet } from './cidr-set.js';
import { normalizeProtocol } from './network.js';

interface ReadEntry {
  ruleNumber: number;
  /** The CIDR as written, for messages. */
  cidr: string;
  allow: boolean;
  protocol: string;
  ports?: { from: number; to: number };
  /** The entry's addresses, or undefined when they cannot be read. */
  addresses?: CidrSet;
  /** Why the entry cannot be read, when it cannot. */
  unreadable?: string;
}

function readEntry(entry: NetworkAclEntry): ReadEntry {
  const protocol = normalizeProtocol(entry.protocol);
  const cidr = entry.cidrBlock ?? entry.ipv6CidrBlock;
  const read: ReadEntry = { ruleNumber: entry.ruleNumber, cidr: cidr ?? 'no CIDR', allow: entry.ruleAction === 'allow', protocol };
  const parsed = cidr === undefined ? undefined : CidrSet.parse([cidr]);
  if (parsed && parsed.malformed.length === 0) read.addresses = parsed.set;
  else read.unreadable = cidr === undefined ? 'has no CIDR' : `has the unreadable CIDR ${JSON.stringify(cidr)}`;
  if (protocol === 'tcp' || protocol === 'udp') {
    if (entry.portRange) read.ports = entry.portRange;
    else read.unreadable ??= `is ${protocol} without a port range`;
  }
  return read;
}

function matchesPort(entry: ReadEntry, protocol: 'tcp' | 'udp', port: number): boolean {
  if (entry.protocol === 'all') return true;
  if (entry.protocol !== protocol) return false;
  return entry.ports === undefined || (entry.ports.from <= port && port <= entry.ports.to);
}

/** One allow rule and the addresses it decided. */
export interface AdmittingRule {
  ruleNumber: number;
  /** The entry's CIDR as written. */
  cidr: string;
  /** The addresses it decided: its CIDR less what lower-numbered rules decided first. */
  addresses: CidrSet;
}

export interface AdmittedSources {
  /** Addresses admitted, reading unreadable entries in the way that admits least. */
  known: CidrSet;
  /** Addresses admitted, reading unreadable entries in the way that admits most. */
  possible: CidrSet;
  /** The allow rules that decided `known`, in rule order. */
  rules: AdmittingRule[];
  /** `rule 90 has no CIDR`, for every unreadable entry that could have mattered. */
  unreadable: string[];
}

function walk(entries: readonly ReadEntry[], protocol: 'tcp' | 'udp', port: number, bound: 'known' | 'possible') {
  let undecided = CidrSet.ALL;
  let admitted = CidrSet.EMPTY;
  const rules: AdmittingRule[] = [];
  for (const entry of entries) {
    if (undecided.isEmpty()) break;
    let matched: CidrSet;
    if (entry.unreadable === undefined) {
      if (!matchesPort(entry, protocol, port)) continue;
      matched = entry.addresses ?? CidrSet.EMPTY;
    } else {
      // The reading that admits least (known) drops unreadable allows and widens unreadable denies; `possible`
      // does the opposite.
      const widen = bound === 'known' ? !entry.allow : entry.allow;
      if (!widen) continue;
      matched = CidrSet.ALL;
    }
    const decided = matched.intersect(undecided);
    if (decided.isEmpty()) continue;
    undecided = undecided.subtract(decided);
    if (entry.allow) {
      admitted = admitted.union(decided);
      rules.push({ ruleNumber: entry.ruleNumber, cidr: entry.cidr, addresses: decided });
    }
  }
  return { admitted, rules };
}

/**
 * The source addresses that the ingress entries admit to `port` over `protocol`: those whose first matching rule
 * (lowest rule number) allows. Egress entries are ignored.
 */
export function admittedSources(entries: readonly NetworkAclEntry[], protocol: 'tcp' | 'udp', port: number): AdmittedSources {
  const ingress = entries
    .filter((entry) => !entry.egress)
    .map(readEntry)
    .sort((a, b) => a.ruleNumber - b.ruleNumber);
  const known = walk(ingress, protocol, port, 'known');
  const possible = walk(ingress, protocol, port, 'possible');
  return {
    known: known.admitted,
    possible: possible.admitted,
    rules: known.rules,
    unreadable: ingress.filter((entry) => entry.unreadable !== undefined).map((entry) => `rule ${entry.ruleNumber} ${entry.unreadable}`),
  };
}
