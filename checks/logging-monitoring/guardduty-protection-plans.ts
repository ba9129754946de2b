import { defineCheck, fail, notApplicable, pass, regionalAccountRef, unknownError } from '../../src/model/check.js';
import { isUnknown, unknownFailures } from '../../src/model/failure.js';

/**
 * The protection plans that watch where controlled-access data lives: S3 data events (S3 Protection), malware scans
 * of EBS volumes, and RDS login activity. Feature names as GuardDuty's GetDetector reports them
 * (https://docs.aws.amazon.com/guardduty/latest/APIReference/API_DetectorFeatureConfigurationResult.html).
 */
const PLANS = [
  { feature: 'S3_DATA_EVENTS', name: 'S3 Protection' },
  { feature: 'EBS_MALWARE_PROTECTION', name: 'Malware Protection for EC2 (EBS volumes)' },
  { feature: 'RDS_LOGIN_EVENTS', name: 'RDS Protection' },
] as const;

export default defineCheck({
  id: 'guardduty-protection-plans',
  title: 'GuardDuty detectors run the S3, EBS malware and RDS protection plans',
  controlArea: 'logging-monitoring',
  severity: 'medium',
  nist: {
    sp800_53r5: ['SI-4', 'SI-4(4)', 'SI-3', 'AU-6'],
    sp800_171r2: ['3.14.6', '3.14.2'],
    sp800_171r3: ['03.14.06', '03.14.02'],
  },
  needs: ['guardDutyDetectors'],
  rationale:
    'An enabled detector only reads CloudTrail, DNS and flow logs. Unusual reads of a genomic data bucket, malware on an analysis volume and brute-force logins to a phenotype database are only seen when the S3, EBS malware and RDS protection plans are on.',
  remediation: {
    summary:
      'Turn on the S3, EBS malware and RDS protection plans in each region. With AWS Organizations, do it from the delegated administrator for all members.',
    cli: `aws guardduty update-detector --detector-id ID --features '[{"Name":"S3_DATA_EVENTS","Status":"ENABLED"},{"Name":"EBS_MALWARE_PROTECTION","Status":"ENABLED"},{"Name":"RDS_LOGIN_EVENTS","Status":"ENABLED"}]' --region REGION  # turns these plans on (each is billed); the detector's other plans are unchanged`,
    docUrl: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty-features-activation-model.html',
  },
  evaluate({ guardDutyDetectors }, { regions, account }) {
    return regions.map((region) => {
      const where = regionalAccountRef(account, 'guardduty', region);
      const detectors = guardDutyDetectors.filter((detector) => detector.region === region);
      const enabled = detectors.find((detector) => detector.status === 'ENABLED');
      if (!enabled) {
        // A detector whose details could not be read may be enabled with its plans off.
        const unread = detectors.filter((detector) => isUnknown(detector.status));
        if (unread.length > 0) {
          return unknownError(where, `The protection plans of GuardDuty detector ${unread.map((detector) => detector.detectorId).join(', ')} in ${region}`, unknownFailures(...unread.map((detector) => detector.status)));
        }
        // No enabled detector is guardduty-enabled's finding; plans of a detector that does not run protect nothing.
        return notApplicable(where, `GuardDuty has no enabled detector in ${region} (see guardduty-enabled).`);
      }
      const features = enabled.features;
      if (isUnknown(features)) return unknownError(where, `The protection plans of GuardDuty detector ${enabled.detectorId} in ${region}`, [features.unknown]);
      const off = PLANS.filter((plan) => features[plan.feature] !== 'ENABLED');
      if (off.length === 0) return pass(where, `GuardDuty detector ${enabled.detectorId} in ${region} runs ${PLANS.map((plan) => plan.name).join(', ')}.`);
      const described = off.map((plan) => `${plan.name} (${plan.feature}) is ${features[plan.feature] ?? 'not reported'}`);
      // S3 Protection is where controlled-access data lives: without it the finding keeps the check's severity.
      const severity = off.some((plan) => plan.feature === 'S3_DATA_EVENTS') ? 'medium' : 'low';
      return fail(where, `GuardDuty detector ${enabled.detectorId} in ${region}: ${described.join('; ')}.`, severity);
    });
  },
});
