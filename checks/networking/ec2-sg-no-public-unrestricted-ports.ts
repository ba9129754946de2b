import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { CidrSet, describeAddresses, isWorld } from '../../src/rules/cidr-set.js';
import { IntervalSet } from '../../src/rules/interval-set.js';
import { describePorts, isIcmp, prefixListsIn, USABLE_PORTS } from '../../src/rules/network.js';
import {
  readRules,
  sourcesReachingProtocol,
  worldOpenPorts,
  type SecurityGroupRule,
  type WorldOpening,
} from '../../src/rules/security-group-exposure.js';

function throughRules(sources: CidrSet, rules: readonly SecurityGroupRule[]): string {
  return `from ${describeAddresses(sources)} through ${[...new Set(rules.map((rule) => rule.description))].join('; ')}`;
}

/** `tcp/80-442 from <range> through <rules>`: the unauthorized ports of each group reached by the same sources. */
function describeUnauthorized(protocol: string, openings: readonly WorldOpening[], authorized: IntervalSet): string[] {
  return openings.flatMap((opening) => {
    const ports = opening.ports.subtract(authorized);
    return ports.isEmpty() ? [] : [`${protocol}/${describePorts(ports)} ${throughRules(opening.sources, opening.rules)}`];
  });
}

export default defineCheck({
  id: 'ec2-sg-no-public-unrestricted-ports',
  title: 'No security group is open to the internet on all ports or on unapproved ports',
  controlArea: 'networking',
  severity: 'critical',
  nist: {
    sp800_53r5: ['SC-7', 'SC-7(5)', 'AC-4(21)', 'AC-17', 'CM-7'],
    sp800_171r2: ['3.4.7', '3.13.1', '3.13.6'],
    sp800_171r3: ['03.04.06', '03.13.01', '03.13.06'],
  },
  needs: ['ec2SecurityGroups', 'ec2PrefixLists'],
  rationale:
    'Hosts that process controlled-access data should accept no unsolicited traffic from the internet. A group open on every port turns any listening service (Jupyter, RStudio, databases) into an exposure; even single ports need an explicit decision to be public.',
  remediation: {
    summary:
      'Scope world-open rules to the load balancer, VPN or institution ranges. Keep only ports listed in authorizedPublicPorts open to the internet.',
    cli: `aws ec2 authorize-security-group-ingress --group-id SG_ID --ip-permissions 'IpProtocol=-1,IpRanges=[{CidrIp=INSTITUTION_CIDR}]' && aws ec2 revoke-security-group-ingress --group-id SG_ID --ip-permissions 'IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]'  # adds the scoped range before removing the open one`,
    docUrl: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html',
  },
  evaluate({ ec2SecurityGroups, ec2PrefixLists }, { settings }) {
    const authorized = IntervalSet.of(settings.authorizedPublicPorts.map((port) => [BigInt(port), BigInt(port)] as const));
    return ec2SecurityGroups.map((group) => {
      const rules = readRules(group.ingress, prefixListsIn(group.region, ec2PrefixLists));
      const allPorts: Array<{ protocol: string; through: string }> = [];
      const otherPorts: string[] = [];
      const unknown = new Set<string>();
      const noteUnknown = (from: readonly SecurityGroupRule[]) => from.forEach((rule) => rule.unknownSources.forEach((source) => unknown.add(source)));
      // Security groups are unions: a port is world-open when the rules covering it together admit the world.
      for (const protocol of ['tcp', 'udp'] as const) {
        const open = worldOpenPorts(rules, protocol);
        if (open.known.covers(USABLE_PORTS)) {
          const admitting = [...new Set(open.openings.flatMap((opening) => opening.rules))];
          const sources = open.openings.reduce((union, opening) => union.union(opening.sources), CidrSet.EMPTY);
          allPorts.push({ protocol, through: throughRules(sources, admitting) });
          continue;
        }
        otherPorts.push(...describeUnauthorized(protocol, open.openings, authorized));
        // Only decides when nothing known fails: then a possible unauthorized port makes the verdict unknown.
        if (!open.possible.subtract(authorized).isEmpty()) noteUnknown(rules.filter((rule) => rule.protocol === 'all' || rule.protocol === protocol));
      }
      // Portless protocols (GRE, ESP…) open to the world are never on the authorized-ports list. ICMP has no
      // ports: it is outside what this check (and EC2.18/EC2.19) judges.
      const portless = new Set(rules.map((rule) => rule.protocol).filter((protocol) => !['all', 'tcp', 'udp'].includes(protocol) && !isIcmp(protocol)));
      for (const protocol of portless) {
        const reaching = sourcesReachingProtocol(rules, protocol);
        if (isWorld(reaching.known)) otherPorts.push(`protocol ${protocol} ${throughRules(reaching.known, reaching.rules)}`);
        else if (isWorld(reaching.possible)) noteUnknown(reaching.rules);
      }
      const label = `Security group ${group.groupId} (${group.groupName})`;
      if (allPorts.length > 0) {
        // One allow-all rule opens TCP and UDP alike: say it once.
        const [tcp, udp] = allPorts;
        const merged = tcp && udp && tcp.through === udp.through ? [{ protocol: 'tcp+udp', through: tcp.through }] : allPorts;
        const opened = merged.map(({ protocol, through }) => `${protocol}/all ports ${through}`);
        return fail(group, `${label} is open to the internet on all ports: ${[...opened, ...otherPorts].join('; ')}.`);
      }
      if (otherPorts.length > 0) return fail(group, `${label} is open to the internet on unapproved ports: ${otherPorts.join('; ')}.`, 'high');
      if (unknown.size > 0) return error(group, `${label} may be open to the internet through ${[...unknown].join(', ')}, which could not be read.`);
      return pass(group, `${label} opens no port to the internet beyond the authorized ones (${settings.authorizedPublicPorts.join(', ') || 'none'}).`);
    });
  },
});
