import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { CidrSet, describeAddresses, isWorld, PUBLIC_SPACE } from '../../src/rules/cidr-set.js';
import { prefixListsIn } from '../../src/rules/network.js';
import { readRules, sourcesReachingPort, type SecurityGroupRule } from '../../src/rules/security-group-exposure.js';

/**
 * The institution's admin ranges as one set. No institution owns the world: an entry that alone spans it
 * (0.0.0.0/0, 0.0.0.0/1…) is dropped, and if the rest together still span it (the internet in /8s) the list
 * approves nothing, since "approved" would otherwise mean "open to everyone", the very thing this check is for.
 */
function approvedRanges(cidrs: readonly string[]): { ranges: CidrSet; note: string } {
  const entries = cidrs.map((cidr) => ({ cidr, ...CidrSet.parse([cidr]) }));
  const dropped = entries.filter(({ set, malformed }) => malformed.length > 0 || isWorld(set)).map(({ cidr }) => cidr);
  const ranges = entries.reduce((union, { set }) => (isWorld(set) ? union : union.union(set)), CidrSet.EMPTY);
  if (isWorld(ranges)) return { ranges: CidrSet.EMPTY, note: ' (approvedAdminCidrs together span the internet, so they approve nothing)' };
  return { ranges, note: dropped.length > 0 ? ` (${dropped.join(', ')} in approvedAdminCidrs approve nothing)` : '' };
}

interface Opening {
  protocol: string;
  sources: CidrSet;
  rules: SecurityGroupRule[];
}

/** `port 22 (tcp+udp) from <range> through <rules>`, one protocol label when both see the same sources. */
function describeOpening(port: number, openings: Opening[]): string[] {
  const [first, second] = openings;
  const merged = first && second && first.sources.equals(second.sources) ? [{ protocol: 'tcp+udp', sources: first.sources, rules: [...first.rules, ...second.rules] }] : openings;
  return merged.map(({ protocol, sources, rules }) => {
    const through = [...new Set(rules.map((rule) => rule.description))].join('; ');
    return `port ${port} (${protocol}) from ${describeAddresses(sources)} through ${through}`;
  });
}

export default defineCheck({
  id: 'ec2-sg-no-public-admin-ports',
  title: 'No security group allows administrative ports (SSH, RDP) from the internet',
  controlArea: 'networking',
  severity: 'high',
  nist: {
    sp800_53r5: ['AC-17', 'SC-7', 'SC-7(5)', 'CM-7'],
    sp800_171r2: ['3.1.14', '3.4.7', '3.13.1', '3.13.6'],
    sp800_171r3: ['03.01.12', '03.04.06', '03.13.01', '03.13.06'],
  },
  needs: ['ec2SecurityGroups', 'ec2PrefixLists'],
  rationale:
    'SSH and RDP open to 0.0.0.0/0 or ::/0 expose analysis hosts to constant brute-force and exploit traffic. dbGaP expects remote administration only from institutional networks or through SSM Session Manager.',
  remediation: {
    summary:
      'Replace the world-open admin port rule with approved sources. Remove the 0.0.0.0/0 or ::/0 rule (or that entry of the referenced prefix list); reach hosts through SSM Session Manager, a VPN or an approved institutional CIDR instead.',
    cli: `aws ec2 authorize-security-group-ingress --group-id SG_ID --ip-permissions 'IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=APPROVED_CIDR}]' && aws ec2 revoke-security-group-ingress --group-id SG_ID --ip-permissions 'IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=0.0.0.0/0}]'  # adds the approved range before removing the open one, so administrators are not locked out`,
    docUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  },
  evaluate({ ec2SecurityGroups, ec2PrefixLists }, { settings }) {
    const ports = settings.adminPorts;
    const judgesRanges = settings.approvedAdminCidrs.length > 0;
    const approved = approvedRanges(settings.approvedAdminCidrs);
    return ec2SecurityGroups.map((group) => {
      const rules = readRules(group.ingress, prefixListsIn(group.region, ec2PrefixLists));
      const worldOpen: string[] = [];
      const unapproved: string[] = [];
      const unknown = new Set<string>();
      for (const port of ports) {
        const world: Opening[] = [];
        const outside: Opening[] = [];
        for (const protocol of ['tcp', 'udp'] as const) {
          // Security groups are unions: every rule covering the port adds its sources.
          const reaching = sourcesReachingPort(rules, protocol, port);
          if (isWorld(reaching.known)) world.push({ protocol, sources: reaching.known, rules: reaching.rules });
          else if (isWorld(reaching.possible)) reaching.unknownSources.forEach((source) => unknown.add(source));
          // Once the institution lists its admin ranges, any other internet address is also out of policy.
          if (!judgesRanges) continue;
          const known = reaching.known.intersect(PUBLIC_SPACE).subtract(approved.ranges);
          if (!known.isEmpty()) outside.push({ protocol, sources: known, rules: reaching.rules });
          else if (!reaching.possible.intersect(PUBLIC_SPACE).subtract(approved.ranges).isEmpty()) {
            reaching.unknownSources.forEach((source) => unknown.add(source));
          }
        }
        worldOpen.push(...describeOpening(port, world));
        unapproved.push(...describeOpening(port, outside));
      }
      const label = `Security group ${group.groupId} (${group.groupName})`;
      if (worldOpen.length > 0) return fail(group, `${label} admits the internet to ${worldOpen.join('; ')}.`);
      if (unknown.size > 0) {
        return error(group, `${label} may admit the internet to an administrative port through ${[...unknown].join(', ')}, which could not be read.`);
      }
      if (unapproved.length > 0) {
        return fail(group, `${label} admits ${unapproved.join('; ')}, outside the approved admin CIDRs${approved.note}.`, 'medium');
      }
      return pass(group, `${label} admits no administrative port (${ports.join(', ')}) from the internet.`);
    });
  },
});
