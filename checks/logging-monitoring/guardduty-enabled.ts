import { defineCheck, fail, pass, regionalAccountRef, unknownError } from '../../src/model/check.js';
import { isUnknown, unknownFailures } from '../../src/model/failure.js';

export default defineCheck({
  id: 'guardduty-enabled',
  title: 'GuardDuty has an enabled detector in every region',
  controlArea: 'logging-monitoring',
  severity: 'high',
  nist: {
    sp800_53r5: ['SI-4', 'SI-4(1)', 'SI-4(2)', 'SI-4(4)', 'RA-5', 'IR-4'],
    sp800_171r2: ['3.14.6', '3.14.7', '3.6.1'],
    sp800_171r3: ['03.14.06', '03.06.01', '03.06.02'],
  },
  needs: ['guardDutyDetectors'],
  rationale:
    'Logs nobody reads do not stop a breach. GuardDuty watches CloudTrail, DNS and flow logs for stolen credentials, crypto-mining and unusual S3 reads; a region without it, even one the lab never uses, is where an attacker can work unnoticed.',
  remediation: {
    summary:
      'Create (or resume) a GuardDuty detector in every region. With AWS Organizations, enable it from the delegated administrator for all members. Its protection plans are judged by guardduty-protection-plans.',
    cli: 'aws guardduty create-detector --enable --region REGION  # fails if the region has a detector already (update-detector --enable resumes a suspended one)',
    docUrl: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html',
  },
  evaluate({ guardDutyDetectors }, { regions, account }) {
    return regions.map((region) => {
      const where = regionalAccountRef(account, 'guardduty', region);
      const detectors = guardDutyDetectors.filter((detector) => detector.region === region);
      const enabled = detectors.find((detector) => detector.status === 'ENABLED');
      if (!enabled) {
        if (detectors.length === 0) return fail(where, `GuardDuty has no detector in ${region}.`);
        // A listed detector whose details could not be read may be the enabled one.
        const unread = detectors.filter((detector) => isUnknown(detector.status));
        if (unread.length > 0) {
          return unknownError(where, `Whether GuardDuty detector ${unread.map((detector) => detector.detectorId).join(', ')} in ${region} is enabled`, unknownFailures(...unread.map((detector) => detector.status)));
        }
        return fail(where, `GuardDuty detector ${detectors.map((detector) => detector.detectorId).join(', ')} in ${region} is ${String(detectors[0]?.status ?? 'not enabled')} (suspended).`);
      }
      return pass(where, `GuardDuty detector ${enabled.detectorId} in ${region} is enabled.`);
    });
  },
});
