import { accountArn, defineCheck, manual } from '../../src/model/check.js';

export default defineCheck({
  id: 'authorizing-access-dac-approval-attestation',
  title: 'Everyone who can read the controlled-access data is approved by the DAC',
  controlArea: 'authorizing-access',
  severity: 'high',
  nist: { sp800_53r5: ['AC-2', 'AC-3', 'AC-6(7)'], sp800_171r2: ['3.1.1', '3.1.2', '3.1.5'], sp800_171r3: ['03.01.01', '03.01.02', '03.01.05'] },
  needs: [],
  kind: 'manual',
  rationale:
    'The scanner can show who is able to reach the data, but only the Data Access Committee decides who may. Access is authorized only when every principal that can read dbGaP data maps to a person named on an approved Data Access Request.',
  remediation: {
    summary:
      'Attach the DAC approval letters (DAR ids) and the approved-users list, and a reconciliation of that list against the principals that can read the dbGaP buckets and keys (IAM users, roles and federated groups), with every difference explained or removed.',
  },
  evaluate: (_items, { account }) => [
    manual(
      accountArn(account),
      'Attest that every principal able to read the dbGaP buckets and KMS keys maps to a person on the DAC-approved users list (attach DAR ids and the reconciliation), and that no one else has access.',
    ),
  ],
});
