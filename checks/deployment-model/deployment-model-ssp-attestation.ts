import { accountArn, defineCheck, manual } from '../../src/model/check.js';

export default defineCheck({
  id: 'deployment-model-ssp-attestation',
  title: 'The system security plan documents the deployment model and the shared-responsibility split',
  controlArea: 'deployment-model',
  severity: 'medium',
  nist: { sp800_53r5: ['PL-2', 'SA-9', 'CA-3'], sp800_171r2: ['3.12.4'], sp800_171r3: ['03.15.02', '03.16.03'] },
  needs: [],
  kind: 'manual',
  rationale:
    'Which controls AWS operates and which the lab operates is a decision recorded on paper, not an API setting. Reviewers of a data access request need the written split, the provider’s authorizations and the institution’s approval to judge the environment.',
  remediation: {
    summary: 'Attach the SSP section describing the AWS deployment model and the customer/AWS responsibility matrix, AWS’s FedRAMP or SOC 2 authorization from AWS Artifact, and the ISO/CISO approval of this cloud environment.',
  },
  evaluate: (_items, { account }) => [
    manual(
      accountArn(account),
      'Attest that the system security plan describes this AWS account as the environment for controlled-access data, with the shared-responsibility split, AWS’s authorizations, and the institutional security office’s approval.',
    ),
  ],
});
