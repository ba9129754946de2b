import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { describeAddresses, isPublic, isWorld } from '../../src/rules/cidr-set.js';
import { admittedSources, type AdmittedSources } from '../../src/rules/network-acl-exposure.js';

/** `tcp+udp/22 from 0.0.0.0/0 (all of the public IPv4 internet) by rule 100`; one label when both protocols agree. */
function describeOpenings(port: number, openings: Array<{ protocol: string; admitted: AdmittedSources }>): string[] {
  const [first, second] = openings;
  const ruleNumbers = (admitted: AdmittedSources) => admitted.rules.map((rule) => rule.ruleNumber).join();
  const merged =
    first && second && first.admitted.known.equals(second.admitted.known) && ruleNumbers(first.admitted) === ruleNumbers(second.admitted)
      ? [{ ...first, protocol: 'tcp+udp' }]
      : openings;
  return merged.map(({ protocol, admitted }) => {
    const rules = admitted.rules.filter((rule) => isPublic(rule.addresses));
    const by =
      rules.length === 1
        ? `rule ${rules[0]?.ruleNumber}`
        : `rules ${rules.map((rule) => `${rule.ruleNumber} (${rule.cidr})`).join(', ')}`;
    return `${protocol}/${port} from ${describeAddresses(admitted.known)} by ${by}`;
  });
}

export default defineCheck({
  id: 'vpc-nacl-no-public-admin-ports',
  title: 'Network ACLs do not admit administrative ports (SSH, RDP) from the internet',
  controlArea: 'networking',
  severity: 'medium',
  nist: { sp800_53r5: ['SC-7', 'AC-17', 'CM-7'], sp800_171r2: ['3.13.1', '3.13.6'], sp800_171r3: ['03.13.01', '03.13.06'] },
  needs: ['ec2NetworkAcls'],
  rationale:
    'A network ACL is the subnet-wide backstop behind security groups: if it denies SSH and RDP from the internet, one mistaken security group cannot expose an analysis host that holds controlled-access data.',
  remediation: {
    summary:
      'Deny the admin ports from 0.0.0.0/0 and ::/0 in each subnet’s NACL. Add a low-numbered inbound deny entry (or remove the allow entries) on every NACL associated with a subnet.',
    cli: 'aws ec2 create-network-acl-entry --network-acl-id ACL_ID --ingress --rule-number 50 --protocol 6 --port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action deny  # adds a deny entry (it fails rather than overwrite a rule 50); repeat with --ipv6-cidr-block ::/0',
    docUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html',
  },
  evaluate({ ec2NetworkAcls }, { settings }) {
    return ec2NetworkAcls
      .filter((acl) => acl.subnetIds.length > 0) // an unassociated NACL filters no traffic
      .map((acl) => {
        const open: string[] = [];
        const unknown = new Set<string>();
        for (const port of settings.adminPorts) {
          // First match per address, in rule-number order: what each port admits is a set, not one deciding rule.
          const results = (['tcp', 'udp'] as const).map((protocol) => ({ protocol, admitted: admittedSources(acl.entries, protocol, port) }));
          open.push(...describeOpenings(port, results.filter(({ admitted }) => isWorld(admitted.known))));
          for (const { admitted } of results) {
            if (!isWorld(admitted.known) && isWorld(admitted.possible)) admitted.unreadable.forEach((entry) => unknown.add(entry));
          }
        }
        const label = `Network ACL ${acl.networkAclId} (${acl.subnetIds.length} subnet(s) in ${acl.vpcId})`;
        if (open.length > 0) return fail(acl, `${label} admits ${open.join('; ')}.`);
        if (unknown.size > 0) return error(acl, `${label} may admit the internet to an administrative port: ${[...unknown].join(', ')}.`);
        return pass(acl, `${label} admits no administrative port (${settings.adminPorts.join(', ')}) from the internet.`);
      });
  },
});
