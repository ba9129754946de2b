import { defineCheck, fail, notApplicable, pass } from '../../src/model/check.js';
import { severityForStore } from '../../src/rules/data-classification.js';
import { MIN_BACKUP_RETENTION_DAYS, rdsDataReason, rdsDatabases, rdsLabel } from '../../src/rules/rds.js';

export default defineCheck({
  id: 'rds-backup-retention',
  title: `RDS and Aurora automated backups are kept at least ${MIN_BACKUP_RETENTION_DAYS} days`,
  controlArea: 'data-cleanup-retention',
  severity: 'medium',
  nist: { sp800_53r5: ['CP-9', 'CP-10', 'SI-12'], sp800_171r2: ['3.8.9'], sp800_171r3: ['03.08.09'] },
  needs: ['rdsInstances', 'rdsClusters'],
  rationale:
    'Automated backups are what point-in-time recovery restores from after a bad migration, a dropped table or ransomware. With a retention of 0 there are none; with a day or two a problem noticed after a weekend cannot be undone. Aurora and Multi-AZ DB clusters keep backups at cluster level, so their member instances are not judged separately.',
  remediation: {
    summary: `Keep automated backups at least ${MIN_BACKUP_RETENTION_DAYS} days. AWS allows up to 35; keep them no longer than the data use agreement allows.`,
    cli: `aws rds modify-db-instance --db-instance-identifier DB_INSTANCE_ID --backup-retention-period ${MIN_BACKUP_RETENTION_DAYS}  # applied in the next maintenance window; existing backups are kept (modify-db-cluster for Aurora)`,
    docUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
  },
  evaluate({ rdsInstances, rdsClusters }, { settings }) {
    return rdsDatabases(rdsInstances, rdsClusters).map((database) => {
      const reason = rdsDataReason(database, settings);
      const label = `${rdsLabel(database)}${reason ? ` (dbGaP data: ${reason})` : ''}`;
      const days = database.backupRetentionPeriod;
      // A read replica is recovered from its source; RDS for PostgreSQL replicas cannot even keep automated backups.
      if ('readReplicaSource' in database && database.readReplicaSource && days === 0) {
        return notApplicable(database, `${label} is a read replica of ${database.readReplicaSource}; its source's backups cover the data.`);
      }
      if (days >= MIN_BACKUP_RETENTION_DAYS) return pass(database, `${label} keeps automated backups for ${days} days.`);
      const severity = severityForStore(reason !== null, 'medium');
      return days === 0
        ? fail(database, `${label} has automated backups turned off (retention 0 days): no point-in-time recovery.`, severity)
        : fail(database, `${label} keeps automated backups for ${days} day(s), less than ${MIN_BACKUP_RETENTION_DAYS}.`, severity);
    });
  },
});
