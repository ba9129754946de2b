import { defineCheck, error, fail, manual, pass, unknownError, type Finding } from '../../src/model/check.js';
import type { RdsCluster, RdsInstance, RdsParameterGroupRef } from '../../src/model/items/rds.js';
import { severityForStore } from '../../src/rules/data-classification.js';
import { rdsDataReason, rdsDatabases, rdsLabel, tlsRuleFor } from '../../src/rules/rds.js';

export default defineCheck({
  id: 'rds-tls-enforced',
  title: 'RDS and Aurora databases refuse connections without TLS',
  controlArea: 'data-encryption',
  severity: 'high',
  nist: { sp800_53r5: ['SC-8', 'SC-8(1)', 'SC-13'], sp800_171r2: ['3.13.8', '3.13.11'], sp800_171r3: ['03.13.08', '03.13.11'] },
  needs: ['rdsInstances', 'rdsClusters', 'rdsParameterGroups'],
  // A parameter group that could not be read leaves its databases unknown: this check says so per database.
  judgesFailuresOf: ['rdsParameterGroups'],
  rationale:
    'RDS offers TLS on every engine but, unless the parameter group says otherwise, accepts clear-text connections too: a client that does not ask for TLS sends queries, results and often the password in the clear. PostgreSQL and SQL Server refuse them with rds.force_ssl=1, MySQL and MariaDB with require_secure_transport=ON; Aurora and Multi-AZ DB clusters set these in the DB cluster parameter group. Oracle and Db2 enforce TLS through option groups and their own configuration, which this check does not read: those databases are listed for manual review, never passed.',
  remediation: {
    summary:
      'Set rds.force_ssl=1 or require_secure_transport=ON in a custom group. Use a custom parameter group (DB cluster parameter group for Aurora) with rds.force_ssl=1 (PostgreSQL, SQL Server) or require_secure_transport=ON (MySQL, MariaDB). Both parameters are dynamic; make sure clients connect with TLS first, since clear-text clients are refused from then on.',
    cli: 'aws rds modify-db-parameter-group --db-parameter-group-name CUSTOM_GROUP --parameters "ParameterName=rds.force_ssl,ParameterValue=1,ApplyMethod=immediate"  # changes one parameter of a custom group; other parameters are kept (modify-db-cluster-parameter-group for Aurora)',
    docUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL.html',
  },
  evaluate({ rdsInstances, rdsClusters, rdsParameterGroups }, { settings, failures }) {
    const groups = new Map(rdsParameterGroups.map((group) => [group.arn, group]));
    const groupFailures = failures.rdsParameterGroups ?? [];
    return rdsDatabases(rdsInstances, rdsClusters).map((database: RdsInstance | RdsCluster): Finding => {
      const reason = rdsDataReason(database, settings);
      const label = `${rdsLabel(database)}${reason ? ` (dbGaP data: ${reason})` : ''}`;
      const rule = tlsRuleFor(database.engine);
      if (!rule) {
        return manual(
          database,
          `Not evaluated: ${label} runs ${database.engine}, which enforces TLS outside the parameters this check reads (Oracle: the SSL option of its option group; Db2, DocumentDB, Neptune: their own settings). Verify it by hand.`,
        );
      }
      const refs: RdsParameterGroupRef[] = 'members' in database ? (database.parameterGroup ? [database.parameterGroup] : []) : database.parameterGroups;
      if (refs.length === 0) return error(database, `${label} reports no parameter group, so whether it requires TLS is unknown.`);
      const verdicts = refs.map((ref): Finding => {
        const group = groups.get(ref.arn);
        if (!group) {
          const causes = groupFailures.filter((failure) => failure.resourceArn === ref.arn || (!failure.resourceArn && (!failure.region || failure.region === database.region)));
          return causes.length > 0
            ? unknownError(database, `whether ${label} requires TLS (parameter group ${ref.name})`, causes)
            : error(database, `Parameter group ${ref.name} of ${label} was not read, so whether it requires TLS is unknown.`);
        }
        const value = group.parameters[rule.parameter];
        const severity = severityForStore(reason !== null, 'high');
        if (value === undefined) return fail(database, `${label} accepts connections without TLS: parameter group ${ref.name} has no ${rule.parameter} parameter.`, severity);
        if (value === null) {
          return fail(database, `${label} accepts connections without TLS: ${rule.parameter} has no value in parameter group ${ref.name}, so the engine default applies; set it explicitly.`, severity);
        }
        return rule.enforces(value)
          ? pass(database, `${label} requires TLS: ${rule.parameter}=${value} in parameter group ${ref.name}${ref.applyStatus && ref.applyStatus !== 'in-sync' ? ` (${ref.applyStatus})` : ''}.`)
          : fail(database, `${label} accepts connections without TLS: ${rule.parameter}=${value} in parameter group ${ref.name}.`, severity);
      });
      // An instance with several groups is judged by the worst: an error or failure of any group decides.
      return verdicts.find((verdict) => verdict.status === 'error') ?? verdicts.find((verdict) => verdict.status === 'fail') ?? verdicts[0] ?? error(database, `${label}: no parameter group verdict.`);
    });
  },
});
