import { defineCheck, fail, pass } from '../../src/model/check.js';
import { holdsControlledData, severityForStore } from '../../src/rules/data-classification.js';

export default defineCheck({
  id: 'redshift-cluster-not-public',
  title: 'Redshift clusters are not publicly accessible',
  controlArea: 'networking',
  severity: 'high',
  nist: { sp800_53r5: ['AC-3', 'SC-7', 'AC-4'], sp800_171r2: ['3.1.1', '3.13.1', '3.1.3'], sp800_171r3: ['03.01.01', '03.13.01', '03.01.03'] },
  needs: ['redshiftClusters'],
  rationale:
    'A publicly accessible cluster gets an address reachable from the internet; only its security groups and database passwords then stand between the warehouse of controlled-access data and anyone who finds the endpoint.',
  remediation: {
    summary: 'Turn off public accessibility. Clients then reach the cluster from inside the VPC, over VPN or Direct Connect, or through a VPC endpoint.',
    cli: 'aws redshift modify-cluster --cluster-identifier CLUSTER --no-publicly-accessible  # removes the public address; in-VPC clients are unaffected',
    docUrl: 'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html',
  },
  evaluate({ redshiftClusters }, { settings }) {
    return redshiftClusters.map((cluster) => {
      const dbgap = holdsControlledData({ kind: 'redshift-cluster', name: cluster.clusterIdentifier, tags: cluster.tags }, settings);
      const label = `Redshift cluster ${cluster.clusterIdentifier}${dbgap ? ' (dbGaP data)' : ''}`;
      return cluster.publiclyAccessible
        ? fail(cluster, `${label} is publicly accessible (PubliclyAccessible true).`, severityForStore(dbgap, 'high'))
        : pass(cluster, `${label} is not publicly accessible.`);
    });
  },
});
