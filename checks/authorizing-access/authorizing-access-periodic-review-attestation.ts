import { accountArn, defineCheck, manual } from '../../src/model/check.js';

export default defineCheck({
  id: 'authorizing-access-periodic-review-attestation',
  title: 'Access to controlled data is reviewed against DAC approvals on a fixed schedule',
  controlArea: 'authorizing-access',
  severity: 'medium',
  nist: { sp800_53r5: ['AC-2', 'AC-6(7)'], sp800_171r2: ['3.1.1', '3.1.5'], sp800_171r3: ['03.01.01', '03.01.05'] },
  needs: [],
  kind: 'manual',
  rationale:
    'Approvals expire, projects end and people change roles; access granted correctly a year ago can be wrong today. A recorded, periodic review is what keeps the access roster and the DAC approvals in step between audits.',
  remediation: {
    summary:
      'Attach the review schedule from the SSP and the most recent review record: date, reviewer, the roster reviewed, and the changes made.',
  },
  evaluate: (_items, { account }) => [
    manual(
      accountArn(account),
      'Attest that access to the controlled-access data is reviewed against current DAC approvals on the schedule in the SSP, and attach the most recent review record.',
    ),
  ],
});
