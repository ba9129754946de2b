import { defineCheck, fail, pass, regionalAccountRef, type Finding } from '../../src/model/check.js';

export default defineCheck({
  id: 'vpc-default-not-used',
  title: 'No workload runs in a default VPC',
  controlArea: 'deployment-model',
  severity: 'medium',
  nist: { sp800_53r5: ['SC-7', 'CM-7'], sp800_171r2: ['3.13.1', '3.13.2'], sp800_171r3: ['03.13.01', '03.16.01'] },
  needs: ['ec2Vpcs', 'ec2NetworkInterfaces'],
  rationale:
    'The default VPC is built for convenience: every subnet hands out public addresses and routes to an internet gateway. A controlled-access workload belongs in a VPC designed for it, with private subnets and deliberate egress; anything found in the default VPC was placed there without that design.',
  remediation: {
    summary:
      'Move workloads out of the default VPC, then delete it. Use a purpose-built VPC with private subnets; create-default-vpc recreates a default VPC if one is ever needed.',
    cli: 'aws ec2 describe-network-interfaces --filters Name=vpc-id,Values=DEFAULT_VPC_ID --query "NetworkInterfaces[].[NetworkInterfaceId,Description]" --region REGION  # when this lists nothing, delete the VPC in the console (it removes its default subnets and gateway too)',
    docUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html',
  },
  evaluate({ ec2Vpcs, ec2NetworkInterfaces }, { account, regions }) {
    const findings: Finding[] = [];
    const defaults = ec2Vpcs.filter((vpc) => vpc.isDefault);
    for (const vpc of defaults) {
      const interfaces = ec2NetworkInterfaces.filter((eni) => eni.region === vpc.region && eni.vpcId === vpc.vpcId);
      if (interfaces.length === 0) {
        findings.push(pass(vpc, `Default VPC ${vpc.vpcId} exists but no network interface uses it.`));
        continue;
      }
      const users = interfaces.map((eni) => (eni.instanceId ? `${eni.networkInterfaceId} (${eni.instanceId})` : `${eni.networkInterfaceId} (${eni.interfaceType ?? 'interface'})`));
      const shown = users.slice(0, 5).join(', ') + (users.length > 5 ? `, and ${users.length - 5} more` : '');
      findings.push(fail(vpc, `Default VPC ${vpc.vpcId} is in use by ${interfaces.length} network interface(s): ${shown}.`));
    }
    // A region whose default VPC was deleted is the compliant end state; say so rather than staying silent.
    const withDefault = new Set(defaults.map((vpc) => vpc.region));
    for (const region of regions) {
      if (!withDefault.has(region)) findings.push(pass(regionalAccountRef(account, 'ec2', region), `No default VPC exists in ${region}.`));
    }
    return findings;
  },
});
