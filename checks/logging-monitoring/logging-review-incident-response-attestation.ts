import { accountArn, defineCheck, manual } from '../../src/model/check.js';

export default defineCheck({
  id: 'logging-review-incident-response-attestation',
  title: 'Audit logs are reviewed on a set schedule and incidents are reported to NIH',
  controlArea: 'logging-monitoring',
  severity: 'medium',
  nist: {
    sp800_53r5: ['AU-6', 'AU-6(1)', 'IR-4', 'IR-6', 'IR-8'],
    sp800_171r2: ['3.3.5', '3.6.1', '3.6.2'],
    sp800_171r3: ['03.03.05', '03.06.01', '03.06.02'],
  },
  needs: [],
  kind: 'manual',
  rationale:
    'Trails, alarms and GuardDuty only produce signals; people must look at them, decide what is an incident, and meet the reporting duty that comes with controlled-access data. No AWS API can show that this human process exists or that it runs.',
  remediation: {
    summary:
      'Attach the log review procedure (who reviews which logs and alerts, how often, where reviews are recorded, with a recent signed review record), and the incident-response plan showing how suspected data-management incidents involving controlled-access data are reported to NIH and the DAC within the required timeframe, with contact names.',
  },
  evaluate: (_items, { account }) => [
    manual(
      accountArn(account),
      'Attest that CloudTrail, CloudWatch alarm and GuardDuty findings are reviewed on a documented schedule by named staff, and that the incident-response plan reports suspected incidents involving controlled-access data to NIH (and the DAC) as the NIH security best practices require.',
    ),
  ],
});
