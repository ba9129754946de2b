import { defineCheck, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'sagemaker-notebook-no-direct-internet',
  title: 'SageMaker notebook instances have no direct internet access',
  controlArea: 'networking',
  severity: 'high',
  nist: {
    sp800_53r5: ['AC-4', 'SC-7', 'SC-7(3)', 'SC-7(5)'],
    sp800_171r2: ['3.1.3', '3.13.1', '3.13.5', '3.13.6'],
    sp800_171r3: ['03.01.03', '03.13.01', '03.13.06'],
  },
  needs: ['sagemakerNotebookInstances'],
  rationale:
    'A notebook with direct internet access reaches the internet through a SageMaker-managed network, bypassing the VPC\'s security groups, network ACLs, endpoints and flow logs: anything on it, including controlled-access data, can be sent anywhere. Security Hub SageMaker.1.',
  remediation: {
    summary:
      'Recreate the notebook in a private subnet, direct internet access off. The setting cannot be changed in place; reach AWS services through VPC endpoints or a NAT gateway you control.',
    cli: 'aws sagemaker create-notebook-instance --notebook-instance-name NAME-private --instance-type ml.t3.medium --role-arn ROLE_ARN --subnet-id SUBNET_ID --security-group-ids SG_ID --direct-internet-access Disabled --kms-key-id KEY_ARN  # creates a replacement; copy the work over, then retire the old notebook',
    docUrl: 'https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html',
  },
  evaluate({ sagemakerNotebookInstances }) {
    return sagemakerNotebookInstances
      .filter((notebook) => notebook.status !== 'Deleting')
      .map((notebook) => {
        const label = `Notebook instance ${notebook.name}`;
        // "Disabled" is only allowed together with a SubnetId (CreateNotebookInstance): without a VPC the notebook
        // can only use SageMaker's own network, which has internet access. Read an answer saying otherwise as open.
        if (!notebook.subnetId) {
          return fail(
            notebook,
            notebook.directInternetAccess === 'Disabled'
              ? `${label} reports direct internet access Disabled but has no subnet, which AWS does not allow; without a VPC it uses SageMaker's internet-connected network.`
              : `${label} has direct internet access and is not in a VPC.`,
          );
        }
        if (notebook.directInternetAccess !== 'Disabled') {
          return fail(notebook, `${label} has direct internet access (DirectInternetAccess ${notebook.directInternetAccess}) besides its subnet ${notebook.subnetId}.`);
        }
        return pass(notebook, `${label} has no direct internet access; its traffic goes through subnet ${notebook.subnetId}.`);
      });
  },
});
