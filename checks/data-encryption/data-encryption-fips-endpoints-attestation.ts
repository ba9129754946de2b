import { accountArn, defineCheck, manual } from '../../src/model/check.js';

export default defineCheck({
  id: 'data-encryption-fips-endpoints-attestation',
  title: 'Cryptography protecting controlled-access data uses FIPS-validated modules',
  controlArea: 'data-encryption',
  severity: 'medium',
  nist: { sp800_53r5: ['SC-13', 'SC-8(1)', 'SC-28(1)'], sp800_171r2: ['3.13.11', '3.13.8'], sp800_171r3: ['03.13.11', '03.13.08'] },
  needs: [],
  kind: 'manual',
  rationale:
    'No AWS read API shows whether clients use FIPS endpoints or whether workstations and transfer tools use validated cryptographic modules, yet 800-171 asks for FIPS-validated cryptography wherever it protects CUI. Objects written before default encryption changed also keep their original encryption, which only an S3 Inventory report can show.',
  remediation: {
    summary: 'Attach the statement of which endpoints are used (GovCloud or *-fips endpoints, e.g. AWS_USE_FIPS_ENDPOINT=true), the CMVP certificates of the modules on hosts and transfer tools, and an S3 Inventory report of object encryption status for dbGaP buckets.',
  },
  evaluate: (_items, { account }) => [
    manual(
      accountArn(account),
      'Attest that access to controlled-access data uses FIPS 140-validated cryptography (FIPS endpoints or GovCloud, validated modules on hosts and transfer tools), and that objects written before the current default encryption were re-encrypted or verified.',
    ),
  ],
});
