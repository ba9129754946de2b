import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import {
  describePortRange,
  describeSource,
  expandSources,
  isIcmp,
  isTcpOrUdp,
  isWorldCidr,
  permissionOpensAllPorts,
  prefixListsIn,
  unapprovedPorts,
} from '../../src/model/network.js';

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
    const authorized = settings.authorizedPublicPorts;
    return ec2SecurityGroups.map((group) => {
      const prefixLists = prefixListsIn(group.region, ec2PrefixLists);
      const allPorts: string[] = [];
      const otherPorts: string[] = [];
      const unresolved = new Set<string>();
      for (const permission of group.ingress) {
        // ICMP has no ports; it is outside what this check (and EC2.18/EC2.19) judges.
        if (isIcmp(permission.protocol)) continue;
        const { sources, unresolved: missing } = expandSources(permission, prefixLists);
        missing.forEach((id) => unresolved.add(id));
        const world = sources.filter((source) => isWorldCidr(source.cidr));
        if (world.length === 0) continue;
        const from = world.map(describeSource).join(', ');
        if (permissionOpensAllPorts(permission)) {
          allPorts.push(`${describePortRange(permission)} from ${from}`);
        } else if (isTcpOrUdp(permission.protocol)) {
          const { count, sample } = unapprovedPorts(permission, authorized);
          if (count > 0) {
            const shown = count > sample.length ? `${sample.join(', ')}… (${count} ports)` : sample.join(', ');
            otherPorts.push(`${describePortRange(permission)} from ${from} (not authorized: ${shown})`);
          }
        } else {
          // Portless protocols (GRE, ESP…) open to the world are never on the authorized-ports list.
          otherPorts.push(`protocol ${permission.protocol} from ${from}`);
        }
      }
      const label = `Security group ${group.groupId} (${group.groupName})`;
      if (allPorts.length > 0) return fail(group, `${label} is open to the internet on all ports: ${[...allPorts, ...otherPorts].join('; ')}.`);
      if (otherPorts.length > 0) return fail(group, `${label} is open to the internet on unapproved ports: ${otherPorts.join('; ')}.`, 'high');
      if (unresolved.size > 0) return error(group, `${label} references prefix list ${[...unresolved].join(', ')}, whose entries could not be read.`);
      return pass(group, `${label} opens no port to the internet beyond the authorized ones (${authorized.join(', ') || 'none'}).`);
    });
  },
});
