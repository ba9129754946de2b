import { defineCheck, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'sagemaker-notebook-root-access-disabled',
  title: 'Users of SageMaker notebook instances have no root access',
  controlArea: 'user-accounts',
  severity: 'high',
  nist: { sp800_53r5: ['AC-6', 'AC-6(2)', 'CM-5'], sp800_171r2: ['3.1.5', '3.1.6', '3.4.5'], sp800_171r3: ['03.01.05', '03.01.06', '03.04.05'] },
  needs: ['sagemakerNotebookInstances'],
  rationale:
    'With root access, every notebook user can change the instance\'s software, turn off its logging and agents, and read every file on the ML storage volume, whoever staged it. SageMaker turns root access on unless it is disabled (Security Hub SageMaker.3); lifecycle configurations still run as root.',
  remediation: {
    summary:
      'Disable root access on the notebook. Stop it first; the setting applies at the next start, and lifecycle configurations keep running as root.',
    cli: 'aws sagemaker update-notebook-instance --notebook-instance-name NAME --root-access Disabled  # the notebook must be stopped; users lose sudo at the next start',
    docUrl: 'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-root-access.html',
  },
  evaluate({ sagemakerNotebookInstances }) {
    return sagemakerNotebookInstances
      .filter((notebook) => notebook.status !== 'Deleting')
      .map((notebook) =>
        notebook.rootAccess === 'Disabled'
          ? pass(notebook, `Notebook instance ${notebook.name} gives its users no root access.`)
          : fail(notebook, `Notebook instance ${notebook.name} gives its users root access (RootAccess ${notebook.rootAccess}).`),
      );
  },
});
