import { defineCheck, error, fail, pass, type Finding } from '../../src/model/check.js';

const SINGLE_TENANT = new Set(['dedicated', 'host']);

export default defineCheck({
  id: 'ec2-instance-tenancy',
  title: 'Instance tenancy matches the deployment model in the SSP',
  controlArea: 'deployment-model',
  severity: 'informational',
  nist: { sp800_53r5: ['SC-32', 'SA-9'], sp800_171r2: ['3.13.2'], sp800_171r3: ['03.16.01', '03.16.03'] },
  needs: ['ec2Instances'],
  rationale:
    'Shared-tenancy hardware is an accepted option for controlled-access data, but some institutions choose single-tenant hosts in their security plan. Either way the reviewer needs to see which tenancy each analysis host actually uses, and a plan that promises dedicated hardware is only true if every instance runs on it.',
  remediation: {
    summary:
      'If the SSP requires single-tenant hardware, relaunch as dedicated. That is settings.requireDedicatedTenancy: launch with dedicated tenancy or on a Dedicated Host; a stopped instance can also be moved with modify-instance-placement.',
    cli: 'aws ec2 modify-instance-placement --instance-id INSTANCE_ID --tenancy dedicated --region REGION  # the instance must be stopped; dedicated tenancy costs more',
    docUrl: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/dedicated-instance.html',
  },
  evaluate({ ec2Instances }, { settings }) {
    const required = settings.requireDedicatedTenancy;
    return ec2Instances
      .filter((instance) => instance.state !== 'terminated')
      .map((instance): Finding => {
        const name = `Instance ${instance.instanceId}${instance.instanceType ? ` (${instance.instanceType})` : ''}`;
        const tenancy = instance.tenancy;
        if (!tenancy) {
          return required
            ? error(instance, `${name}: EC2 reported no tenancy, so single-tenant hardware cannot be confirmed.`)
            : pass(instance, `${name}: tenancy not reported; single-tenant hardware is not required by the settings.`);
        }
        if (SINGLE_TENANT.has(tenancy)) return pass(instance, `${name} runs with ${tenancy} tenancy (single-tenant hardware).`);
        return required
          ? fail(instance, `${name} runs with ${tenancy} tenancy, but the SSP requires dedicated or host tenancy.`, 'medium')
          : pass(instance, `${name} runs with ${tenancy} (shared) tenancy; single-tenant hardware is not required by the settings.`);
      });
  },
});
