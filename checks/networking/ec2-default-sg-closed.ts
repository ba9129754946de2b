import { defineCheck, fail, pass } from '../../src/model/check.js';
import type { IpPermission } from '../../src/model/items/ec2.js';
import { describeAddresses } from '../../src/rules/cidr-set.js';
import { describePorts } from '../../src/rules/network.js';
import { readRules, worldOpenPorts } from '../../src/rules/security-group-exposure.js';

/**
 * What the inbound rules open to the internet, for the message: any rule fails this check, but a default group the
 * internet can reach (however its CIDRs are split) is the one to fix first. Prefix lists are not read here.
 */
function internetOpenings(ingress: readonly IpPermission[]): string {
  const rules = readRules(ingress, new Map());
  const openings = (['tcp', 'udp'] as const).flatMap((protocol) => {
    return worldOpenPorts(rules, protocol).openings.map((opening) => `${protocol}/${describePorts(opening.ports)} from ${describeAddresses(opening.sources)}`);
  });
  return openings.length > 0 ? `; its inbound rules admit the internet to ${openings.join(' and ')}` : '';
}

export default defineCheck({
  id: 'ec2-default-sg-closed',
  title: 'Default security groups have no inbound or outbound rules',
  controlArea: 'networking',
  severity: 'medium',
  nist: {
    sp800_53r5: ['SC-7', 'SC-7(5)', 'AC-4(21)'],
    sp800_171r2: ['3.1.3', '3.4.7', '3.13.5', '3.13.6'],
    sp800_171r3: ['03.01.03', '03.04.06', '03.13.01', '03.13.06'],
  },
  needs: ['ec2SecurityGroups'],
  rationale:
    'Anything launched without an explicit security group lands in the VPC default group, whose stock rules let every member talk to every other and reach anywhere. Emptying it forces each analysis host to get a deliberately designed group.',
  remediation: {
    summary:
      'Remove every rule from each default security group. Attach purpose-built groups to resources first: a resource that relies on the default group loses that traffic.',
    cli: `aws ec2 describe-network-interfaces --filters Name=group-id,Values=SG_ID --query "NetworkInterfaces[].NetworkInterfaceId" && aws ec2 revoke-security-group-ingress --group-id SG_ID --ip-permissions 'IpProtocol=-1,UserIdGroupPairs=[{GroupId=SG_ID}]' && aws ec2 revoke-security-group-egress --group-id SG_ID --ip-permissions 'IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]'  # removes the default rules: move the interfaces listed first to purpose-built groups`,
    docUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
  },
  evaluate({ ec2SecurityGroups }) {
    return ec2SecurityGroups
      .filter((group) => group.groupName === 'default')
      .map((group) => {
        const label = `Default security group ${group.groupId}${group.vpcId ? ` of ${group.vpcId}` : ''}`;
        const ingress = group.ingress.length;
        const egress = group.egress.length;
        return ingress === 0 && egress === 0
          ? pass(group, `${label} has no rules.`)
          : fail(group, `${label} has ${ingress} inbound and ${egress} outbound rule(s)${internetOpenings(group.ingress)}.`);
      });
  },
});
