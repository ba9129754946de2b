import { accountArn, defineCheck, manual } from '../../src/model/check.js';

export default defineCheck({
  id: 'data-cleanup-closeout-attestation',
  title: 'Project close-out destroyed all copies of controlled-access data and kept results encrypted',
  controlArea: 'data-cleanup-retention',
  severity: 'medium',
  nist: { sp800_53r5: ['MP-6', 'SI-12'], sp800_171r2: ['3.8.3'], sp800_171r3: ['03.08.03', '03.14.08'] },
  needs: [],
  kind: 'manual',
  rationale:
    'At the end of a data use certification NIH expects the institution to confirm that every copy of the data is gone, including local, derived and off-cloud copies that no AWS API can see, and that only approved results are retained, encrypted.',
  remediation: {
    summary: 'Attach the signed NIH close-out / DUC termination attestation, the list of retained results with proof of their encryption (s3-bucket-encryption-kms-cmk, ebs-volume-encrypted results), and NIST SP 800-88 sanitization records for on-premises media.',
  },
  evaluate: (_items, { account }) => [
    manual(
      accountArn(account),
      'Attest that for every closed project all controlled-access data and derived copies (cloud, local and backups) were destroyed, that retained results are listed and encrypted, and that on-premises media were sanitized per NIST SP 800-88.',
    ),
  ],
});
