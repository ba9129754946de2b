import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import {
  describePortRange,
  describeSource,
  expandSources,
  isApprovedCidr,
  isPublicCidr,
  isWorldCidr,
  permissionCoversPort,
  prefixListsIn,
} from '../../src/model/network.js';

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
    const approved = settings.approvedAdminCidrs;
    return ec2SecurityGroups.map((group) => {
      const prefixLists = prefixListsIn(group.region, ec2PrefixLists);
      const worldOpen: string[] = [];
      const unapproved: string[] = [];
      const unresolved = new Set<string>();
      for (const permission of group.ingress) {
        const openPorts = ports.filter((port) => permissionCoversPort(permission, port));
        if (openPorts.length === 0) continue;
        const { sources, unresolved: missing } = expandSources(permission, prefixLists);
        missing.forEach((id) => unresolved.add(id));
        const reach = `${describePortRange(permission)}, reaching port ${openPorts.join(', ')}`;
        const world = sources.filter((source) => isWorldCidr(source.cidr));
        if (world.length > 0) worldOpen.push(`${reach} from ${world.map(describeSource).join(', ')}`);
        // Once the institution lists its admin ranges, any other internet range is also out of policy.
        if (approved.length > 0) {
          const outside = sources.filter(
            (source) => !isWorldCidr(source.cidr) && isPublicCidr(source.cidr) && !isApprovedCidr(source.cidr, approved),
          );
          if (outside.length > 0) unapproved.push(`${reach} from ${outside.map(describeSource).join(', ')}`);
        }
      }
      const label = `Security group ${group.groupId} (${group.groupName})`;
      if (worldOpen.length > 0) return fail(group, `${label} allows ${worldOpen.join('; ')}.`);
      if (unresolved.size > 0) {
        return error(group, `${label} opens an administrative port to prefix list ${[...unresolved].join(', ')}, whose entries could not be read.`);
      }
      if (unapproved.length > 0) {
        return fail(group, `${label} allows ${unapproved.join('; ')}, outside the approved admin CIDRs (${approved.join(', ')}).`, 'medium');
      }
      return pass(group, `${label} allows no administrative port (${ports.join(', ')}) from the internet.`);
    });
  },
});
