import { defineCheck, fail, pass, regionalAccountRef } from '../../src/model/check.js';

export default defineCheck({
  id: 'guardduty-enabled',
  title: 'GuardDuty is enabled, with S3 Protection, in every region',
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
      'Enable GuardDuty with S3 Protection in every region. Create (or resume) a detector; with AWS Organizations, enable it from the delegated administrator for all members.',
    cli: `aws guardduty create-detector --enable --features '[{"Name":"S3_DATA_EVENTS","Status":"ENABLED"}]' --region REGION  # fails if the region has a detector already (update-detector --enable resumes a suspended one)`,
    docUrl: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html',
  },
  evaluate({ guardDutyDetectors }, { regions, account }) {
    return regions.map((region) => {
      const where = regionalAccountRef(account, 'guardduty', region);
      const detectors = guardDutyDetectors.filter((detector) => detector.region === region);
      const enabled = detectors.find((detector) => detector.status === 'ENABLED');
      if (!enabled) {
        if (detectors.length === 0) return fail(where, `GuardDuty has no detector in ${region}.`);
        return fail(where, `GuardDuty detector ${detectors.map((detector) => detector.detectorId).join(', ')} in ${region} is ${detectors[0]?.status ?? 'not enabled'} (suspended).`);
      }
      const s3 = enabled.features.S3_DATA_EVENTS;
      if (s3 !== 'ENABLED') {
        return fail(where, `GuardDuty detector ${enabled.detectorId} in ${region} is enabled but S3 Protection (S3_DATA_EVENTS) is ${s3 ?? 'not reported'}.`, 'medium');
      }
      return pass(where, `GuardDuty detector ${enabled.detectorId} in ${region} is enabled with S3 Protection.`);
    });
  },
});
