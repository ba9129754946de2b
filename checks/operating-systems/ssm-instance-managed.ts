import { defineCheck, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'ssm-instance-managed',
  title: 'Every running instance is an online Systems Manager managed node',
  controlArea: 'operating-systems',
  severity: 'medium',
  nist: { sp800_53r5: ['CM-2', 'CM-6', 'CM-8', 'CM-8(1)'], sp800_171r2: ['3.4.1', '3.4.2'], sp800_171r3: ['03.04.01', '03.04.02', '03.04.10'] },
  needs: ['ec2Instances', 'ssmManagedInstances'],
  rationale:
    'Patching, inventory and hardening of analysis hosts are only provable for instances that report to Systems Manager. An instance outside it is invisible to patch compliance and usually needs SSH for administration.',
  remediation: {
    summary:
      'Bring the instance under Systems Manager: agent, role and endpoints. Install or start the SSM Agent, give the instance a role with AmazonSSMManagedInstanceCore, and make sure it can reach the SSM endpoints (VPC endpoints in private subnets).',
    cli: 'aws ssm describe-instance-information --filters Key=InstanceIds,Values=INSTANCE_ID',
    docUrl: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/troubleshooting-managed-instances.html',
  },
  evaluate({ ec2Instances, ssmManagedInstances }) {
    const nodes = new Map(ssmManagedInstances.map((node) => [`${node.region}/${node.instanceId}`, node]));
    // Stopped and pending instances cannot check in; only running ones are judged (as Prowler and SH SSM.1 do).
    return ec2Instances
      .filter((instance) => instance.state === 'running')
      .map((instance) => {
        const node = nodes.get(`${instance.region}/${instance.instanceId}`);
        const label = `Instance ${instance.instanceId}`;
        if (!node) return fail(instance, `${label} is running but is not registered with Systems Manager.`);
        if (node.pingStatus !== 'Online') return fail(instance, `${label} is registered with Systems Manager but its agent is ${node.pingStatus}.`);
        return pass(instance, `${label} is an online managed node${node.platformName ? ` (${node.platformName} ${node.platformVersion ?? ''})`.trimEnd() : ''}.`);
      });
  },
});
