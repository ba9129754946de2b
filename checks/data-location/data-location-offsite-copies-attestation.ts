import { accountArn, defineCheck, manual } from '../../src/model/check.js';

export default defineCheck({
  id: 'data-location-offsite-copies-attestation',
  title: 'Copies of the data outside AWS and the stated storage location are documented',
  controlArea: 'data-location',
  severity: 'medium',
  nist: { sp800_53r5: ['CM-12', 'CM-8', 'SA-9(5)'], sp800_171r2: ['3.4.1'], sp800_171r3: ['03.04.10', '03.04.11'] },
  needs: [],
  kind: 'manual',
  rationale:
    'The scanner only sees the AWS account. Copies on institutional servers, workstations or another cloud are just as bound by the data use agreement, and the agreement’s stated storage location is what every copy is measured against.',
  remediation: {
    summary: 'Attach the storage location stated in the data access request / data use certification, and an inventory of every copy outside this account (institutional servers, laptops, other clouds) with its protection.',
  },
  evaluate: (_items, { account }) => [
    manual(
      accountArn(account),
      'Attest that controlled-access data is stored only in the locations named in the approved data access request, and list every copy kept outside this AWS account.',
    ),
  ],
});
