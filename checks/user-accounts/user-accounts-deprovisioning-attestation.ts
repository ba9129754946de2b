import { accountArn, defineCheck, manual } from '../../src/model/check.js';

export default defineCheck({
  id: 'user-accounts-deprovisioning-attestation',
  title: 'Accounts are removed promptly when a person leaves the project or their approval ends',
  controlArea: 'user-accounts',
  severity: 'medium',
  nist: { sp800_53r5: ['AC-2', 'AC-2(3)', 'PS-4', 'PS-5'], sp800_171r2: ['3.1.1', '3.9.2'], sp800_171r3: ['03.01.01', '03.09.02'] },
  needs: [],
  kind: 'manual',
  rationale:
    'Unused-credential checks only catch accounts that have gone quiet; an account that still works after its owner left the lab, or after the DAC approval lapsed, is access nobody approved. Deprovisioning is a process, and only the institution can show it runs.',
  remediation: {
    summary:
      'Attach the offboarding procedure (who disables IAM/Identity Center access and within what time), and the records for people who left the project or whose DAC approval ended during the period.',
  },
  evaluate: (_items, { account }) => [
    manual(
      accountArn(account),
      'Attest that AWS access (IAM users, Identity Center assignments, access keys) is disabled within the documented time when a person leaves the project or their DAC approval ends, and attach the records for the period.',
    ),
  ],
});
