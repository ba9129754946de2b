import { defineCheck, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'cloudtrail-log-file-validation',
  title: 'CloudTrail trails have log file integrity validation turned on',
  controlArea: 'logging-monitoring',
  severity: 'medium',
  nist: { sp800_53r5: ['AU-9', 'SI-7', 'SI-7(1)'], sp800_171r2: ['3.3.8'], sp800_171r3: ['03.03.08'] },
  needs: ['cloudtrailTrails'],
  rationale:
    'Audit records only help an investigation of controlled-access data if nobody could have quietly edited or removed them. Signed digest files let the institution prove that the delivered CloudTrail logs are complete and unmodified.',
  remediation: {
    summary:
      'Turn on log file validation for every trail. For an organization trail, do it in the management account.',
    cli: 'aws cloudtrail update-trail --name TRAIL_NAME --enable-log-file-validation  # adds hourly digest files; changes nothing else',
    docUrl: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html',
  },
  evaluate({ cloudtrailTrails }) {
    return cloudtrailTrails.map((trail) =>
      trail.logFileValidation
        ? pass(trail, `Trail ${trail.name} writes signed digest files (log file validation on).`)
        : fail(trail, `Trail ${trail.name} has log file validation off${trail.isOrganization ? ' (organization trail: change it in the management account)' : ''}.`),
    );
  },
});
