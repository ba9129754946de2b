import { accountArn, defineCheck, manual } from '../../src/model/check.js';

export default defineCheck({
  id: 'networking-approved-transfer-paths-attestation',
  title: 'Controlled-access data moves only over approved transfer tools and network paths',
  controlArea: 'networking',
  severity: 'medium',
  nist: {
    sp800_53r5: ['AC-4', 'AC-17', 'SC-7', 'SC-8'],
    sp800_171r2: ['3.1.3', '3.1.12', '3.13.1', '3.13.8'],
    sp800_171r3: ['03.01.03', '03.01.12', '03.13.01', '03.13.08'],
  },
  needs: [],
  kind: 'manual',
  rationale:
    'How data is downloaded from dbGaP and moved between systems (Aspera or the SRA Toolkit onto private instances, the institutional VPN, VPC endpoints) is a procedure, not an API setting; the scanner can show the network controls but not that people use them.',
  remediation: {
    summary:
      'Attach the documented transfer procedure: approved tools (e.g. SRA Toolkit/prefetch, Aspera) and where they run, the VPN or Direct Connect used for administrative and data access, and the rule that data is never copied to unapproved endpoints.',
  },
  evaluate: (_, { account }) => [
    manual(
      accountArn(account),
      'Attest that controlled-access data is downloaded and transferred only with approved tools onto private instances, over the institutional VPN or private AWS paths, and never to unapproved systems.',
    ),
  ],
});
