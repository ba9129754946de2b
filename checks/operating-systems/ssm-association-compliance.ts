import { defineCheck, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'ssm-association-compliance',
  title: 'Managed nodes comply with their State Manager associations',
  controlArea: 'operating-systems',
  severity: 'low',
  nist: { sp800_53r5: ['CM-2', 'CM-6'], sp800_171r2: ['3.4.1', '3.4.2'], sp800_171r3: ['03.04.01', '03.04.02'] },
  needs: ['ssmAssociationCompliance'],
  rationale:
    'State Manager associations are how a hardening baseline (CIS settings, agent installs, configuration drift correction) is kept applied on analysis hosts. A node whose associations failed has drifted from the configuration the security plan describes. Accounts without associations get no result here; their baseline is covered by the hardening attestation.',
  remediation: {
    summary:
      'Fix the cause of each failed association run, then re-run it. Look at the failed executions on the node: a missing agent, permissions or document errors.',
    cli: 'aws ssm list-compliance-items --resource-ids INSTANCE_ID --resource-types ManagedInstance --filters Key=ComplianceType,Values=Association',
    docUrl: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-compliance.html',
  },
  evaluate({ ssmAssociationCompliance }) {
    return ssmAssociationCompliance.map((node) => {
      const label = `Managed node ${node.resourceId}`;
      if (node.status === 'COMPLIANT') return pass(node, `${label} complies with its State Manager associations (${node.compliantCount} compliant).`);
      if (node.status === 'NON_COMPLIANT') {
        return fail(node, `${label} is non-compliant with ${node.nonCompliantCount} State Manager association(s) (${node.compliantCount} compliant).`);
      }
      return fail(node, `${label} has association compliance status ${node.status}.`);
    });
  },
});
