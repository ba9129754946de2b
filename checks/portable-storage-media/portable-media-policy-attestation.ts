import { accountArn, defineCheck, manual } from '../../src/model/check.js';

export default defineCheck({
  id: 'portable-media-policy-attestation',
  title: 'Removable-media policy and sanitization records cover copies outside AWS',
  controlArea: 'portable-storage-media',
  severity: 'medium',
  nist: { sp800_53r5: ['MP-2', 'MP-4', 'MP-6', 'MP-7'], sp800_171r2: ['3.8.1', '3.8.3', '3.8.7', '3.8.8'], sp800_171r3: ['03.08.01', '03.08.03', '03.08.07'] },
  needs: [],
  kind: 'manual',
  rationale:
    'USB drives, laptops and external disks that hold downloaded controlled-access data are invisible to any AWS API, yet they are the copies most easily lost. AWS sanitizes its own media (inherited); the institution must govern everything else.',
  remediation: {
    summary: 'Attach the institutional removable-media policy (no copies on removable media, or only encrypted ones), the sanitization or destruction records for any non-AWS media that held the data, and the AWS media-destruction attestation from the SOC 2 report in AWS Artifact.',
  },
  evaluate: (_items, { account }) => [
    manual(
      accountArn(account),
      'Attest that controlled-access data is not copied to removable or portable media (or only to encrypted media under an approved policy), and that any such media was sanitized per NIST SP 800-88 before reuse or disposal.',
    ),
  ],
});
