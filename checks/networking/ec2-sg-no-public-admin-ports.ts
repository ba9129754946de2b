import { defineCheck, fail, pass } from '../../src/model/check.js';
import { describePortRange, permissionCoversPort, worldSources } from '../../src/model/network.js';

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
  needs: ['ec2SecurityGroups'],
  rationale:
    'SSH and RDP open to 0.0.0.0/0 or ::/0 expose analysis hosts to constant brute-force and exploit traffic. dbGaP expects remote administration only from institutional networks or through SSM Session Manager.',
  remediation: {
    summary:
      'Remove the world-open rule; reach hosts through SSM Session Manager, a VPN or an approved institutional CIDR instead.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id SG_ID --ip-permissions IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=0.0.0.0/0}]',
  },
  evaluate({ ec2SecurityGroups }, { settings }) {
    const ports = settings.adminPorts;
    return ec2SecurityGroups.map((group) => {
      const exposures = group.ingress.flatMap((permission) => {
        const sources = worldSources(permission);
        const openPorts = ports.filter((port) => permissionCoversPort(permission, port));
        return sources.length > 0 && openPorts.length > 0
          ? [`${describePortRange(permission)} from ${sources.join(', ')} (reaches port ${openPorts.join(', ')})`]
          : [];
      });
      const label = `Security group ${group.groupId} (${group.groupName})`;
      return exposures.length > 0
        ? fail(group, `${label} allows ${exposures.join('; ')}.`)
        : pass(group, `${label} allows no administrative port (${ports.join(', ')}) from the internet.`);
    });
  },
});
