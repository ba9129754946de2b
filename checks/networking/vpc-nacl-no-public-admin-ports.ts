import { defineCheck, fail, pass } from '../../src/model/check.js';
import type { NetworkAclEntry } from '../../src/model/items/ec2.js';
import { isWorldCidr } from '../../src/model/network.js';

const PROTOCOLS = [
  { name: 'tcp', number: '6' },
  { name: 'udp', number: '17' },
] as const;

function entryMatches(entry: NetworkAclEntry, protocol: (typeof PROTOCOLS)[number], port: number): boolean {
  const entryProtocol = entry.protocol.toLowerCase();
  if (entryProtocol === '-1' || entryProtocol === 'all') return true;
  if (entryProtocol !== protocol.number && entryProtocol !== protocol.name) return false;
  return !entry.portRange || (entry.portRange.from <= port && port <= entry.portRange.to);
}

/**
 * NACLs are evaluated in ascending rule number and the first matching entry decides. Only entries for the whole
 * internet (0.0.0.0/0, ::/0) are considered, per family; a lower-numbered world deny makes a later allow harmless.
 */
function decidingEntry(entries: NetworkAclEntry[], family: 4 | 6, protocol: (typeof PROTOCOLS)[number], port: number) {
  return entries.find((entry) => {
    const cidr = family === 4 ? entry.cidrBlock : entry.ipv6CidrBlock;
    return cidr !== undefined && isWorldCidr(cidr) && entryMatches(entry, protocol, port);
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
        const ingress = acl.entries.filter((entry) => !entry.egress).sort((a, b) => a.ruleNumber - b.ruleNumber);
        // port + source + rule → protocols, so one allow-all rule reads "tcp+udp/22 from 0.0.0.0/0 (rule 100)".
        const openings = new Map<string, { port: number; source: string; rule: number; protocols: string[] }>();
        for (const port of settings.adminPorts) {
          for (const family of [4, 6] as const) {
            for (const protocol of PROTOCOLS) {
              const entry = decidingEntry(ingress, family, protocol, port);
              if (entry?.ruleAction !== 'allow') continue;
              const source = (family === 4 ? entry.cidrBlock : entry.ipv6CidrBlock) ?? '';
              const key = `${port}|${source}|${entry.ruleNumber}`;
              const opening = openings.get(key) ?? { port, source, rule: entry.ruleNumber, protocols: [] };
              opening.protocols.push(protocol.name);
              openings.set(key, opening);
            }
          }
        }
        const open = [...openings.values()].map(
          (opening) => `${opening.protocols.join('+')}/${opening.port} from ${opening.source} (rule ${opening.rule})`,
        );
        const label = `Network ACL ${acl.networkAclId} (${acl.subnetIds.length} subnet(s) in ${acl.vpcId})`;
        return open.length > 0
          ? fail(acl, `${label} admits ${open.join(', ')}.`)
          : pass(acl, `${label} admits no administrative port (${settings.adminPorts.join(', ')}) from the internet.`);
      });
  },
});
