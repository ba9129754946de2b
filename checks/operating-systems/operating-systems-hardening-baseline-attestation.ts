import { accountArn, defineCheck, manual } from '../../src/model/check.js';

export default defineCheck({
  id: 'operating-systems-hardening-baseline-attestation',
  title: 'Analysis hosts follow a documented hardening baseline (CIS/STIG)',
  controlArea: 'operating-systems',
  severity: 'medium',
  nist: { sp800_53r5: ['CM-2', 'CM-6', 'CM-7'], sp800_171r2: ['3.4.1', '3.4.2', '3.4.6'], sp800_171r3: ['03.04.01', '03.04.02', '03.04.06'] },
  needs: [],
  kind: 'manual',
  rationale:
    'Patch status and SSM management show that hosts are maintained, not that they are configured securely. A hardening baseline (CIS Benchmark or DISA STIG images, or an equivalent State Manager association) is the evidence for configuration settings.',
  remediation: {
    summary:
      'Attach the baseline used for analysis images (e.g. CIS Level 1 AMI or STIG-hardened image), the image build pipeline or State Manager association that applies it, and the latest conformance scan.',
  },
  evaluate: (_, { account }) => [
    manual(accountArn(account), 'Attest that every host processing controlled-access data is built from an image that meets a documented hardening baseline (CIS/STIG) and is rescanned against it.'),
  ],
});
