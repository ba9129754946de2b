import { defineCheck, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'cloudwatch-log-group-retention',
  title: 'CloudWatch log groups keep their events for the required retention period',
  controlArea: 'logging-monitoring',
  severity: 'low',
  nist: { sp800_53r5: ['AU-11', 'SI-12'], sp800_171r2: ['3.3.1'], sp800_171r3: ['03.03.03', '03.14.08'] },
  needs: ['cloudwatchLogGroups'],
  rationale:
    'Misuse of controlled-access data is often discovered months later, during an audit or a NIH inquiry. Log groups that expire their events sooner than the retention period leave the institution unable to show what happened.',
  remediation: {
    summary:
      'Set a retention of at least thresholds.logRetentionDays on log groups. Or archive the logs to S3 with an equivalent lifecycle. A retention deletes events older than it: export those first if they must be kept.',
    cli: 'aws logs put-retention-policy --log-group-name LOG_GROUP --retention-in-days 365  # deletes events older than 365 days: export them to S3 first (create-export-task) if they must be kept',
    docUrl: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html',
  },
  evaluate({ cloudwatchLogGroups }, { settings }) {
    const minimum = settings.thresholds.logRetentionDays;
    return cloudwatchLogGroups.map((group) => {
      if (group.retentionInDays === undefined) return pass(group, `Log group ${group.name} never expires its events.`);
      if (group.retentionInDays >= minimum) return pass(group, `Log group ${group.name} keeps events for ${group.retentionInDays} days (minimum ${minimum}).`);
      return fail(group, `Log group ${group.name} keeps events for only ${group.retentionInDays} days (minimum ${minimum}).`);
    });
  },
});
