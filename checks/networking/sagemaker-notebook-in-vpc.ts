import { defineCheck, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'sagemaker-notebook-in-vpc',
  title: 'SageMaker notebook instances run in a VPC of the account',
  controlArea: 'networking',
  severity: 'medium',
  nist: { sp800_53r5: ['AC-4', 'SC-7'], sp800_171r2: ['3.1.3', '3.13.1'], sp800_171r3: ['03.01.03', '03.13.01'] },
  needs: ['sagemakerNotebookInstances'],
  rationale:
    'A notebook launched without a subnet lives outside every VPC of the account: no security group, network ACL, VPC endpoint policy or flow log applies to it, so none of the network controls documented for controlled-access data cover it. Security Hub SageMaker.2.',
  remediation: {
    summary:
      'Recreate the notebook with a subnet and security groups. A notebook cannot be moved into a VPC after it is created.',
    cli: 'aws sagemaker create-notebook-instance --notebook-instance-name NAME-vpc --instance-type ml.t3.medium --role-arn ROLE_ARN --subnet-id SUBNET_ID --security-group-ids SG_ID --direct-internet-access Disabled  # creates a replacement in the VPC; copy the work over, then retire the old notebook',
    docUrl: 'https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html',
  },
  evaluate({ sagemakerNotebookInstances }) {
    return sagemakerNotebookInstances
      .filter((notebook) => notebook.status !== 'Deleting')
      .map((notebook) =>
        notebook.subnetId
          ? pass(notebook, `Notebook instance ${notebook.name} runs in subnet ${notebook.subnetId}${notebook.securityGroups.length > 0 ? ` with security groups ${notebook.securityGroups.join(', ')}` : ''}.`)
          : fail(notebook, `Notebook instance ${notebook.name} is not in a VPC (no subnet).`),
      );
  },
});
