import { accountArn, defineCheck, manual } from '../../src/model/check.js';

export default defineCheck({
  id: 'physical-controls-inherited-attestation',
  title: 'Physical and environmental controls inherited from AWS are documented',
  controlArea: 'physical-server-access',
  severity: 'informational',
  nist: {
    sp800_53r5: ['PE-2', 'PE-3', 'PE-6', 'PE-8'],
    sp800_171r2: ['3.10.1', '3.10.2', '3.10.3', '3.10.4', '3.10.5'],
    sp800_171r3: ['03.10.01', '03.10.02', '03.10.07'],
  },
  needs: [],
  kind: 'manual',
  rationale:
    'No customer can walk into an AWS data center, so the physical controls over the servers are inherited and proven only by AWS’s independent audits. The places where people view the data (offices, laptops) remain the institution’s own responsibility.',
  remediation: {
    summary: 'Attach the current AWS SOC 2 Type II report or FedRAMP package from AWS Artifact, and the institution’s controls for locations where data is viewed (locked offices, screen locks, badge logs).',
  },
  evaluate: (_items, { account }) => [
    manual(
      accountArn(account),
      'Attest that AWS data-center physical and environmental controls are inherited (attach the AWS Artifact SOC 2 / FedRAMP evidence) and that offices and endpoints where controlled-access data is viewed are physically protected.',
    ),
  ],
});
