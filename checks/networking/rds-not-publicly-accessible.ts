import { defineCheck, fail, pass } from '../../src/model/check.js';
import { severityForStore } from '../../src/rules/data-classification.js';
import { clusterIndex, rdsInstanceDataReason, rdsLabel } from '../../src/rules/rds.js';

export default defineCheck({
  id: 'rds-not-publicly-accessible',
  title: 'No RDS or Aurora DB instance is publicly accessible',
  controlArea: 'networking',
  severity: 'high',
  nist: { sp800_53r5: ['AC-3', 'AC-4', 'SC-7', 'SC-7(4)'], sp800_171r2: ['3.1.3', '3.13.1', '3.13.5'], sp800_171r3: ['03.01.03', '03.13.01'] },
  needs: ['rdsInstances', 'rdsClusters'],
  rationale:
    'A publicly accessible DB instance gets a DNS name that resolves to a public IP address. Whether it is reachable then depends only on its subnet route table and security groups, one rule change away from the internet. A database of controlled-access data belongs on private subnets, reached through a VPN, a bastion or AWS PrivateLink. AWS Security Hub control RDS.2 fails on the flag alone, and so does this check.',
  remediation: {
    summary:
      'Turn off public accessibility and keep the database on private subnets. Clients inside the VPC keep connecting through the same endpoint, which then resolves to the private address.',
    cli: 'aws rds modify-db-instance --db-instance-identifier DB_INSTANCE_ID --no-publicly-accessible --apply-immediately  # only the endpoint\'s public address goes away; data and settings are untouched',
    docUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html',
  },
  evaluate({ rdsInstances, rdsClusters }, { settings }) {
    const clusters = clusterIndex(rdsClusters);
    // Public access is an instance setting, Aurora members included (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html).
    return rdsInstances.map((instance) => {
      const reason = rdsInstanceDataReason(instance, clusters, settings);
      const label = `${rdsLabel(instance)}${reason ? ` (dbGaP data: ${reason})` : ''}`;
      return instance.publiclyAccessible
        ? fail(
            instance,
            `${label} is publicly accessible: its endpoint resolves to a public IP address, so only its subnet routes and security groups keep it off the internet.`,
            severityForStore(reason !== null, 'high'),
          )
        : pass(instance, `${label} is not publicly accessible.`);
    });
  },
});
