import { defineCheck, fail, pass } from '../../src/model/check.js';
import { severityForStore } from '../../src/rules/data-classification.js';
import { rdsDataReason, rdsDatabases, rdsLabel, requiredLogExports } from '../../src/rules/rds.js';

export default defineCheck({
  id: 'rds-log-exports',
  title: 'RDS and Aurora databases publish their audit and error logs to CloudWatch Logs',
  controlArea: 'logging-monitoring',
  severity: 'medium',
  nist: { sp800_53r5: ['AU-2', 'AU-3', 'AU-6', 'AU-12'], sp800_171r2: ['3.3.1', '3.3.2'], sp800_171r3: ['03.03.01', '03.03.02', '03.03.03'] },
  needs: ['rdsInstances', 'rdsClusters'],
  rationale:
    'CloudTrail records who changed a database, not who connected to it or what they queried. The engine\'s own logs do, and RDS keeps them only briefly on the instance: publishing them to CloudWatch Logs keeps them for review and incident response. Required per engine: postgresql (PostgreSQL, Aurora PostgreSQL, with log_connections and pgaudit as the SSP requires); audit and error (MySQL, MariaDB, Aurora MySQL); alert and audit (Oracle); error (SQL Server); audit (DocumentDB, Neptune); any export for other engines.',
  remediation: {
    summary:
      'Publish the engine\'s audit and error logs to CloudWatch Logs. For MySQL and MariaDB audit logs add the MARIADB_AUDIT_PLUGIN option (Aurora MySQL: server_audit_logging=1 in the cluster parameter group).',
    cli: 'aws rds modify-db-instance --db-instance-identifier DB_INSTANCE_ID --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["audit","error"]}\'  # adds exports; those already enabled stay (modify-db-cluster for Aurora)',
    docUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html',
  },
  evaluate({ rdsInstances, rdsClusters }, { settings }) {
    return rdsDatabases(rdsInstances, rdsClusters).map((database) => {
      const reason = rdsDataReason(database, settings);
      const label = `${rdsLabel(database)}${reason ? ` (dbGaP data: ${reason})` : ''}`;
      const enabled = database.enabledCloudwatchLogsExports;
      const required = requiredLogExports(database.engine);
      const severity = severityForStore(reason !== null, 'medium');
      const exported = enabled.length > 0 ? `exports ${enabled.join(', ')}` : 'exports no logs';
      if (required.length === 0) {
        return enabled.length > 0 ? pass(database, `${label} ${exported} to CloudWatch Logs.`) : fail(database, `${label} exports no logs to CloudWatch Logs.`, severity);
      }
      const missing = required.filter((log) => !enabled.includes(log));
      return missing.length === 0
        ? pass(database, `${label} ${exported} to CloudWatch Logs.`)
        : fail(database, `${label} ${exported}; missing: ${missing.join(', ')}.`, severity);
    });
  },
});
