import { defineCheck, fail, pass } from '../../src/model/check.js';
import { holdsControlledData, severityForStore } from '../../src/rules/data-classification.js';

export default defineCheck({
  id: 'redshift-audit-logging',
  title: 'Redshift clusters have audit logging turned on',
  controlArea: 'logging-monitoring',
  severity: 'medium',
  nist: { sp800_53r5: ['AU-2', 'AU-3', 'AU-12'], sp800_171r2: ['3.3.1', '3.3.2'], sp800_171r3: ['03.03.01', '03.03.02', '03.03.03'] },
  needs: ['redshiftClusters', 'redshiftClusterLogging'],
  rationale:
    'CloudTrail records who changed a cluster, not who connected or what they queried. Redshift audit logging (connection, user and user-activity logs) is the only record of which users read controlled-access tables.',
  remediation: {
    summary: 'Turn on audit logging to CloudWatch Logs or an institution S3 bucket. For user-activity logs, also set enable_user_activity_logging in the parameter group.',
    cli: 'aws redshift enable-logging --cluster-identifier CLUSTER --log-destination-type cloudwatch --log-exports connectionlog useractivitylog userlog  # starts delivering logs; nothing is changed in the cluster data',
    docUrl: 'https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html',
  },
  evaluate({ redshiftClusters, redshiftClusterLogging }, { settings }) {
    const tagsByArn = new Map(redshiftClusters.map((cluster) => [cluster.arn, cluster.tags]));
    return redshiftClusterLogging.map((logging) => {
      const tags = tagsByArn.get(logging.arn);
      const dbgap = tags ? holdsControlledData({ kind: 'redshift-cluster', name: logging.clusterIdentifier, tags }, settings) : 'unknown';
      const label = `Redshift cluster ${logging.clusterIdentifier}${dbgap === true ? ' (dbGaP data)' : ''}`;
      if (!logging.loggingEnabled) return fail(logging, `${label} has audit logging turned off.`, severityForStore(dbgap, 'medium'));
      const where = logging.destinationType === 'cloudwatch' ? 'CloudWatch Logs' : logging.bucketName ? `S3 bucket ${logging.bucketName}` : (logging.destinationType ?? 'its destination');
      return pass(logging, `${label} delivers audit logs to ${where}.`);
    });
  },
});
