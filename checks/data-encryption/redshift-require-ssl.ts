import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { holdsControlledData, severityForStore } from '../../src/rules/data-classification.js';

export default defineCheck({
  id: 'redshift-require-ssl',
  title: 'Redshift clusters require SSL connections',
  controlArea: 'data-encryption',
  severity: 'high',
  nist: { sp800_53r5: ['SC-8', 'SC-8(1)', 'SC-13'], sp800_171r2: ['3.13.8', '3.13.11'], sp800_171r3: ['03.13.08', '03.13.11'] },
  needs: ['redshiftClusters', 'redshiftParameterGroups'],
  rationale:
    'Redshift accepts unencrypted connections unless the parameter group sets require_ssl to true; the default parameter groups (default.redshift-*) leave it false, so query results holding controlled-access rows can cross the network in clear text.',
  remediation: {
    summary:
      'Use a custom parameter group with require_ssl set to true. The default groups cannot be changed: create a group, set the parameter, attach it to the cluster, and reboot for it to apply.',
    cli: `aws redshift create-cluster-parameter-group --parameter-group-name dbgap-ssl --parameter-group-family redshift-2.0 --description "require SSL" && aws redshift modify-cluster-parameter-group --parameter-group-name dbgap-ssl --parameters ParameterName=require_ssl,ParameterValue=true && aws redshift modify-cluster --cluster-identifier CLUSTER --cluster-parameter-group-name dbgap-ssl  # applies at the next reboot; clients without TLS are then refused`,
    docUrl: 'https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html',
  },
  evaluate({ redshiftClusters, redshiftParameterGroups }, { settings }) {
    const groups = new Map(redshiftParameterGroups.map((group) => [`${group.region} ${group.name}`, group]));
    return redshiftClusters.map((cluster) => {
      const dbgap = holdsControlledData({ kind: 'redshift-cluster', name: cluster.clusterIdentifier, tags: cluster.tags }, settings);
      const label = `Redshift cluster ${cluster.clusterIdentifier}${dbgap ? ' (dbGaP data)' : ''}`;
      if (cluster.parameterGroupNames.length === 0) return error(cluster, `${label}: DescribeClusters named no parameter group, so require_ssl is unknown.`);
      const read = cluster.parameterGroupNames.map((name) => ({ name, group: groups.get(`${cluster.region} ${name}`) }));
      const unread = read.filter((entry) => !entry.group).map((entry) => entry.name);
      if (unread.length > 0) {
        return error(cluster, `${label}: parameter group ${unread.join(', ')} was not read (redshift:DescribeClusterParameters), so require_ssl is unknown.`);
      }
      // The parameter is a string; Redshift documents `true` and `false` (case-insensitive on input).
      const off = read.filter((entry) => entry.group?.requireSsl?.toLowerCase() !== 'true');
      if (off.length === 0) return pass(cluster, `${label} requires SSL (require_ssl true in ${cluster.parameterGroupNames.join(', ')}).`);
      const describe = off.map((entry) => `${entry.name}${entry.name.startsWith('default.') ? ' (a default group, require_ssl false)' : ` (require_ssl ${entry.group?.requireSsl ?? 'not listed'})`}`);
      return fail(cluster, `${label} accepts connections without SSL: ${describe.join(', ')}.`, severityForStore(dbgap, 'high'));
    });
  },
});
