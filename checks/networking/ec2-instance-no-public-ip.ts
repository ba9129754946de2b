import { defineCheck, error, fail, pass, type Finding } from '../../src/model/check.js';
import { describeAddresses, isWorld } from '../../src/rules/cidr-set.js';
import { isLiveInstanceState } from '../../src/rules/instance-state.js';
import { internetGatewayDestinations, routeTableForSubnet } from '../../src/rules/route-tables.js';

export default defineCheck({
  id: 'ec2-instance-no-public-ip',
  title: 'Instances have no public IPv4 or internet-routable IPv6 address, and subnets do not auto-assign public IPs',
  controlArea: 'networking',
  severity: 'high',
  nist: {
    sp800_53r5: ['AC-3', 'AC-4(21)', 'SC-7', 'SC-7(3)'],
    sp800_171r2: ['3.1.3', '3.1.14', '3.13.5'],
    sp800_171r3: ['03.01.03', '03.01.12', '03.13.01'],
  },
  needs: ['ec2Instances', 'ec2Subnets', 'ec2RouteTables'],
  rationale:
    'Hosts that process controlled-access data belong in private subnets, reached through a VPN, a bastion or Session Manager. A public address puts the host one security-group mistake away from the internet; subnets that auto-assign public IPs make that the default for every new instance.',
  remediation: {
    summary:
      'Move data instances to private subnets, or release their public IPs. Turn off auto-assign public IPv4 on subnets, and tag genuine bastions with the public-exempt tag.',
    cli: 'aws ec2 modify-subnet-attribute --subnet-id SUBNET_ID --no-map-public-ip-on-launch  # affects instances launched later; running instances keep their addresses',
    docUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html',
  },
  evaluate({ ec2Instances, ec2Subnets, ec2RouteTables }, { settings }) {
    const exemptTag = settings.publicExemptTag;
    const instanceFindings = ec2Instances
      .filter((instance) => isLiveInstanceState(instance.state))
      .map((instance): Finding => {
        const label = `Instance ${instance.instanceId}${instance.tags.Name ? ` (${instance.tags.Name})` : ''}`;
        if (exemptTag in instance.tags) return pass(instance, `${label} is exempt by tag ${exemptTag} (e.g. a bastion).`);
        if (instance.publicIpAddresses.length > 0) {
          return fail(instance, `${label} has public IPv4 address ${instance.publicIpAddresses.join(', ')}.`);
        }
        if (instance.ipv6Addresses.length > 0) {
          const table = instance.subnetId
            ? routeTableForSubnet(ec2RouteTables.filter((entry) => entry.region === instance.region), instance.subnetId, instance.vpcId)
            : undefined;
          if (!table) return error(instance, `${label} has IPv6 address(es) but the route table of its subnet was not found.`);
          // The default route may be spelled in pieces (::/1 + 8000::/1, 2000::/3): judge the union of IGW routes.
          const { destinations, malformed } = internetGatewayDestinations(table, 6);
          if (isWorld(destinations)) {
            return fail(
              instance,
              `${label} has IPv6 address ${instance.ipv6Addresses.join(', ')} in a subnet whose route table ${table.routeTableId} sends ${describeAddresses(destinations)} to an internet gateway.`,
            );
          }
          if (malformed.length > 0) {
            return error(instance, `${label} has IPv6 address(es) and route table ${table.routeTableId} routes ${malformed.join(', ')}, which could not be read, to an internet gateway.`);
          }
        }
        return pass(instance, `${label} has no internet-reachable address.`);
      });
    // Decision: auto-assign on a subnet is a configuration warning (SH EC2.15), one level below the instance finding.
    const subnetFindings = ec2Subnets.map((subnet) =>
      subnet.mapPublicIpOnLaunch
        ? fail(subnet, `Subnet ${subnet.subnetId} (${subnet.vpcId}) assigns a public IPv4 address to every instance launched in it.`, 'medium')
        : pass(subnet, `Subnet ${subnet.subnetId} (${subnet.vpcId}) does not auto-assign public IPv4 addresses.`),
    );
    return [...instanceFindings, ...subnetFindings];
  },
});
