import { defineCheck, fail, pass } from '../../src/model/check.js';
import { severityForStore } from '../../src/rules/data-classification.js';
import { rdsDataReason, rdsDatabases, rdsLabel } from '../../src/rules/rds.js';

export default defineCheck({
  id: 'rds-deletion-protection',
  title: 'RDS and Aurora databases have deletion protection on',
  controlArea: 'data-cleanup-retention',
  severity: 'medium',
  nist: { sp800_53r5: ['CP-9', 'SI-12', 'CM-5'], sp800_171r2: ['3.8.9'], sp800_171r3: ['03.08.09'] },
  needs: ['rdsInstances', 'rdsClusters'],
  rationale:
    'Deleting a database also deletes its automated backups unless they are explicitly retained. Deletion protection makes a deletion a deliberate two-step act, so the data is destroyed only at close-out, as the data use agreement requires, and not by a cleanup script or a mistaken console click. Aurora sets it on the cluster, so member instances are not judged separately.',
  remediation: {
    summary: 'Turn on deletion protection; turn it off only at project close-out. Close-out is when the data must be destroyed, deliberately.',
    cli: 'aws rds modify-db-instance --db-instance-identifier DB_INSTANCE_ID --deletion-protection --apply-immediately  # changes only the protection flag (modify-db-cluster --db-cluster-identifier for Aurora)',
    docUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection',
  },
  evaluate({ rdsInstances, rdsClusters }, { settings }) {
    return rdsDatabases(rdsInstances, rdsClusters).map((database) => {
      const reason = rdsDataReason(database, settings);
      const label = `${rdsLabel(database)}${reason ? ` (dbGaP data: ${reason})` : ''}`;
      return database.deletionProtection
        ? pass(database, `${label} has deletion protection on.`)
        : fail(database, `${label} has deletion protection off: one call deletes it and, unless retained, its automated backups.`, severityForStore(reason !== null, 'medium'));
    });
  },
});
