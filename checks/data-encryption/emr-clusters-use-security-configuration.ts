import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { holdsControlledData, severityForStore } from '../../src/rules/data-classification.js';
import { missingEmrEncryption } from '../../src/rules/emr.js';

export default defineCheck({
  id: 'emr-clusters-use-security-configuration',
  title: 'Running EMR clusters use a security configuration that encrypts at rest and in transit',
  controlArea: 'data-encryption',
  severity: 'high',
  nist: {
    sp800_53r5: ['SC-8', 'SC-8(1)', 'SC-28(1)', 'SC-13'],
    sp800_171r2: ['3.13.8', '3.13.16', '3.13.11'],
    sp800_171r3: ['03.13.08', '03.13.11'],
  },
  needs: ['emrClusters', 'emrSecurityConfigurations'],
  rationale:
    'A cluster launched without a security configuration keeps HDFS and intermediate data unencrypted on its nodes and moves it between them in clear text; one launched with a configuration that leaves out either kind of encryption does the same for that kind. The configuration is fixed at launch, so this is judged on the clusters that run now (STARTING, BOOTSTRAPPING, RUNNING, WAITING).',
  remediation: {
    summary:
      'Relaunch the cluster with an encrypting security configuration. A running cluster\'s security configuration cannot be changed.',
    cli: 'aws emr describe-cluster --cluster-id CLUSTER_ID  # note its settings, then relaunch with: aws emr create-cluster ... --security-configuration NAME-encrypted',
    docUrl: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-specify-security-configuration.html',
  },
  evaluate({ emrClusters, emrSecurityConfigurations }, { settings }) {
    const configurations = new Map(emrSecurityConfigurations.map((configuration) => [`${configuration.region} ${configuration.name}`, configuration]));
    return emrClusters.map((cluster) => {
      const dbgap = holdsControlledData({ name: cluster.name, kind: 'emr-cluster', tags: cluster.tags }, settings);
      const label = `EMR cluster ${cluster.name} (${cluster.clusterId})${dbgap ? ' (dbGaP data)' : ''}`;
      if (!cluster.securityConfiguration) return fail(cluster, `${label} runs without a security configuration: no encryption at rest or in transit.`);
      const configuration = configurations.get(`${cluster.region} ${cluster.securityConfiguration}`);
      if (!configuration) {
        return error(cluster, `${label} uses security configuration ${cluster.securityConfiguration}, which is not in the inventory (it may have been deleted, or could not be read).`);
      }
      const missing = missingEmrEncryption(configuration);
      if (missing.length > 0) {
        return fail(cluster, `${label} uses security configuration ${configuration.name}, which does not turn on ${missing.join(' or ')}.`, severityForStore(dbgap, 'high'));
      }
      return pass(cluster, `${label} uses security configuration ${configuration.name}, which encrypts at rest and in transit.`);
    });
  },
});
